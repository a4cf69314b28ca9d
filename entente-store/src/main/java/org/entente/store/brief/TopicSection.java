package org.entente.store.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.store.Db;

/**
 * Topics over time: the documents naming both actors, by year and topic, up to the brief's day. The
 * chart keeps the most frequent topics over the latest years; each topic's statement cites its
 * latest document.
 */
final class TopicSection {

  /** The most topics charted. */
  static final int TOPICS = 6;

  /** The most years charted (the latest). */
  static final int YEARS = 8;

  private TopicSection() {}

  private record Row(String docId, LocalDate published, String topic) {}

  record Result(TopicChart chart, List<Statement> statements) {}

  static Result of(Db db, String a, String b, LocalDate asOf, Citations cites) {
    List<Row> rows =
        db.query(
            "SELECT t.doc_id, t.published, t.topic FROM doc_actors x"
                + " JOIN doc_actors y ON y.doc_id = x.doc_id AND y.code = ?"
                + " JOIN doc_topics t ON t.doc_id = x.doc_id"
                + " WHERE x.code = ? AND t.published IS NOT NULL AND t.published <= ?",
            rs -> {
              String p = rs.getString(2);
              return new Row(rs.getString(1), LocalDate.parse(p.substring(0, 10)), rs.getString(3));
            },
            b,
            a,
            asOf.toString());
    Map<String, Integer> totals = new HashMap<>();
    Map<String, Row> latest = new HashMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (Row r : rows) {
      totals.merge(r.topic(), 1, Integer::sum);
      years.add(r.published().getYear());
      Row l = latest.get(r.topic());
      if (l == null
          || r.published().isAfter(l.published())
          || r.published().equals(l.published()) && r.docId().compareTo(l.docId()) < 0) {
        latest.put(r.topic(), r);
      }
    }
    if (rows.isEmpty()) {
      return new Result(new TopicChart(List.of(), List.of()), List.of());
    }
    List<String> top = new ArrayList<>(totals.keySet());
    top.sort(
        Comparator.comparing((String t) -> -totals.get(t))
            .thenComparing(Comparator.naturalOrder()));
    top = top.subList(0, Math.min(TOPICS, top.size()));
    int last = years.last();
    int first = Math.max(years.first(), last - YEARS + 1);
    List<String> yearLabels = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      yearLabels.add(Integer.toString(y));
    }
    Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
    for (Row r : rows) {
      counts
          .computeIfAbsent(r.topic(), k -> new HashMap<>())
          .merge(r.published().getYear(), 1, Integer::sum);
    }
    List<TopicChart.Series> series = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    for (String t : top) {
      List<Integer> c = new ArrayList<>();
      for (int y = first; y <= last; y++) {
        c.add(counts.get(t).getOrDefault(y, 0));
      }
      series.add(new TopicChart.Series(t, c));
      int n = totals.get(t);
      Row l = latest.get(t);
      statements.add(
          new Statement(
              Wording.label(t),
              n
                  + (n == 1 ? " document" : " documents")
                  + " naming both, the latest of "
                  + Wording.day(l.published()),
              List.of(cites.document(l.docId()))));
    }
    return new Result(new TopicChart(yearLabels, series), statements);
  }
}
