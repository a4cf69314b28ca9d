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

  static void records(PrintWriter out, List<Views.LedgerRecord> rs) {
    for (Views.LedgerRecord r : rs) {
      out.println("  " + line(r));
    }
    if (rs.isEmpty()) {
      out.println("  (none)");
    }
  }
}
