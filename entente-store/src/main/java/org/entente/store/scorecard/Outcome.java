package org.entente.store.scorecard;

import java.util.Locale;
import org.entente.store.commitments.CommitmentStatus;

/**
 * How a commitment that fell due ended, with its points on the G7 Research Group's scale: full
 * compliance +1, partial compliance or work still under way 0, no compliance −1.
 */
public enum Outcome {
  /** Done, as the ledger's evidence or a curator says. */
  FULFILLED(1),
  /** Partly done (only a curator says so). */
  PARTLY(0),
  /** Past its deadline with nothing heard yet: overdue, or judged still pending by a curator. */
  PENDING(0),
  /** Nothing heard for the lapse period after its deadline. */
  LAPSED(-1),
  /** Broken: abandoned or contradicted (only a curator says so). */
  BROKEN(-1);

  private final int points;

  Outcome(int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The outcome a curator gave as a label ("fulfilled", "partly", "pending", "lapsed", "broken").
   *
   * @throws IllegalArgumentException naming the allowed labels
   */
  public static Outcome ofLabel(String label) {
    if (label != null) {
      for (Outcome o : values()) {
        if (o.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
          return o;
        }
      }
    }
    throw new IllegalArgumentException(
        "outcome must be one of fulfilled, partly, pending, lapsed, broken: " + label);
  }

  /**
   * The outcome the lifecycle gives a commitment with {@code status} at the end of the period, or
   * null when it is not scored (superseded: its successor is).
   */
  public static Outcome of(CommitmentStatus status) {
    return switch (status) {
      case FULFILLED -> FULFILLED;
      case PENDING, OVERDUE -> PENDING;
      case LAPSED -> LAPSED;
      case SUPERSEDED -> null;
    };
  }
}
