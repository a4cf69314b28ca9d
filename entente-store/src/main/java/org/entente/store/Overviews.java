package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overviews of {@link Listings}: activity by month, the network of actors and the records they
 * share, topics, totals, and the count of a full-text search. Not thread-safe (shares the ledger's
 * connection).
 */
final class Overviews {

  private final Ledger ledger;
  private final Db db;

  Overviews(Ledger ledger) {
    this.ledger = ledger;
    this.db = ledger.db();
  }

  /** Documents by publication month and records by month of their day, up to {@code asOf}. */
  List<Listings.MonthCount> activity(LocalDate asOf) {
    Map<String, long[]> months = new TreeMap<>();
    db.query(
        "SELECT SUBSTR(published, 1, 7) AS m, COUNT(*) FROM documents"
            + " WHERE published IS NOT NULL AND published <= ? GROUP BY SUBSTR(published, 1, 7)",
        rs -> months.computeIfAbsent(rs.getString(1), k -> new long[4])[0] = rs.getLong(2),
        asOf.toString());
    db.query(
        "SELECT SUBSTR(on_date, 1, 7) AS m, type, COUNT(*) FROM records WHERE on_date IS NOT NULL"
            + " AND on_date <= ? AND (review IS NULL OR review <> 'rejected')"
            + " GROUP BY SUBSTR(on_date, 1, 7), type",
        rs -> {
          int i =
              switch (rs.getString(2)) {
                case "meeting" -> 1;
                case "agreement" -> 2;
                default -> 3;
              };
          months.computeIfAbsent(rs.getString(1), k -> new long[4])[i] = rs.getLong(3);
          return null;
        },
        asOf.toString());
    List<Listings.MonthCount> out = new ArrayList<>();
    months.forEach((m, c) -> out.add(new Listings.MonthCount(m, c[0], c[1], c[2], c[3])));
    return out;
  }

  /**
   * Actors as nodes and the visible records they share as edges, for records dated in {@code [from,
   * to]} (undated records only when neither bound is given) and, when {@code topic} is given,
   * evidenced in a document with that topic; the {@code maxEdges} heaviest edges.
   */
  Listings.Network network(
      LocalDate from, LocalDate to, String topic, LocalDate asOf, int maxEdges) {
    StringBuilder sql =
        new StringBuilder("SELECT type, parties FROM records WHERE " + Queries.VISIBLE);
    List<Object> args = new ArrayList<>();
    args.add(asOf.toString());
    if (from != null) {
      sql.append(" AND on_date >= ?");
      args.add(from.toString());
    }
    if (to != null) {
      sql.append(" AND on_date <= ?");
      args.add(to.toString());
    }
    if (topic != null) {
      sql.append(
          " AND id IN (SELECT e.record_id FROM evidence e JOIN doc_topics t ON t.doc_id = e.doc_id"
              + " WHERE t.topic = ?)");
      args.add(topic);
    }
    Map<String, long[]> edges = new TreeMap<>();
    db.query(
        sql.toString(),
        rs -> {
          String type = rs.getString(1);
          String[] ps = rs.getString(2).split(",");
          int i = type.equals("meeting") ? 0 : type.equals("agreement") ? 1 : 2;
          for (int x = 0; x < ps.length; x++) {
            for (int y = x + 1; y < ps.length; y++) {
              if (!ps[x].isEmpty() && !ps[y].isEmpty()) {
                edges.computeIfAbsent(ps[x] + "\t" + ps[y], k -> new long[3])[i]++;
              }
            }
          }
          return null;
        },
        args.toArray());
    List<Listings.Edge> all = new ArrayList<>();
    edges.forEach(
        (k, c) -> {
          String[] ab = k.split("\t");
          all.add(new Listings.Edge(ab[0], ab[1], c[0], c[1], c[2]));
        });
    all.sort(
        java.util.Comparator.comparingLong(Listings.Edge::weight)
            .reversed()
            .thenComparing(Listings.Edge::a)
            .thenComparing(Listings.Edge::b));
    List<Listings.Edge> kept = List.copyOf(all.subList(0, Math.min(maxEdges, all.size())));
    Map<String, Long> degree = new TreeMap<>();
    for (Listings.Edge e : kept) {
      degree.merge(e.a(), e.weight(), Long::sum);
      degree.merge(e.b(), e.weight(), Long::sum);
    }
    List<Listings.Node> nodes = new ArrayList<>();
    for (Map.Entry<String, Long> e : degree.entrySet()) {
      Views.Actor a = ledger.queries().actor(e.getKey());
      nodes.add(new Listings.Node(a.code(), a.name(), a.kind(), e.getValue()));
    }
    return new Listings.Network(nodes, kept);
  }

  List<Listings.TopicCount> topics() {
    return db.query(
        "SELECT topic, COUNT(*) AS n FROM doc_topics GROUP BY topic ORDER BY n DESC, topic",
        rs -> new Listings.TopicCount(rs.getString(1), rs.getLong(2)));
  }

  Listings.Totals totals() {
    return new Listings.Totals(
        Listings.count(db, "SELECT COUNT(*) FROM documents", List.of()),
        Listings.count(db, "SELECT COUNT(DISTINCT story_id) FROM documents", List.of()),
        Listings.count(db, "SELECT COUNT(*) FROM actors", List.of()),
        Listings.count(db, "SELECT COUNT(*) FROM persons", List.of()),
        Listings.count(
            db,
            "SELECT COUNT(*) FROM records WHERE review IS NULL OR review <> 'rejected'",
            List.of()));
  }

  /** The number of documents a full-text query matches (see {@link Queries#search}). */
  long searchCount(String query) {
    if (ledger.dialect() == Dialect.SQLITE) {
      String q = Queries.ftsQuery(query);
      return q.isBlank()
          ? 0
          : Listings.count(
              db, "SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?", List.of(q));
    }
    return Listings.count(
        db,
        "SELECT COUNT(*) FROM documents d, websearch_to_tsquery('english', ?) q WHERE d.tsv @@ q",
        List.of(query));
  }
}
