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
  /**
   * Nothing heard of it for the lapse period after its last news (vague or no deadline) or after
   * both its deadline and its last news (a dated deadline long past).
   */
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
