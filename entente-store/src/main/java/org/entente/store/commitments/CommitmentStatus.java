package org.entente.store.commitments;

import java.util.Locale;

/** Where a commitment stands on a given day. */
public enum CommitmentStatus {
  /** Made, not yet realised, not yet due. */
  PENDING,
  /** A later meeting, agreement or curator's decision realised it. */
  FULFILLED,
  /** Its exact or latest deadline has passed with no evidence of fulfilment. */
  OVERDUE,
  /** Vague or no deadline, and nothing heard of it for the lapse period. */
  LAPSED,
  /** A later commitment by the same parties on the same action set a new deadline. */
  SUPERSEDED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CommitmentStatus ofLabel(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
