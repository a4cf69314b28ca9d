package org.entente.store.identity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a newly extracted record is one already in the ledger.
 *
 * <ul>
 *   <li>Meeting: the same sorted parties, compatible mode and place (equal after normalising, or
 *       one unknown), and dates that name the same day — equal, or within ±1 day when one is
 *       partial; when one date is unknown, the same story or a source within {@link #NEARBY_DAYS}
 *       days.
 *   <li>Agreement: distinctive name words (not "joint statement", "partnership") overlapping by at
 *       least one half, and both parties in common (all of them when one side is alone).
 *   <li>Commitment: the same parties and action words overlapping by at least one half; {@link
 *       #sameDue} then decides between one commitment and a superseding one.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class RecordKeys {

  /** How far apart two undated reports of one meeting may be published. */
  public static final int NEARBY_DAYS = 3;

  /** The word overlap above which two names or actions are the same. */
  public static final double SAME_WORDS = 0.5;

  private RecordKeys() {}

  public static boolean sameMeeting(
      Candidate c, List<String> parties, String mode, String place, DateContext when) {
    if (!c.parties().equals(parties)) {
      return false;
    }
    if (c.mode() != null && mode != null && !c.mode().equals(mode)) {
      return false;
    }
    if (c.place() != null
        && place != null
        && !Words.normalise(c.place()).equals(Words.normalise(place))) {
      return false;
    }
    if (c.date() != null && when.date() != null) {
      return Dates.compatible(c.date(), when.date());
    }
    if (c.storyId() != null && c.storyId().equals(when.storyId())) {
      return true;
    }
    LocalDate a = c.onDate();
    LocalDate b = when.onDate();
    return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= NEARBY_DAYS;
  }

  public static boolean sameAgreement(Candidate c, List<String> parties, String name) {
    return sameAgreement(c.parties(), Words.of(c.title()), parties, Words.of(name));
  }

  /**
   * {@link #sameAgreement(Candidate, List, String)} on the {@link Words#of words} of both names,
   * for callers that keep them.
   */
  public static boolean sameAgreement(
      List<String> knownParties, Set<String> knownWords, List<String> parties, Set<String> words) {
    Set<String> common = new HashSet<>(knownParties);
    common.retainAll(parties);
    // Both sides of a bilateral instrument, or all of the smaller set when one is unilateral.
    int need = Math.min(2, Math.min(knownParties.size(), parties.size()));
    if (common.size() < need) {
      return false;
    }
    // "joint statement", "comprehensive partnership": instrument words alone name no instrument,
    // so only the distinctive words of the names are compared.
    Set<String> a = new HashSet<>(knownWords);
    Set<String> b = new HashSet<>(words);
    a.remove("new");
    b.remove("new");
    Set<String> da = new HashSet<>(a);
    Set<String> db = new HashSet<>(b);
    da.removeAll(GENERIC);
    db.removeAll(GENERIC);
    if (da.isEmpty() || db.isEmpty()) {
      // Generic names: "Strategic and Comprehensive Partnership" twice between the same parties is
      // one instrument; every meeting's "joint statement" is its own.
      return a.equals(b)
          && a.size() >= 2
          && !a.contains("statement")
          && !a.contains("communique")
          && new HashSet<>(knownParties).equals(new HashSet<>(parties));
    }
    return Words.overlap(da, db) >= SAME_WORDS;
  }

  /** Instrument and qualifier words that do not tell one agreement from another. */
  private static final Set<String> GENERIC =
      Set.of(
          "agreement",
          "agreements",
          "accord",
          "deal",
          "treaty",
          "pact",
          "protocol",
          "memorandum",
          "understanding",
          "mou",
          "declaration",
          "joint",
          "statement",
          "communique",
          "communiqué",
          "roadmap",
          "road",
          "map",
          "plan",
          "action",
          "partnership",
          "framework",
          "convention",
          "charter",
          "comprehensive",
          "strategic",
          "new",
          "cooperation",
          "bilateral",
          "trade",
          "relations",
          "first",
          "phase",
          "final",
          "interim",
          "draft");

  public static boolean sameAction(Candidate c, List<String> parties, String action) {
    return sameAction(c.parties(), Words.of(c.title()), parties, Words.of(action));
  }

  /**
   * {@link #sameAction(Candidate, List, String)} on the {@link Words#of words} of both actions, for
   * callers that keep them.
   */
  public static boolean sameAction(
      List<String> knownParties, Set<String> knownWords, List<String> parties, Set<String> words) {
    return knownParties.equals(parties) && Words.overlap(knownWords, words) >= SAME_WORDS;
  }

  /** Two dues are the same when either is unknown or both end on the same day. */
  public static boolean sameDue(org.entente.model.PartialDate a, org.entente.model.PartialDate b) {
    if (a == null || b == null || a.latestDay() == null || b.latestDay() == null) {
      return true;
    }
    return a.latestDay().equals(b.latestDay());
  }

  /**
   * When a new record happened.
   *
   * @param date its date, year filled from the document, or null
   * @param onDate the day it is placed on, or null
   * @param storyId the story of the reporting document
   */
  public record DateContext(org.entente.model.PartialDate date, LocalDate onDate, String storyId) {}
}
