package org.entente.store.scorecard;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.entente.store.evidence.Quote;

/**
 * Scorecards as CSV (RFC 4180): one row per commitment behind a score, with the subject's score
 * repeated on each row, so that every number can be checked against its evidence in a spreadsheet.
 */
public final class ScorecardCsv {

  static final List<String> HEADER =
      List.of(
          "subject",
          "from",
          "to",
          "score",
          "record_id",
          "action",
          "due",
          "status",
          "outcome",
          "points",
          "curated",
          "reason",
          "evidence");

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private ScorecardCsv() {}

  public static void write(List<Scorecard> cards, Writer out) throws IOException {
    row(out, HEADER);
    for (Scorecard c : cards) {
      for (ScoreLine l : c.lines()) {
        StringBuilder ev = new StringBuilder();
        for (Quote q : l.evidence()) {
          ev.append(ev.length() == 0 ? "" : " | ")
              .append(q.outlet() == null ? q.docId() : q.outlet())
              .append(", ")
              .append(q.published() == null ? "undated" : q.published().toString())
              .append(": ")
              .append(q.text());
        }
        row(
            out,
            List.of(
                c.subject(),
                c.from().toString(),
                c.to().toString(),
                c.score() == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", c.score()),
                Long.toString(l.recordId()),
                l.action() == null ? "" : l.action(),
                l.due() == null ? "" : l.due(),
                l.status(),
                l.outcome().label(),
                Integer.toString(l.points()),
                Boolean.toString(l.curated()),
                l.reason() == null ? "" : l.reason(),
                ev.toString()));
      }
    }
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      String v = cells.get(i);
      // A leading =, +, - or @ would be a formula in a spreadsheet: quoted text stays text.
      if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
        v = "'" + v;
      }
      out.write(i == 0 ? "" : ",");
      out.write('"' + v.replace("\"", "\"\"") + '"');
    }
    out.write("\r\n");
  }
}
