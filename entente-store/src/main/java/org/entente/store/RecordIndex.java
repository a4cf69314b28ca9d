package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.PartialDate;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.FulfilmentScorer;
import org.entente.store.identity.Candidate;
import org.entente.store.identity.RecordKeys;
import org.entente.store.identity.Words;

/**
 * The single writer's in-memory view of the ledger's meetings, agreements and commitments, indexed
 * by what identity and fulfilment look for: the records of a party set, of a pair of parties, and
 * those sharing a word with a new record. It replaces queries over every record of a party, whose
 * cost grew with the square of a busy pair's records.
 *
 * <p>Design: the records of an actor are loaded from the store the first time a record naming that
 * actor is written ({@link #load}), so that a resumed ingest sees exactly what an uninterrupted one
 * would have. From then on the writer reports every change it makes to a column kept here, and
 * every record it deletes ({@link #remove}, when a changed document is purged). Whatever else
 * changes records — curation, a rolled-back transaction, another process — makes the writer {@link
 * #clear} the view, which then reloads. Every list is in id order, the order in which the store's
 * queries returned records, so that the first match is the one it always was.
 *
 * <p>The word indexes only narrow: a record they leave out cannot match (an action overlapping by
 * half shares a word; an event covering 60 % of a commitment's content words contains one of them),
 * and every candidate is still checked by {@link org.entente.store.identity.RecordKeys} and {@link
 * FulfilmentScorer} as before. Not thread-safe.
 */
final class RecordIndex {

  /** A record as identity and fulfilment see it; the writer updates it along with the store. */
  static final class Entry {
    final long id;
    final String type;
    List<String> parties;
    final String title;
    String mode;
    String place;
    PartialDate date;

    /** Set through {@link #placeOn}, which keeps {@link #onDay} in step. */
    LocalDate onDate;

    /** {@link #onDate} as an epoch day, {@link RecordKeys#NO_DAY} when it is null. */
    long onDay = RecordKeys.NO_DAY;

    final String storyId;
    PartialDate due;
    boolean superseded;
    boolean rejected;
    boolean fulfilled;

    /**
     * The columns a curator set, which extraction leaves alone. Curation is audited, so the writer
     * clears this index whenever it may have changed ({@link LedgerWriter#beginBatch}).
     */
    Set<String> curated = Set.of();

    /** The title's words (identity of agreements and commitments). */
    final Set<String> titleWords;

    /** Agreements: the name's words as identity compares them; null for other records. */
    final RecordKeys.AgreementWords agreementWords;

    /** Commitments: the action's content words; events: the stems of name, kind and evidence. */
    final Set<String> words;

    Entry(
        long id,
        String type,
        List<String> parties,
        String title,
        String kind,
        String evidenceText,
        String storyId,
        FulfilmentScorer scorer,
        Vocabulary vocabulary) {
      this.id = id;
      this.type = vocabulary.of(type);
      this.parties = vocabulary.list(parties);
      this.title = title;
      this.storyId = storyId;
      this.titleWords = vocabulary.set(Words.of(title));
      this.agreementWords =
          "agreement".equals(type) ? RecordKeys.AgreementWords.of(titleWords) : null;
      this.words =
          "commitment".equals(type)
              ? vocabulary.set(scorer.content(title))
              : vocabulary.set(
                  Words.stems(
                      (title == null ? "" : title)
                          + " "
                          + (kind == null ? "" : kind)
                          + " "
                          + (evidenceText == null ? "" : evidenceText)));
    }

    /** Places the record on a day (null: undated). */
    void placeOn(LocalDate day) {
      onDate = day;
      onDay = day == null ? RecordKeys.NO_DAY : day.toEpochDay();
    }

    Candidate candidate() {
      return new Candidate(id, parties, title, mode, place, date, onDate, storyId, due);
    }

    boolean isEvent() {
      return !"commitment".equals(type);
    }
  }

  private static final Comparator<Entry> BY_ID = Comparator.comparingLong(e -> e.id);

  private final Db db;
  private final FulfilmentScorer scorer;
  private final Vocabulary vocabulary = new Vocabulary();
  private final Map<Long, Entry> byId = new HashMap<>();

  /** Lists of entries in id order, by key (see the key methods below). */
  private final Map<String, List<Entry>> lists = new HashMap<>();

  /** The exact party sets of the commitments naming an actor. */
  private final Map<String, Set<String>> commitmentPartySets = new HashMap<>();

  private final Set<String> loadedActors = new HashSet<>();
  private boolean partylessLoaded;

  RecordIndex(Db db, FulfilmentScorer scorer) {
    this.db = db;
    this.scorer = scorer;
  }

  /** Forgets everything; the next use reloads from the store. */
  void clear() {
    byId.clear();
    lists.clear();
    commitmentPartySets.clear();
    loadedActors.clear();
    partylessLoaded = false;
    vocabulary.clear();
  }

  /** The shared copies of the words, codes and names of the indexed records. */
  Vocabulary vocabulary() {
    return vocabulary;
  }

  private static final String COLUMNS =
      "r.id, r.type, r.parties, r.title, r.kind, r.mode, r.place, r.date, r.on_date, r.due,"
          + " r.evidence_text, r.story_id, r.superseded_by, r.review, r.curated_fields, CASE WHEN EXISTS (SELECT 1"
          + " FROM status_events s WHERE s.record_id = r.id AND s.status = '"
          + CommitmentStatus.FULFILLED.name()
          + "') THEN 1 ELSE 0 END AS fulfilled";

  /** Loads the records of each of {@code parties} not loaded yet (none given: the party-less). */
  void load(List<String> parties) {
    if (parties.isEmpty()) {
      if (!partylessLoaded) {
        partylessLoaded = true;
        db.query(
            "SELECT " + COLUMNS + " FROM records r WHERE r.parties = '' ORDER BY r.id",
            this::loaded);
      }
      return;
    }
    for (String actor : parties) {
      if (loadedActors.add(actor)) {
        db.query(
            "SELECT "
                + COLUMNS
                + " FROM records r WHERE r.id IN"
                + " (SELECT record_id FROM record_parties WHERE actor = ?) ORDER BY r.id",
            this::loaded,
            actor);
      }
    }
  }

  private Entry loaded(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    if (byId.containsKey(id)) {
      return null; // loaded with another actor; the entry here is the current one
    }
    String parties = rs.getString("parties");
    String onDate = rs.getString("on_date");
    Entry e =
        new Entry(
            id,
            rs.getString("type"),
            parties.isEmpty() ? List.of() : List.of(parties.split(",")),
            rs.getString("title"),
            rs.getString("kind"),
            rs.getString("evidence_text"),
            rs.getString("story_id"),
            scorer,
            vocabulary);
    e.mode = vocabulary.of(rs.getString("mode"));
    e.place = vocabulary.of(rs.getString("place"));
    e.date = PartialDate.parse(rs.getString("date"));
    e.placeOn(onDate == null ? null : LocalDate.parse(onDate));
    e.due = PartialDate.parse(rs.getString("due"));
    e.superseded = Db.getLong(rs, "superseded_by") != null;
    e.rejected = "rejected".equals(rs.getString("review"));
    e.fulfilled = rs.getInt("fulfilled") != 0;
    e.curated = curatedSet(rs.getString("curated_fields"));
    add(e);
    return null;
  }

  /** The column names of a {@code records.curated_fields} value (comma-separated, or empty). */
  static Set<String> curatedSet(String curatedFields) {
    return curatedFields == null || curatedFields.isEmpty()
        ? Set.of()
        : Set.of(curatedFields.split(","));
  }

  /** Adds a record the writer has just stored (or loaded). */
  void add(Entry e) {
    byId.put(e.id, e);
    for (String key : keys(e)) {
      List<Entry> list = lists.computeIfAbsent(key, k -> new ArrayList<>(2));
      int at = java.util.Collections.binarySearch(list, e, BY_ID);
      if (at < 0) {
        list.add(-at - 1, e);
      }
    }
    if ("commitment".equals(e.type)) {
      for (String p : e.parties) {
        commitmentPartySets
            .computeIfAbsent(p, k -> new HashSet<>())
            .add(String.join(",", e.parties));
      }
    }
  }

  /** Gives an indexed record new parties. */
  void changeParties(Entry e, List<String> parties) {
    for (String key : keys(e)) {
      List<Entry> list = lists.get(key);
      int at = java.util.Collections.binarySearch(list, e, BY_ID);
      list.remove(at);
    }
    e.parties = parties;
    add(e);
  }

  Entry get(long id) {
    return byId.get(id);
  }

  /**
   * Forgets a record deleted from the store, and only it: the other entries stay. The caller
   * updates what the deletion changed in other records (their supersession, their fulfilment).
   */
  void remove(long id) {
    Entry e = byId.remove(id);
    if (e == null) {
      return;
    }
    for (String key : keys(e)) {
      List<Entry> list = lists.get(key);
      int at = list == null ? -1 : java.util.Collections.binarySearch(list, e, BY_ID);
      if (at >= 0) {
        list.remove(at);
        if (list.isEmpty()) {
          lists.remove(key);
        }
      }
    }
    // commitmentPartySets keeps the record's party set: it only narrows, and a set with no
    // commitment left finds no entry.
  }

  // ---- lookups; the parties of the new record must have been loaded

  /** Records of a type with exactly these parties. */
  List<Entry> withParties(String type, List<String> parties) {
    return lists.getOrDefault(exact(type, String.join(",", parties)), List.of());
  }

  /**
   * Agreements that may be the same instrument as one between {@code parties}: those sharing a
   * party with it — both parties of a bilateral one — or the party-less when none are given.
   */
  List<Entry> agreementsSharing(List<String> parties) {
    if (parties.size() < 2) {
      return lists.getOrDefault(
          parties.isEmpty() ? exact("agreement", "") : actor("agreement", parties.get(0)),
          List.of());
    }
    List<List<Entry>> parts = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      parts.add(withParties("agreement", List.of(parties.get(i))));
      for (int j = i + 1; j < parties.size(); j++) {
        parts.add(lists.getOrDefault(pair("agreement", parties.get(i), parties.get(j)), List.of()));
      }
    }
    return union(parts);
  }

  /** Commitments with exactly these parties whose action shares a word with {@code words}. */
  List<Entry> commitmentsSharingAWord(List<String> parties, Set<String> words) {
    String ps = String.join(",", parties);
    List<List<Entry>> parts = new ArrayList<>();
    for (String w : words) {
      List<Entry> l = lists.get(titleWord(ps, w));
      if (l != null) {
        parts.add(l);
      }
    }
    return union(parts);
  }

  /**
   * Commitments all of whose parties are among {@code parties} and one of whose content words (or
   * its stem) is among {@code stems}.
   */
  List<Entry> commitmentsWithin(List<String> parties, Set<String> stems) {
    Set<String> sets = new TreeSet<>();
    for (String p : parties) {
      for (String s : commitmentPartySets.getOrDefault(p, Set.of())) {
        if (parties.containsAll(List.of(s.split(",")))) {
          sets.add(s);
        }
      }
    }
    List<List<Entry>> parts = new ArrayList<>();
    for (String s : sets) {
      for (String w : stems) {
        List<Entry> l = lists.get(contentWord(s, w));
        if (l != null) {
          parts.add(l);
        }
      }
    }
    return union(parts);
  }

  /**
   * Meetings or agreements naming the first of {@code parties} whose stems include one of {@code
   * words} or its stem. The caller checks the other parties.
   */
  List<Entry> eventsWithWords(String type, List<String> parties, Set<String> words) {
    List<List<Entry>> parts = new ArrayList<>();
    for (String w : words) {
      for (String s : w.equals(Words.stem(w)) ? List.of(w) : List.of(w, Words.stem(w))) {
        List<Entry> l = lists.get(eventStem(type, parties.get(0), s));
        if (l != null) {
          parts.add(l);
        }
      }
    }
    return union(parts);
  }

  /**
   * The entries of several lists, each in id order, once each and in id order: a merge of the
   * sorted lists (the writer calls this for every new record, over lists that grow with the
   * ledger).
   */
  private static List<Entry> union(List<List<Entry>> parts) {
    if (parts.isEmpty()) {
      return List.of();
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int total = 0;
    for (List<Entry> l : parts) {
      total += l.size();
    }
    List<Entry> out = new ArrayList<>(total);
    if (parts.size() > 4) {
      for (List<Entry> l : parts) {
        out.addAll(l);
      }
      out.sort(BY_ID);
      int kept = 0;
      for (int i = 0; i < out.size(); i++) {
        if (kept == 0 || out.get(kept - 1).id != out.get(i).id) {
          out.set(kept++, out.get(i));
        }
      }
      out.subList(kept, out.size()).clear();
      return out;
    }
    int[] at = new int[parts.size()];
    long last = Long.MIN_VALUE;
    while (true) {
      Entry next = null;
      int from = -1;
      for (int i = 0; i < at.length; i++) {
        List<Entry> l = parts.get(i);
        if (at[i] < l.size() && (next == null || l.get(at[i]).id < next.id)) {
          next = l.get(at[i]);
          from = i;
        }
      }
      if (next == null) {
        return out;
      }
      at[from]++;
      if (out.isEmpty() || next.id != last) {
        out.add(next);
        last = next.id;
      }
    }
  }

  // ---- keys

  private Collection<String> keys(Entry e) {
    List<String> out = new ArrayList<>();
    String ps = String.join(",", e.parties);
    out.add(exact(e.type, ps));
    if ("agreement".equals(e.type)) {
      for (int i = 0; i < e.parties.size(); i++) {
        out.add(actor(e.type, e.parties.get(i)));
        for (int j = i + 1; j < e.parties.size(); j++) {
          out.add(pair(e.type, e.parties.get(i), e.parties.get(j)));
        }
      }
    }
    if ("commitment".equals(e.type)) {
      for (String w : e.titleWords) {
        out.add(titleWord(ps, w));
      }
      Set<String> needles = new HashSet<>();
      for (String w : e.words) {
        needles.add(w);
        needles.add(Words.stem(w));
      }
      for (String w : needles) {
        out.add(contentWord(ps, w));
      }
    } else {
      for (String p : e.parties) {
        for (String s : e.words) {
          out.add(eventStem(e.type, p, s));
        }
      }
    }
    return out;
  }

  private static String exact(String type, String parties) {
    return "P\u0001" + type + "\u0001" + parties;
  }

  private static String actor(String type, String actor) {
    return "A\u0001" + type + "\u0001" + actor;
  }

  private static String pair(String type, String a, String b) {
    return "Q\u0001" + type + "\u0001" + a + "\u0001" + b;
  }

  private static String titleWord(String parties, String word) {
    return "T\u0001" + parties + "\u0001" + word;
  }

  private static String contentWord(String parties, String word) {
    return "C\u0001" + parties + "\u0001" + word;
  }

  private static String eventStem(String type, String actor, String stem) {
    return "S\u0001" + type + "\u0001" + actor + "\u0001" + stem;
  }
}
