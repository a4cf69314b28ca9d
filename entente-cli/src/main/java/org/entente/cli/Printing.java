package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.store.Json;
import org.entente.store.Views;

/** Text and JSON rendering of ledger views for the commands. */
final class Printing {

  private Printing() {}

  static void json(PrintWriter out, Object o) {
    try {
      out.println(Json.mapper().writeValueAsString(o));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String line(Views.LedgerRecord r) {
    StringBuilder sb = new StringBuilder();
    sb.append('#').append(r.id()).append(' ');
    sb.append(r.onDate() == null ? "undated   " : r.onDate().toString()).append(' ');
    sb.append(r.type()).append(' ').append(String.join("–", r.parties())).append(": ");
    sb.append(r.title() == null ? "" : r.title());
    if (r.place() != null) {
      sb.append(" @ ").append(r.place());
    }
    if (r.status() != null) {
      sb.append(" [").append(r.status().toLowerCase(java.util.Locale.ROOT)).append(']');
    }
    if (r.dueKind() != null) {
      sb.append(" due ")
          .append(r.dueKind().toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(r.due() == null ? "" : r.due())
          .append(r.dueText() == null ? "" : " (\"" + r.dueText() + "\")");
    }
    if (r.commitmentStatus() != null) {
      sb.append(" — ").append(r.commitmentStatus().label());
    }
    if (r.review() != null) {
      sb.append(" {").append(r.review()).append('}');
    }
    if (!r.sources().isEmpty()) {
      sb.append("  sources: ")
          .append(r.sources().stream().map(Views.Source::docId).collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }

  /** A day, or "undated". */
  static String day(java.time.LocalDate d) {
    return d == null ? "undated" : d.toString();
  }

  /** "1 document", "2 documents". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "security 2, trade 1": counts, the largest first. */
  static String counts(java.util.Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(
            java.util.Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** "3 sessions, last 2025-11-20, about every 180 days, next expected 2026-05-19". */
  static String cadence(Views.Mechanism m) {
    var c = m.cadence();
    StringBuilder sb = new StringBuilder(count(m.sessions().size(), "session"));
    if (m.sessions().isEmpty()) {
      sb.setLength(0);
      sb.append("no session recorded yet");
    }
    if (c.last() != null) {
      sb.append(", last ").append(c.last());
    }
    if (c.medianGapDays() != null) {
      sb.append(", about every ").append(count(c.medianGapDays(), "day"));
    }
    if (c.nextExpected() != null) {
      sb.append(", next expected ").append(c.nextExpected());
    }
    if (c.longGap()) {
      sb.append("  LONG GAP");
    }
    return sb.toString();
  }

  static void records(PrintWriter out, List<Views.LedgerRecord> rs) {
    for (Views.LedgerRecord r : rs) {
      out.println("  " + line(r));
    }
    if (rs.isEmpty()) {
      out.println("  (none)");
    }
  }
}
