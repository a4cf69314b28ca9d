package org.entente.model;

import java.util.List;

/**
 * A named or clearly identifiable instrument: a treaty, agreement, memorandum, declaration, joint
 * statement, roadmap, action plan, partnership or framework.
 *
 * @param parties sorted, distinct actor codes
 * @param name the name as the text gives it
 * @param kind the sort of instrument
 * @param status the status the text reports
 * @param date when that status was reached, or null
 * @param code CAMEO and PLOVER codes
 * @param spans evidence in the original text
 */
public record Agreement(
    List<String> parties,
    String name,
    Kind kind,
    Status status,
    PartialDate date,
    EventCode code,
    List<Span> spans) {

  /** The sort of instrument, as in the annotation guidelines. */
  public enum Kind {
    TREATY,
    AGREEMENT,
    MOU,
    DECLARATION,
    JOINT_STATEMENT,
    ROADMAP,
    ACTION_PLAN,
    PARTNERSHIP,
    FRAMEWORK,
    OTHER
  }

  /** Where an instrument stands. */
  public enum Status {
    PROPOSED,
    AGREED,
    SIGNED,
    ADOPTED,
    IN_FORCE,
    REFERENCED,
    REVISED,
    SUSPENDED
  }

  public Agreement {
    parties = List.copyOf(parties);
    spans = List.copyOf(spans);
  }
}
