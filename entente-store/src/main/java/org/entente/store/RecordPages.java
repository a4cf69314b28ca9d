package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.commitments.CommitmentStatus;

/**
 * The long listings of {@link Queries} a page at a time: an actor's timeline, the commitments board
 * and the sections of a dossier. Each page holds the records the whole listing holds at those
 * places, in the same order, but only the page's records are read with their sources: the order and
 * the page are chosen in SQL where the order is the records' own (day, id), and from records read
 * without their sources where it depends on a commitment's status. Not thread-safe (shares the
 * ledger's connection).
 */
public final class RecordPages {

  /** The sections of a dossier: the record types, and the commitments by status label. */
  public static final List<String> SECTIONS =
      List.of("agreements", "meetings", "pending", "fulfilled", "overdue", "lapsed", "superseded");

  private final Db db;
  private final Queries queries;

  public RecordPages(Ledger ledger) {
    this.db = ledger.db();
    this.queries = ledger.queries();
  }

  /**
   * A page of {@link Queries#timeline}: by day (undated last), then id. The page and the total are
   * read from the actor's entries of the index record_parties_timeline (day, id): the records of
   * the page are the only ones read, whatever the actor's number of records.
   */
  public Listings.Page<Views.LedgerRecord> timeline(
      String actor, LocalDate asOf, int limit, int offset) {
    String keys = " FROM record_parties WHERE actor = ? AND shown = 1 AND " + DAY_VISIBLE;
    return keyedPage(keys, asOf, limit, offset, actor, asOf.toString());
  }

  /**
   * A page of the records whose listing keys {@code keys} (a FROM … WHERE clause over {@code
   * record_parties} or {@code record_pairs}, with {@code args} for its parameters) select, in order
   * of day then id, and their total: only the page's records are read.
   */
  private Listings.Page<Views.LedgerRecord> keyedPage(
      String keys, LocalDate asOf, int limit, int offset, Object... args) {
    long total = count(keys, args);
    if (total <= offset || limit <= 0) {
      return new Listings.Page<>(List.of(), total, limit, offset);
    }
    Object[] params = java.util.Arrays.copyOf(args, args.length + 2);
    params[args.length] = limit;
    params[args.length + 1] = offset;
    List<Views.LedgerRecord> items =
        queries.load(
            "SELECT "
                + Queries.R_COLUMNS
                + " FROM (SELECT record_id, day"
                + keys
                + " ORDER BY day, record_id LIMIT ? OFFSET ?) k CROSS JOIN records r"
                + " WHERE r.id = k.record_id ORDER BY k.day, k.record_id",
            asOf,
            Queries.Sources.IDS,
            params);
    return new Listings.Page<>(items, total, limit, offset);
  }

  /** Visible on a day (the argument) by the listing keys: dated up to it, or undated. */
  static final String DAY_VISIBLE = "(day <= ? OR day = '~')";

  /**
   * A page of {@link Queries#commitments}. Without a status or deadline filter the page is chosen
   * in SQL; with one, the statuses of every commitment in reach are worked out first (without their
   * sources).
   */
  public Listings.Page<Views.LedgerRecord> commitments(
      Queries.CommitmentFilter f, int limit, int offset) {
    if (f.status() != null || f.dueBefore() != null || f.dueAfter() != null) {
      List<Views.LedgerRecord> all = queries.commitmentsWithoutSources(f);
      return new Listings.Page<>(
          queries.withSources(slice(all, limit, offset), Queries.Sources.IDS),
          all.size(),
          limit,
          offset);
    }
    LocalDate asOf = f.asOf() == null ? LocalDate.now(java.time.ZoneOffset.UTC) : f.asOf();
    if (f.party() != null) {
      return partyCommitments(f.party(), asOf, limit, offset);
    }
    String from = " FROM records WHERE type = 'commitment' AND " + Queries.VISIBLE;
    Object[] args = new Object[] {asOf.toString()};
    long total = count(from, args);
    List<Object> paged = new ArrayList<>(List.of(args));
    paged.add(limit);
    paged.add(offset);
    List<Views.LedgerRecord> items =
        queries.load(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + from
                + Queries.COMMITMENT_ORDER
                + " LIMIT ? OFFSET ?",
            asOf,
            Queries.Sources.IDS,
            paged.toArray());
    return new Listings.Page<>(items, total, limit, offset);
  }

  /**
   * A page of the board of one party, in the board's order (undated first, then by day and id),
   * from the party's commitment entries of the index record_parties_type: the undated ones, then
   * the dated ones, each an index range.
   */
  private Listings.Page<Views.LedgerRecord> partyCommitments(
      String party, LocalDate asOf, int limit, int offset) {
    String keys = " FROM record_parties WHERE actor = ? AND type = 'commitment' AND shown = 1";
    long undated = count(keys + " AND day = '~'", party);
    long total = undated + count(keys + " AND day <= ?", party, asOf.toString());
    List<Long> ids = new ArrayList<>();
    if (limit > 0 && offset < undated) {
      ids.addAll(
          db.query(
              "SELECT record_id" + keys + " AND day = '~' ORDER BY record_id LIMIT ? OFFSET ?",
              rs -> rs.getLong(1),
              party,
              limit,
              offset));
    }
    if (limit > ids.size() && offset + ids.size() < total) {
      ids.addAll(
          db.query(
              "SELECT record_id" + keys + " AND day <= ? ORDER BY day, record_id LIMIT ? OFFSET ?",
              rs -> rs.getLong(1),
              party,
              asOf.toString(),
              limit - ids.size(),
              Math.max(0, offset - undated)));
    }
    return new Listings.Page<>(byIds(ids, asOf), total, limit, offset);
  }

  /** The records of {@code ids} with their source ids, in the order of {@code ids}. */
  private List<Views.LedgerRecord> byIds(List<Long> ids, LocalDate asOf) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Views.LedgerRecord> byId = new java.util.HashMap<>();
    for (List<Long> part : RecordSources.chunks(ids)) {
      for (Views.LedgerRecord r :
          queries.load(
              "SELECT "
                  + LedgerWriter.RECORD_COLUMNS
                  + " FROM records WHERE id IN ("
                  + RecordSources.placeholders(part.size())
                  + ")",
              asOf,
              Queries.Sources.IDS,
              part.toArray())) {
        byId.put(r.id(), r);
      }
    }
    List<Views.LedgerRecord> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(byId.get(id)));
    return out;
  }

  /**
   * The dossier of {@code a} and {@code b} with the latest {@code latest} records of each section:
   * each list is the end of the full dossier's list (by day, undated last, then id), and {@link
   * Views.Dossier#counts} tells how many the full one has; {@link #section} pages to the rest.
   * Mechanisms, officials (at most {@code maxPeople} per actor) and topics are the full dossier's.
   */
  public Views.Dossier dossier(String a, String b, LocalDate asOf, int maxPeople, int latest) {
    if (latest < 0) {
      throw new IllegalArgumentException("latest must not be negative: " + latest);
    }
    if (a.equals(b)) {
      return queries.dossier(a, b, asOf, new RelationshipPeople(db).of(a, b, asOf, maxPeople));
    }
    String[] key = Queries.pairKey(a, b);
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("agreements", 0L);
    counts.put("meetings", 0L);
    long[] most = {0};
    // From the pair's entries of the index record_pairs_listing alone.
    db.query(
        "SELECT type, COUNT(*)" + PAIR_KEYS + " GROUP BY type",
        rs -> {
          most[0] = Math.max(most[0], rs.getLong(2));
          return counts.put(rs.getString(1) + "s", rs.getLong(2));
        },
        key[0],
        key[1],
        asOf.toString());
    if (most[0] <= latest) {
      // Every section fits: the whole dossier, read in fewer queries.
      return queries.dossier(a, b, asOf, new RelationshipPeople(db).of(a, b, asOf, maxPeople));
    }
    counts.keySet().retainAll(List.of("agreements", "meetings"));
    // The latest of each section without their sources, then the sources of them all at once.
    List<Views.LedgerRecord> shown = new ArrayList<>();
    Map<String, List<Views.LedgerRecord>> lists = new LinkedHashMap<>();
    for (String type : List.of("agreement", "meeting")) {
      List<Views.LedgerRecord> tail =
          counts.get(type + "s") == 0
              ? new ArrayList<>()
              : queries.load(
                  "SELECT "
                      + Queries.R_COLUMNS
                      + " FROM (SELECT record_id, day"
                      + PAIR_KEYS
                      + " AND type = ? ORDER BY day DESC, record_id DESC LIMIT ?) k"
                      + " CROSS JOIN records r WHERE r.id = k.record_id ORDER BY k.day, k.record_id",
                  asOf,
                  Queries.Sources.NONE,
                  key[0],
                  key[1],
                  asOf.toString(),
                  type,
                  latest);
      lists.put(type, tail);
      shown.addAll(tail);
    }
    Map<CommitmentStatus, List<Views.LedgerRecord>> byStatus = commitmentsByStatus(key, asOf);
    for (CommitmentStatus s : CommitmentStatus.values()) {
      List<Views.LedgerRecord> all = byStatus.getOrDefault(s, List.of());
      counts.put(s.label(), (long) all.size());
      shown.addAll(all.subList(Math.max(0, all.size() - latest), all.size()));
    }
    Map<Long, Views.LedgerRecord> withSources = new java.util.HashMap<>();
    for (Views.LedgerRecord r : queries.withSources(shown, Queries.Sources.IDS)) {
      withSources.put(r.id(), r);
    }
    lists.replaceAll((k, l) -> l.stream().map(r -> withSources.get(r.id())).toList());
    Map<CommitmentStatus, List<Views.LedgerRecord>> commitments =
        new EnumMap<>(CommitmentStatus.class);
    for (Map.Entry<CommitmentStatus, List<Views.LedgerRecord>> e : byStatus.entrySet()) {
      List<Views.LedgerRecord> all = e.getValue();
      commitments.put(
          e.getKey(),
          all.subList(Math.max(0, all.size() - latest), all.size()).stream()
              .map(r -> withSources.get(r.id()))
              .toList());
    }
    return new Views.Dossier(
        queries.actor(a),
        queries.actor(b),
        asOf,
        lists.get("agreement"),
        queries.mechanisms(a, b, asOf),
        lists.get("meeting"),
        commitments,
        new RelationshipPeople(db).of(a, b, asOf, maxPeople),
        queries.topicsByYear(a, b, asOf),
        counts);
  }

  /**
   * A page of one section of the full dossier of {@code a} and {@code b} (one of {@link
   * #SECTIONS}), in that dossier's order.
   *
   * @throws IllegalArgumentException for an unknown section
   */
  public Listings.Page<Views.LedgerRecord> section(
      String a, String b, LocalDate asOf, String section, int limit, int offset) {
    if (!SECTIONS.contains(section)) {
      throw new IllegalArgumentException("no dossier section " + section);
    }
    if (a.equals(b)) {
      Views.Dossier d = queries.dossier(a, b, asOf, List.of());
      List<Views.LedgerRecord> all =
          switch (section) {
            case "agreements" -> d.agreements();
            case "meetings" -> d.meetings();
            default -> d.commitments().getOrDefault(CommitmentStatus.ofLabel(section), List.of());
          };
      return new Listings.Page<>(slice(all, limit, offset), all.size(), limit, offset);
    }
    String[] key = Queries.pairKey(a, b);
    if (section.equals("agreements") || section.equals("meetings")) {
      String type = section.substring(0, section.length() - 1);
      return keyedPage(
          PAIR_KEYS + " AND type = ?", asOf, limit, offset, key[0], key[1], asOf.toString(), type);
    }
    List<Views.LedgerRecord> all =
        commitmentsByStatus(key, asOf).getOrDefault(CommitmentStatus.ofLabel(section), List.of());
    return new Listings.Page<>(
        queries.withSources(slice(all, limit, offset), Queries.Sources.IDS),
        all.size(),
        limit,
        offset);
  }

  /**
   * The visible entries of a pair in record_pairs (arguments: the pair as {@link Queries#pairKey},
   * then the day).
   */
  private static final String PAIR_KEYS =
      " FROM record_pairs WHERE a = ? AND b = ? AND shown = 1 AND " + DAY_VISIBLE;

  /**
   * The pair's commitments ({@code key} as {@link Queries#pairKey}) without their sources, by
   * status, each list in the dossier's order.
   */
  private Map<CommitmentStatus, List<Views.LedgerRecord>> commitmentsByStatus(
      String[] key, LocalDate asOf) {
    Map<CommitmentStatus, List<Views.LedgerRecord>> out = new EnumMap<>(CommitmentStatus.class);
    for (Views.LedgerRecord r :
        queries.loadLight(
            "SELECT "
                + Queries.R_COLUMNS
                + Queries.PAIR_KEYED
                + " AND k.type = 'commitment' ORDER BY k.day, k.record_id",
            asOf,
            key[0],
            key[1],
            asOf.toString())) {
      out.computeIfAbsent(r.commitmentStatus(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private static <T> List<T> slice(List<T> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    return all.subList(from, Math.min(all.size(), from + Math.max(0, limit)));
  }

  private long count(String from, Object... args) {
    Object[] a = args.clone();
    for (int i = 0; i < a.length; i++) {
      if (a[i] instanceof LocalDate d) {
        a[i] = d.toString();
      }
    }
    return db.one("SELECT COUNT(*)" + from, rs -> rs.getLong(1), a).orElse(0L);
  }
}
