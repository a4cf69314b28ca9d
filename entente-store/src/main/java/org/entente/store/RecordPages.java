package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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

  /** A page of {@link Queries#timeline}: by day (undated last), then id. */
  public Listings.Page<Views.LedgerRecord> timeline(
      String actor, LocalDate asOf, int limit, int offset) {
    long total = count(Queries.PARTY_RECORDS, actor, asOf.toString());
    List<Views.LedgerRecord> items =
        queries.load(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + Queries.PARTY_RECORDS
                + DATE_ORDER
                + " LIMIT ? OFFSET ?",
            asOf,
            Queries.Sources.IDS,
            actor,
            asOf.toString(),
            limit,
            offset);
    return new Listings.Page<>(items, total, limit, offset);
  }

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
    String from;
    Object[] args;
    if (f.party() == null) {
      from = " FROM records WHERE type = 'commitment' AND " + Queries.VISIBLE;
      args = new Object[] {asOf.toString()};
    } else {
      from = Queries.PARTY_RECORDS + " AND r.type = 'commitment'";
      args = new Object[] {f.party(), asOf.toString()};
    }
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
   * The dossier of {@code a} and {@code b} with the latest {@code latest} records of each section:
   * each list is the end of the full dossier's list (by day, undated last, then id), and {@link
   * Views.Dossier#counts} tells how many the full one has; {@link #section} pages to the rest.
   * Mechanisms, officials (at most {@code maxPeople} per actor) and topics are the full dossier's.
   */
  public Views.Dossier dossier(String a, String b, LocalDate asOf, int maxPeople, int latest) {
    if (latest < 0) {
      throw new IllegalArgumentException("latest must not be negative: " + latest);
    }
    String[] pair = queries.fewerDocumentsFirst(a, b);
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("agreements", 0L);
    counts.put("meetings", 0L);
    long[] most = {0};
    db.query(
        "SELECT r.type, COUNT(*)" + Queries.PAIR_RECORDS + " GROUP BY r.type",
        rs -> {
          most[0] = Math.max(most[0], rs.getLong(2));
          return counts.put(rs.getString(1) + "s", rs.getLong(2));
        },
        pair[0],
        pair[1],
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
              : new ArrayList<>(
                  queries.load(
                      "SELECT "
                          + LedgerWriter.RECORD_COLUMNS
                          + Queries.PAIR_RECORDS
                          + " AND r.type = ?"
                          + " ORDER BY (on_date IS NULL) DESC, on_date DESC, id DESC LIMIT ?",
                      asOf,
                      Queries.Sources.NONE,
                      pair[0],
                      pair[1],
                      asOf.toString(),
                      type,
                      latest));
      Collections.reverse(tail);
      lists.put(type, tail);
      shown.addAll(tail);
    }
    Map<CommitmentStatus, List<Views.LedgerRecord>> byStatus = commitmentsByStatus(pair, asOf);
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
        queries.topicsByYear(pair, asOf),
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
    String[] pair = queries.fewerDocumentsFirst(a, b);
    if (section.equals("agreements") || section.equals("meetings")) {
      String type = section.substring(0, section.length() - 1);
      long total = count(Queries.PAIR_RECORDS + " AND r.type = ?", pair[0], pair[1], asOf, type);
      List<Views.LedgerRecord> items =
          queries.load(
              "SELECT "
                  + LedgerWriter.RECORD_COLUMNS
                  + Queries.PAIR_RECORDS
                  + " AND r.type = ?"
                  + DATE_ORDER
                  + " LIMIT ? OFFSET ?",
              asOf,
              Queries.Sources.IDS,
              pair[0],
              pair[1],
              asOf.toString(),
              type,
              limit,
              offset);
      return new Listings.Page<>(items, total, limit, offset);
    }
    List<Views.LedgerRecord> all =
        commitmentsByStatus(pair, asOf).getOrDefault(CommitmentStatus.ofLabel(section), List.of());
    return new Listings.Page<>(
        queries.withSources(slice(all, limit, offset), Queries.Sources.IDS),
        all.size(),
        limit,
        offset);
  }

  /** The pair's commitments without their sources, by status, each list in the dossier's order. */
  private Map<CommitmentStatus, List<Views.LedgerRecord>> commitmentsByStatus(
      String[] pair, LocalDate asOf) {
    Map<CommitmentStatus, List<Views.LedgerRecord>> out = new EnumMap<>(CommitmentStatus.class);
    for (Views.LedgerRecord r :
        queries.loadLight(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + Queries.PAIR_RECORDS
                + " AND r.type = 'commitment'"
                + DATE_ORDER,
            asOf,
            pair[0],
            pair[1],
            asOf.toString())) {
      out.computeIfAbsent(r.commitmentStatus(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** The order of timelines and dossiers: by day, undated last, then id. */
  private static final String DATE_ORDER = " ORDER BY (on_date IS NULL), on_date, id";

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
