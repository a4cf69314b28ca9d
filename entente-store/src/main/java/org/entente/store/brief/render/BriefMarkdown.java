package org.entente.store.brief.render;

import org.entente.store.brief.Brief;
import org.entente.store.brief.Citation;
import org.entente.store.brief.Section;
import org.entente.store.brief.Statement;
import org.entente.store.brief.TopicChart;

/**
 * A brief as Markdown: one heading per section, one bullet per statement ending in its citation
 * marks, the topic chart as a table, the sources as a numbered list. Document text is escaped
 * ({@link Escape#md}). Stateless.
 */
public final class BriefMarkdown {

  private BriefMarkdown() {}

  public static String write(Brief b) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Relationship brief: ").append(Escape.md(b.title())).append("\n\n");
    sb.append(Escape.md(b.a().code()))
        .append("–")
        .append(Escape.md(b.b().code()))
        .append(", as of ")
        .append(b.asOf())
        .append(
            b.previous() == null ? "; changes since " : "; changes since the last brief, as of ")
        .append(b.since())
        .append(". Every statement cites its sources [n], listed at the end.\n");
    for (Section s : b.sections()) {
      sb.append("\n## ").append(Escape.md(s.heading())).append("\n\n");
      if (s.key().equals("topics") && !b.topics().series().isEmpty()) {
        table(b.topics(), sb);
      }
      if (s.statements().isEmpty()) {
        sb.append(Escape.md(s.none())).append('\n');
      }
      for (Statement st : s.statements()) {
        sb.append("- ");
        if (st.lead() != null) {
          sb.append("**").append(Escape.md(st.lead())).append("** ");
        }
        sb.append(Escape.md(st.text())).append(' ').append(Citing.marks(st.cites())).append('\n');
      }
      if (s.moreText() != null) {
        sb.append("\n*").append(Escape.md(s.moreText())).append("*\n");
      }
    }
    sb.append("\n## Sources\n\n");
    for (Citation c : b.citations()) {
      sb.append(c.number())
          .append(". ")
          .append(Escape.md(Citing.origin(c)))
          .append(" — *")
          .append(Escape.md(c.title()))
          .append("*: “")
          .append(Escape.md(c.text()))
          .append("”\n");
    }
    return sb.toString();
  }

  private static void table(TopicChart chart, StringBuilder sb) {
    sb.append("| topic |");
    chart.years().forEach(y -> sb.append(' ').append(y).append(" |"));
    sb.append("\n| --- |");
    chart.years().forEach(y -> sb.append(" ---: |"));
    sb.append('\n');
    for (TopicChart.Series s : chart.series()) {
      sb.append("| ").append(Escape.md(s.topic())).append(" |");
      s.counts().forEach(c -> sb.append(' ').append(c).append(" |"));
      sb.append('\n');
    }
    sb.append('\n');
  }
}
