package org.entente.store.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.entente.model.PartialDate;
import org.entente.store.Json;
import org.entente.store.Ledger;
import org.entente.store.Views;

/**
 * Writes the ledger as of a day in one of four formats:
 *
 * <ul>
 *   <li>{@code json} — every visible record with its parties, dates, deadline kind, status and
 *       source document ids, as one JSON array;
 *   <li>{@code csv} — the same, one row a record (RFC 4180 quoting);
 *   <li>{@code ics} — an iCalendar (RFC 5545) with one all-day event per commitment deadline and
 *       per expected mechanism session; lines folded at 75 octets, text escaped;
 *   <li>{@code events} — a tab-separated event table in GDELT's column spirit, one row per (record,
 *       source document): {@code GLOBALEVENTID SQLDATE Actor1Code Actor2Code EventCode
 *       EventRootCode QuadClass PLOVER RecordType RecordId Title SOURCEURL}. GLOBALEVENTID is
 *       record id × 1000 + source index; SQLDATE is YYYYMMDD of the record's day (empty if
 *       unknown); Actor1/2 are the first two parties (a third party or more gives further rows
 *       pairing the first party with each); EventRootCode is the first two CAMEO digits; QuadClass
 *       follows CAMEO (01–05 verbal cooperation 1, 06–09 material cooperation 2, 10–14 verbal
 *       conflict 3, 15–20 material conflict 4); SOURCEURL is the source document's id.
 * </ul>
 */
public final class Exporter {

  private Exporter() {}

  public static void write(Ledger ledger, String format, LocalDate asOf, Writer out)
      throws IOException {
    List<Views.LedgerRecord> records = ledger.queries().allRecords(asOf);
    switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> json(records, out);
      case "csv" -> csv(records, out);
      case "ics" -> ics(ledger, records, asOf, out);
      case "events" -> events(records, out);
      default ->
          throw new IllegalArgumentException(
              "unknown export format " + format + " (json, csv, ics, events)");
    }
    out.flush();
  }

  private static void json(List<Views.LedgerRecord> records, Writer out) throws IOException {
    Json.mapper().writeValue(new NonClosing(out), records);
    out.write('\n');
  }

  static final String CSV_HEADER =
      "id,type,parties,title,mode,kind,status,place,date,due,due_kind,due_text,commitment_status,"
          + "cameo,plover,review,sources";

  private static void csv(List<Views.LedgerRecord> records, Writer out) throws IOException {
    out.write(CSV_HEADER + "\r\n");
    for (Views.LedgerRecord r : records) {
      String[] f = {
        Long.toString(r.id()),
        r.type(),
        String.join(";", r.parties()),
        r.title(),
        r.mode(),
        r.kind(),
        r.status(),
        r.place(),
        r.date(),
        r.due(),
        r.dueKind(),
        r.dueText(),
        r.commitmentStatus() == null ? null : r.commitmentStatus().label(),
        r.cameo(),
        r.plover(),
        r.review(),
        String.join(";", r.sources().stream().map(Views.Source::docId).toList())
      };
      for (int i = 0; i < f.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(csvField(f[i]));
      }
      out.write("\r\n");
    }
  }

  static String csvField(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static final DateTimeFormatter ICS_DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private static void ics(
      Ledger ledger, List<Views.LedgerRecord> records, LocalDate asOf, Writer out)
      throws IOException {
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Entente//Ledger//EN");
    line(out, "CALSCALE:GREGORIAN");
    String stamp = asOf.format(ICS_DAY) + "T000000Z";
    for (Views.LedgerRecord r : records) {
      if (!"commitment".equals(r.type()) || r.due() == null) {
        continue;
      }
      LocalDate day = PartialDate.parse(r.due()).latestDay();
      if (day == null) {
        continue;
      }
      line(out, "BEGIN:VEVENT");
      line(out, "UID:commitment-" + r.id() + "@entente");
      line(out, "DTSTAMP:" + stamp);
      line(out, "DTSTART;VALUE=DATE:" + day.format(ICS_DAY));
      line(out, "DTEND;VALUE=DATE:" + day.plusDays(1).format(ICS_DAY));
      line(
          out,
          "SUMMARY:"
              + text(
                  String.join("–", r.parties())
                      + ": "
                      + r.title()
                      + " ("
                      + (r.dueKind() == null ? "due" : r.dueKind().toLowerCase(Locale.ROOT))
                      + ")"));
      line(
          out,
          "DESCRIPTION:"
              + text(
                  "Deadline "
                      + r.due()
                      + " ("
                      + r.dueKind()
                      + (r.dueText() == null ? "" : ", \"" + r.dueText() + "\"")
                      + "); status "
                      + (r.commitmentStatus() == null ? "" : r.commitmentStatus().label())
                      + " as of "
                      + asOf));
      line(out, "CATEGORIES:COMMITMENT," + r.dueKind());
      line(out, "END:VEVENT");
    }
    for (Views.Mechanism m : ledger.queries().mechanisms(null, null, asOf)) {
      if (m.cadence().nextExpected() == null) {
        continue;
      }
      LocalDate day = m.cadence().nextExpected();
      line(out, "BEGIN:VEVENT");
      line(out, "UID:mechanism-" + m.id() + "-" + day.format(ICS_DAY) + "@entente");
      line(out, "DTSTAMP:" + stamp);
      line(out, "DTSTART;VALUE=DATE:" + day.format(ICS_DAY));
      line(out, "DTEND;VALUE=DATE:" + day.plusDays(1).format(ICS_DAY));
      line(out, "SUMMARY:" + text("Expected session: " + m.name()));
      line(
          out,
          "DESCRIPTION:"
              + text(
                  "Last session "
                      + m.cadence().last()
                      + ", median gap "
                      + m.cadence().medianGapDays()
                      + " days"
                      + (m.cadence().longGap() ? "; long gap flagged" : "")));
      line(out, "CATEGORIES:MECHANISM");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
  }

  /** RFC 5545 TEXT escaping: backslash, semicolon, comma, newline. */
  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case ';' -> sb.append("\\;");
        case ',' -> sb.append("\\,");
        case '\n' -> sb.append("\\n");
        case '\r' -> {}
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Writes a content line folded at 75 octets (never inside a UTF-8 sequence), CRLF-ended. */
  static void line(Writer out, String s) throws IOException {
    int octets = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > 75) {
        out.write("\r\n ");
        octets = 1;
      }
      out.write(Character.toChars(cp));
      octets += n;
      i += Character.charCount(cp);
    }
    out.write("\r\n");
  }

  static final String EVENTS_HEADER =
      "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor2Code\tEventCode\tEventRootCode\tQuadClass\tPLOVER"
          + "\tRecordType\tRecordId\tTitle\tSOURCEURL";

  private static void events(List<Views.LedgerRecord> records, Writer out) throws IOException {
    out.write(EVENTS_HEADER + "\n");
    for (Views.LedgerRecord r : records) {
      String day = r.onDate() == null ? "" : r.onDate().format(ICS_DAY);
      String root = r.cameo() == null || r.cameo().length() < 2 ? "" : r.cameo().substring(0, 2);
      String quad = quadClass(root);
      List<String> p = r.parties();
      String a1 = p.isEmpty() ? "" : p.get(0);
      List<String> others = p.size() < 2 ? List.of("") : p.subList(1, p.size());
      int i = 0;
      for (Views.Source s : r.sources()) {
        for (String a2 : others) {
          i++;
          out.write(
              String.join(
                  "\t",
                  Long.toString(r.id() * 1000 + i),
                  day,
                  a1,
                  a2,
                  nz(r.cameo()),
                  root,
                  quad,
                  nz(r.plover()),
                  r.type(),
                  Long.toString(r.id()),
                  tsv(r.title()),
                  s.docId()));
          out.write('\n');
        }
      }
    }
  }

  static String quadClass(String root) {
    if (root.isEmpty()) {
      return "";
    }
    int c = Integer.parseInt(root);
    return c <= 5 ? "1" : c <= 9 ? "2" : c <= 14 ? "3" : "4";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String tsv(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
