package org.entente.model;

import java.util.List;

/**
 * A forward-looking undertaking reported as agreed, decided, pledged, announced, scheduled or
 * planned. Not a wish, not a possibility, not a past action.
 *
 * @param parties sorted, distinct actor codes of those bound
 * @param action a short verb phrase, e.g. "hold a dialogue on fisheries"
 * @param place where it is to happen, or null
 * @param deadline when it is due, or null when the text gives no time
 * @param code CAMEO and PLOVER codes
 * @param spans evidence in the original text
 */
public record Commitment(
    List<String> parties,
    String action,
    String place,
    Deadline deadline,
    EventCode code,
    List<Span> spans) {

  public Commitment {
    parties = List.copyOf(parties);
    spans = List.copyOf(spans);
  }
}
