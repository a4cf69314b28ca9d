package org.entente.store.identity;

import java.time.LocalDate;
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
 *   <li>Commitment: the same parties and action words overlapping by at least one half, and more
 *       than a verb in common; {@link #sameDue} then decides between one commitment and a
 *       superseding one.
 *   <li>Agreements and commitments also need {@link #sameEra}: reported within {@link #ERA_YEARS}
 *       years of each other. The same words decades apart ("the Paris accord" of a 1987 currency
 *       meeting and of a 2017 climate story) are another instrument or another promise.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class RecordKeys {

  /** How far apart two undated reports of one meeting may be published. */
  public static final int NEARBY_DAYS = 3;

  /** The word overlap above which two names or actions are the same. */
  public static final double SAME_WORDS = 0.5;

  /**
   * How many years apart two reports of one agreement or commitment may be placed. An instrument is
   * reported around the day it is made; one named again long after is read with its own date ("the
   * 1994 agreement"), which places the report on that day.
   */
  public static final int ERA_YEARS = 5;

  private RecordKeys() {}

  /**
   * Whether a record placed on {@code known} and a report placed on {@code day} may be one record:
   * always when either day is unknown, otherwise when they are at most {@link #ERA_YEARS} apart.
   */
  public static boolean sameEra(LocalDate known, LocalDate day) {
    return known == null
        || day == null
        || Math.abs(known.toEpochDay() - day.toEpochDay()) <= ERA_YEARS * 366L;
  }

  /** An epoch day that stands for no day (an undated record) in {@link #sameEra(long, long)}. */
  public static final long NO_DAY = Long.MIN_VALUE;

  /**
   * {@link #sameEra(LocalDate, LocalDate)} on epoch days ({@link #NO_DAY} for null), for the
   * writer's loops over many candidates, which then convert no date.
   */
  public static boolean sameEra(long known, long day) {
    return known == NO_DAY || day == NO_DAY || Math.abs(known - day) <= ERA_YEARS * 366L;
  }

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
    return a != null && b != null && Math.abs(a.toEpochDay() - b.toEpochDay()) <= NEARBY_DAYS;
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
    return sameAgreement(
        knownParties, AgreementWords.of(knownWords), parties, AgreementWords.of(words));
  }

  /**
   * The words of an agreement's name as {@link #sameAgreement} compares them, for callers that
   * compare one name with many: all but "new", and the distinctive ones among them.
   *
   * @param all the name's {@link Words#of words} but "new"
   * @param distinctive those that are not instrument or qualifier words
   */
  public record AgreementWords(Set<String> all, Set<String> distinctive) {

    /** The comparable words of a name's {@link Words#of words}. */
    public static AgreementWords of(Set<String> words) {
      Set<String> a = new HashSet<>(words);
      a.remove("new");
      Set<String> d = new HashSet<>(a);
      d.removeAll(GENERIC);
      return new AgreementWords(Set.copyOf(a), Set.copyOf(d));
    }
  }

  /** {@link #sameAgreement(Candidate, List, String)} on names' {@link AgreementWords}. */
  public static boolean sameAgreement(
      List<String> knownParties, AgreementWords known, List<String> parties, AgreementWords name) {
    // Both sides of a bilateral instrument, or all of the smaller set when one is unilateral.
    int need = Math.min(2, Math.min(knownParties.size(), parties.size()));
    int common = 0;
    for (int i = 0; i < knownParties.size() && common < need; i++) {
      String p = knownParties.get(i);
      if (knownParties.indexOf(p) == i && parties.contains(p)) {
        common++;
      }
    }
    if (common < need) {
      return false;
    }
    // "joint statement", "comprehensive partnership": instrument words alone name no instrument,
    // so only the distinctive words of the names are compared.
    if (known.distinctive().isEmpty() || name.distinctive().isEmpty()) {
      // Generic names: "Comprehensive Economic Partnership" twice between the same parties is
      // one instrument; every meeting's "joint statement" is its own.
      Set<String> a = known.all();
      return a.equals(name.all())
          && a.size() >= 2
          && !a.contains("statement")
          && !a.contains("communique")
          && new HashSet<>(knownParties).equals(new HashSet<>(parties));
    }
    return Words.overlap(known.distinctive(), name.distinctive()) >= SAME_WORDS;
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
    return knownParties.equals(parties)
        && Words.overlap(knownWords, words) >= SAME_WORDS
        && sharesMoreThanAVerb(knownWords, words);
  }

  /**
   * "open a consulate" and "open a vocational training centre" share their verb only: two
   * undertakings. Actions of two words or more must share two; a one-word action ("meet") one.
   */
  private static boolean sharesMoreThanAVerb(Set<String> a, Set<String> b) {
    if (a.size() < 2 || b.size() < 2) {
      return true;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w) && ++shared >= 2) {
        return true;
      }
    }
    return false;
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
