package org.entente.model;

import java.util.List;

/**
 * An interaction that the text says happened or is happening: talks, a visit, a call, a summit.
 * Meetings announced for the future are {@link Commitment commitments}, not meetings.
 *
 * @param parties sorted, distinct actor codes; at least two
 * @param mode how they met
 * @param kind what sort of interaction, e.g. "visit", "talks", "phone_call", "summit"
 * @param place the city as written, or null
 * @param location where that city is, when it could be geocoded, or null
 * @param date when, possibly partial, or null
 * @param code CAMEO and PLOVER codes
 * @param spans evidence: the sentence(s) or trigger phrases reporting it
 */
public record Meeting(
    List<String> parties,
    Mode mode,
    String kind,
    String place,
    Location location,
    PartialDate date,
    EventCode code,
    List<Span> spans) {

  /** How the parties met. */
  public enum Mode {
    IN_PERSON,
    PHONE,
    VIRTUAL
  }

  public Meeting {
    parties = List.copyOf(parties);
    spans = List.copyOf(spans);
  }
}
