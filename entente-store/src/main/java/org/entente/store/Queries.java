package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.PartialDate;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.StatusEvent;

/**
 * Read-only questions to the ledger. Every question takes an "as of" day: records first reported
 * after it are left out and commitment statuses are those of that day. Rejected records are left
 * out everywhere but {@link #record}. Not thread-safe (shares the ledger's connection).
 */
public final class Queries {

  private final Ledger ledger;
  private final Db db;
  private final RecordLoader loader;
  private final DossierParts parts;

  Queries(Ledger ledger) {
    this.ledger = ledger;
    this.db = ledger.db();
    this.loader = new RecordLoader(ledger);
    this.parts = new DossierParts(db);
  }

  /** How much of a record's sources to load. */
  public enum Sources {
    NONE,
    IDS,
    EVIDENCE
  }

  /** Filters for {@link #commitments}; null fields do not filter. */
  public record CommitmentFilter(
      String party,
      CommitmentStatus status,
      LocalDate dueBefore,
      LocalDate dueAfter,
      LocalDate asOf) {}

  // ---- records

  /** One record with its sources and evidence text, whatever its review state. */
  public Optional<Views.LedgerRecord> record(long id, LocalDate asOf) {
    List<Views.LedgerRecord> r =
        load(
            "SELECT " + LedgerWriter.RECORD_COLUMNS + " FROM records WHERE id = ?",
            asOf,
            Sources.EVIDENCE,
            id);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  /**
   * The commitments the filter keeps, undated first, then by day and id, with source ids. Statuses
   * are worked out before any source is read, and sources are read for the kept ones only.
   */
  public List<Views.LedgerRecord> commitments(CommitmentFilter f) {
    if (f.status() == null && f.dueBefore() == null && f.dueAfter() == null) {
      return commitmentRows(f, true); // nothing to leave out: with their sources at once
    }
    return withSources(commitmentsWithoutSources(f), Sources.IDS);
  }

  /**
   * Every commitment of the filter's party (or all), in the board's order, with or without sources.
   */
  private List<Views.LedgerRecord> commitmentRows(CommitmentFilter f, boolean sources) {
    LocalDate asOf = f.asOf() == null ? LocalDate.now(java.time.ZoneOffset.UTC) : f.asOf();
    String sql =
        "SELECT "
            + LedgerWriter.RECORD_COLUMNS
            + " FROM records WHERE type = 'commitment' AND "
            + VISIBLE
            + (f.party() == null
                ? ""
                : " AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)")
            + COMMITMENT_ORDER;
    Object[] args =
        f.party() == null
            ? new Object[] {asOf.toString()}
            : new Object[] {asOf.toString(), f.party()};
    return sources ? load(sql, asOf, Sources.IDS, args) : loadLight(sql, asOf, args);
  }

  /** {@link #commitments} without the sources (each with its status). */
  List<Views.LedgerRecord> commitmentsWithoutSources(CommitmentFilter f) {
    List<Views.LedgerRecord> all = commitmentRows(f, false);
    List<Views.LedgerRecord> out = new ArrayList<>();
    for (Views.LedgerRecord r : all) {
      if (f.status() != null && r.commitmentStatus() != f.status()) {
        continue;
      }
      LocalDate due = r.due() == null ? null : PartialDate.parse(r.due()).latestDay();
      if (f.dueBefore() != null && (due == null || !due.isBefore(f.dueBefore()))) {
        continue;
      }
      if (f.dueAfter() != null && (due == null || !due.isAfter(f.dueAfter()))) {
        continue;
      }
      out.add(r);
    }
    return out;
  }

  /**
   * The visible records of one actor (arguments: the actor, then the day), read from the actor's
   * entries in record_parties (CROSS JOIN: SQLite walks them, not every record of a type).
   */
  static final String PARTY_RECORDS =
      " FROM record_parties p CROSS JOIN records r WHERE p.actor = ? AND r.id = p.record_id AND "
          + "(r.review IS NULL OR r.review <> 'rejected') AND (r.on_date IS NULL OR r.on_date <= ?)";

  /**
   * {@link LedgerWriter#RECORD_COLUMNS} of the alias {@code r}, for statements that join records
   * with record_parties or record_pairs (which have a type column too).
   */
  static final String R_COLUMNS = "r." + LedgerWriter.RECORD_COLUMNS.replace(", ", ", r.");

  /**
   * The visible records of a pair (arguments: the pair as {@link #pairKey}, then the day), read
   * from the pair's entries in record_pairs (kept by triggers of the V9 migration), so that the
   * pair's records are found in an index, not by intersecting two actors' records.
   */
  static final String PAIR_KEYED =
      " FROM record_pairs k CROSS JOIN records r WHERE k.a = ? AND k.b = ? AND k.shown = 1"
          + " AND (k.day <= ? OR k.day = '~') AND r.id = k.record_id";

  /** {@code a} and {@code b} in the order of record_pairs: the lesser code (byte order) first. */
  static String[] pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
  }

  /** The board's order: undated first, on both databases, then by day and id. */
  static final String COMMITMENT_ORDER = " ORDER BY (on_date IS NOT NULL), on_date, id";

  /** Every visible record, in date order, with source ids (for exports). */
  public List<Views.LedgerRecord> allRecords(LocalDate asOf) {
    return sortByDate(
        load(
            "SELECT " + LedgerWriter.RECORD_COLUMNS + " FROM records WHERE " + VISIBLE,
            asOf,
            Sources.IDS,
            asOf.toString()));
  }

  /** Every record an actor is party to, in date order (undated last). */
  public List<Views.LedgerRecord> timeline(String actor, LocalDate asOf) {
    List<Views.LedgerRecord> r =
        load(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + " FROM records WHERE "
                + VISIBLE
                + " AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)",
            asOf,
            Sources.IDS,
            asOf.toString(),
            actor);
    return sortByDate(r);
  }

  /**
   * The records of an actor that can have changed after {@code since} as of {@code asOf}, in date
   * order: every commitment (its lifecycle moves on), undated records, records dated after {@code
   * since} and records curated after it; not a meeting or agreement dated on or before {@code
   * since} that no curator touched since.
   */
  public List<Views.LedgerRecord> timelineSince(String actor, LocalDate since, LocalDate asOf) {
    return sortByDate(
        load(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + " FROM records WHERE "
                + VISIBLE
                + " AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)"
                + " AND (type = 'commitment' OR on_date IS NULL OR on_date > ?"
                + " OR id IN (SELECT record_id FROM audit WHERE record_id IS NOT NULL AND at > ?))",
            asOf,
            Sources.IDS,
            asOf.toString(),
            actor,
            since.toString(),
            since.toString()));
  }

  /**
   * The most matching documents a search ranks: those added last. A search for the names of a busy
   * pair matches thousands (8,600 for Russia and the United States in 200,000 generated documents);
   * ranking them all cost one score each. Fewer matches are ranked whole; the count of matches
   * ({@link Listings#searchCount}) is always exact.
   */
  public static final int SEARCH_CANDIDATES = 2_000;

  /** Matches ranked by {@link #search} (tests set fewer). */
  private int searchCandidates = SEARCH_CANDIDATES;

  void searchCandidates(int n) {
    this.searchCandidates = n;
  }

  /**
   * Full-text search over documents (FTS5 on SQLite, tsvector on PostgreSQL): the best {@code
   * limit} of the {@link #SEARCH_CANDIDATES} matching documents added last (of all when fewer, or
   * of {@code limit} when more), best first.
   */
  public List<Views.SearchHit> search(String query, int limit) {
    String q = ledger.dialect() == Dialect.SQLITE ? ftsQuery(query) : query;
    if (q.isBlank()) {
      return List.of();
    }
    return db.query(
        ledger.dialect().searchSql(),
        rs ->
            new Views.SearchHit(
                rs.getString("id"),
                rs.getString("title"),
                Views.documentName(rs.getString("title"), rs.getString("lead")),
                StoredDays.date(rs, "published"),
                rs.getString("language"),
                -rs.getDouble("score"),
                rs.getString("snippet")),
        q,
        Math.max(limit, searchCandidates),
        limit);
  }

  /**
   * Words of the user's query as quoted FTS5 terms, so that no FTS5 syntax can be injected;
   * function words ("on", "the") are left out, so that a query of them alone finds nothing, as
   * PostgreSQL's English text search does.
   */
  static String ftsQuery(String query) {
    java.util.List<String> words = new ArrayList<>();
    for (String w : query.split("[\\s\"]+")) {
      if (!w.isBlank()) {
        words.add(w);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words.stream().filter(w -> !StopWords.contains(w)).toList()) {
      sb.append(sb.length() == 0 ? "" : " ").append('"').append(w).append('"');
    }
    return sb.toString();
  }

  // ---- dossier

  /**
   * The most officials per actor a dossier lists by default: a large state has thousands (8,388 for
   * the United States in the two bundled corpora), which no reader of one relationship needs.
   */
  public static final int DOSSIER_OFFICIALS = 50;

  /**
   * The relationship between two actors as of a day, with at most {@value #DOSSIER_OFFICIALS}
   * officials per actor (see {@link #dossier(String, String, LocalDate, int)}).
   */
  public Views.Dossier dossier(String a, String b, LocalDate asOf) {
    return dossier(a, b, asOf, DOSSIER_OFFICIALS);
  }

  /**
   * The relationship between two actors as of a day.
   *
   * @param maxOfficials the most officials listed per actor: of the people of the relationship (see
   *     {@link RelationshipPeople}), those named in the most of its documents (ties: by name),
   *     listed by name; {@link Integer#MAX_VALUE} for all
   * @throws IllegalArgumentException when {@code maxOfficials} is negative
   */
  public Views.Dossier dossier(String a, String b, LocalDate asOf, int maxOfficials) {
    if (maxOfficials < 0) {
      throw new IllegalArgumentException("maxOfficials must not be negative: " + maxOfficials);
    }
    return dossier(a, b, asOf, new RelationshipPeople(db).of(a, b, asOf, maxOfficials));
  }

  /**
   * The dossier of {@code a} and {@code b} with the given officials: records, mechanisms and topics
   * as of {@code asOf}. Shared by every listing of officials (all, the most recorded, …).
   */
  Views.Dossier dossier(String a, String b, LocalDate asOf, List<Views.PersonView> people) {
    String[] key = pairKey(a, b);
    List<Views.LedgerRecord> both =
        sortByDate(
            a.equals(b)
                ? load(
                    "SELECT " + R_COLUMNS + PAIR_RECORDS, asOf, Sources.IDS, a, a, asOf.toString())
                : load(
                    "SELECT " + R_COLUMNS + PAIR_KEYED,
                    asOf,
                    Sources.IDS,
                    key[0],
                    key[1],
                    asOf.toString()));
    List<Views.LedgerRecord> agreements = new ArrayList<>();
    List<Views.LedgerRecord> meetings = new ArrayList<>();
    Map<CommitmentStatus, List<Views.LedgerRecord>> commitments =
        new EnumMap<>(CommitmentStatus.class);
    for (Views.LedgerRecord r : both) {
      switch (r.type()) {
        case "agreement" -> agreements.add(r);
        case "meeting" -> meetings.add(r);
        default -> commitments.computeIfAbsent(r.commitmentStatus(), k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    counts.put("agreements", (long) agreements.size());
    counts.put("meetings", (long) meetings.size());
    for (CommitmentStatus s : CommitmentStatus.values()) {
      counts.put(s.label(), (long) commitments.getOrDefault(s, List.of()).size());
    }
    return new Views.Dossier(
        actor(a),
        actor(b),
        asOf,
        agreements,
        mechanisms(a, b, asOf),
        meetings,
        commitments,
        people,
        topicsByYear(a, b, asOf),
        counts);
  }

  /**
   * The visible records both actors are party to (arguments: the two actors, the day), read from
   * the first one's entries in record_parties and kept when the other is party too (CROSS JOIN:
   * SQLite joins in this order). The dossier of an actor with itself; two actors use {@link
   * #PAIR_KEYED}.
   */
  static final String PAIR_RECORDS =
      " FROM record_parties x CROSS JOIN record_parties y CROSS JOIN records r"
          + " WHERE x.actor = ? AND y.record_id = x.record_id AND y.actor = ? AND r.id = x.record_id"
          + " AND (r.review IS NULL OR r.review <> 'rejected') AND (r.on_date IS NULL OR r.on_date <= ?)";

  /** Topics of the documents naming both actors, by year ({@link DossierParts#topicsByYear}). */
  Map<String, Map<String, Integer>> topicsByYear(String a, String b, LocalDate asOf) {
    return parts.topicsByYear(a, b, asOf);
  }

  public Views.Actor actor(String code) {
    return db.one(
            "SELECT code, name, kind FROM actors WHERE code = ?",
            rs -> new Views.Actor(rs.getString(1), rs.getString(2), rs.getString(3)),
            code)
        .orElse(new Views.Actor(code, code, null));
  }

  /** Officials acting for {@code affiliation}, with their name variants and roles over time. */
  public List<Views.PersonView> persons(String affiliation) {
    return parts.persons(affiliation, Integer.MAX_VALUE);
  }

  /** Mechanisms between two actors (or of one actor when {@code b} is null), as of a day. */
  public List<Views.Mechanism> mechanisms(String a, String b, LocalDate asOf) {
    return parts.mechanisms(a, b, asOf);
  }

  // ---- loading (see RecordLoader)

  static final String VISIBLE =
      "(review IS NULL OR review <> 'rejected') AND (on_date IS NULL OR on_date <= ?)";

  static List<Views.LedgerRecord> sortByDate(List<Views.LedgerRecord> r) {
    return RecordLoader.sortByDate(r);
  }

  /** The records {@code sql} selects, with their sources and lifecycle ({@link RecordLoader}). */
  List<Views.LedgerRecord> load(String sql, LocalDate asOf, Sources sources, Object... args) {
    return loader.load(sql, asOf, sources, args);
  }

  /** {@link RecordLoader#loadLight}: statuses without loading the sources. */
  List<Views.LedgerRecord> loadLight(String sql, LocalDate asOf, Object... args) {
    return loader.loadLight(sql, asOf, args);
  }

  /** {@code records} (from {@link #loadLight}) with their sources, as {@link #load} gives them. */
  List<Views.LedgerRecord> withSources(List<Views.LedgerRecord> records, Sources sources) {
    return loader.withSources(records, sources);
  }

  List<StatusEvent> statusEvents(long id) {
    return loader.statusEvents(id);
  }

  /**
   * The sources of many records at once, each with its evidence spans and the text they cover, as
   * {@link #record} gives them one by one: record id → its documents in id order (records without
   * evidence are absent). Every document is read once, in a few set-based queries.
   */
  public Map<Long, List<Views.Source>> evidence(Collection<Long> recordIds) {
    return new RecordSources(db).of(new ArrayList<>(new java.util.TreeSet<>(recordIds)), true);
  }
}
