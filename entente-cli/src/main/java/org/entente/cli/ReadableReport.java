package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.entente.model.Person;
import org.entente.model.Span;

/** Prints an extraction for a person to read: records, then their evidence, quoted. */
final class ReadableReport {

  private static final int QUOTE = 160;

  private ReadableReport() {}

  static void print(Extraction e, PrintWriter out) {
    String text = e.document().fullText();
    String title = e.document().title() != null ? e.document().title() : firstLine(text);
    out.println("━━ " + e.document().id() + (title.isEmpty() ? "" : " — " + title));
    if (e.document().published() != null) {
      out.println("   published " + e.document().published());
    }
    if (!e.persons().isEmpty()) {
      out.println("  Officials");
      for (Person p : e.persons()) {
        out.println(
            "   • "
                + p.name()
                + " — "
                + (p.role() == null ? "?" : p.role())
                + ", "
                + p.affiliation());
      }
    }
    if (!e.meetings().isEmpty()) {
      out.println("  Meetings");
      for (Meeting m : e.meetings()) {
        out.println(
            "   • "
                + String.join(" – ", m.parties())
                + "  "
                + label(m.mode())
                + (m.place() == null ? "" : " in " + m.place())
                + (m.date() == null ? "" : " on " + m.date()));
        evidence(text, m.spans(), out);
      }
    }
    if (!e.agreements().isEmpty()) {
      out.println("  Agreements");
      for (Agreement a : e.agreements()) {
        out.println(
            "   • "
                + a.name()
                + " ("
                + label(a.kind())
                + ", "
                + label(a.status())
                + (a.date() == null ? "" : " " + a.date())
                + ")  "
                + String.join(" – ", a.parties()));
        evidence(text, a.spans(), out);
      }
    }
    if (!e.commitments().isEmpty()) {
      out.println("  Commitments");
      for (Commitment c : e.commitments()) {
        Deadline d = c.deadline();
        String due =
            d == null
                ? ""
                : "  due "
                    + (d.due() == null ? "?" : d.due())
                    + " ("
                    + label(d.kind())
                    + ": \""
                    + d.text()
                    + "\")";
        out.println(
            "   • "
                + String.join(" + ", c.parties())
                + " will "
                + c.action()
                + (c.place() == null ? "" : " in " + c.place())
                + due);
        evidence(text, c.spans(), out);
      }
    }
    if (!e.topics().isEmpty()) {
      out.println("  Topics: " + String.join(", ", e.topics()));
    }
    out.println();
  }

  private static void evidence(String text, List<Span> spans, PrintWriter out) {
    if (spans.isEmpty()) {
      return;
    }
    Span s = spans.get(0);
    String q = text.substring(s.start(), Math.min(s.end(), text.length())).replaceAll("\\s+", " ");
    if (q.length() > QUOTE) {
      q = q.substring(0, QUOTE) + "…";
    }
    out.println("       “" + q + "” [" + s.start() + "–" + s.end() + "]");
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    String line = (nl < 0 ? text : text.substring(0, nl)).strip();
    return line.length() > 100 ? line.substring(0, 100) + "…" : line;
  }

  private static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
