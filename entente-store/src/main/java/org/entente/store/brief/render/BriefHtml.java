package org.entente.store.brief.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.entente.store.brief.Brief;
import org.entente.store.brief.Citation;
import org.entente.store.brief.Section;
import org.entente.store.brief.Statement;

/**
 * A brief as one HTML document with a print stylesheet for A4 ({@code brief.css}): a file carries
 * the stylesheet inline; the dashboard's page links it, since its Content-Security-Policy allows no
 * inline style. Citation marks link to the numbered sources at the end. Every text from the ledger
 * is escaped ({@link Escape#html}); the document has no script. Stateless.
 */
public final class BriefHtml {

  /** The print stylesheet, a resource next to this class. */
  public static final String STYLESHEET = "brief.css";

  private static final String CSS = stylesheet();

  private BriefHtml() {}

  /** A standalone document, stylesheet inline. */
  public static String write(Brief b) {
    return write(b, null, null);
  }

  /**
   * The document.
   *
   * @param stylesheetHref where the stylesheet is linked from, or null to carry it inline
   * @param dossierHref a link back to the pair's dossier, or null for none
   */
  public static String write(Brief b, String stylesheetHref, String dossierHref) {
    return write(b, stylesheetHref, dossierHref, null);
  }

  /**
   * The document with a note under its heading (a past brief shown again says so), or none when
   * {@code note} is null; the note is escaped like every text.
   */
  public static String write(Brief b, String stylesheetHref, String dossierHref, String note) {
    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Brief: ")
        .append(Escape.html(b.title()))
        .append(" (")
        .append(b.asOf())
        .append(")</title>\n");
    if (stylesheetHref == null) {
      sb.append("<style>\n").append(CSS).append("</style>\n");
    } else {
      sb.append("<link rel=\"stylesheet\" href=\"")
          .append(Escape.html(stylesheetHref))
          .append("\">\n");
    }
    sb.append("</head>\n<body class=\"brief\">\n<header>\n");
    if (dossierHref != null) {
      sb.append("<nav class=\"no-print\"><a href=\"")
          .append(Escape.html(dossierHref))
          .append("\">← dossier</a></nav>\n");
    }
    sb.append("<p class=\"kicker\">Relationship brief</p>\n<h1>")
        .append(Escape.html(b.title()))
        .append("</h1>\n<p class=\"meta\"><span class=\"codes\">")
        .append(Escape.html(b.a().code()))
        .append("–")
        .append(Escape.html(b.b().code()))
        .append("</span> · as of <time class=\"as-of\" datetime=\"")
        .append(b.asOf())
        .append("\">")
        .append(b.asOf())
        .append("</time> · changes since ")
        .append(b.previous() == null ? "" : "the last brief, as of ")
        .append("<time class=\"since\" datetime=\"")
        .append(b.since())
        .append("\">")
        .append(b.since())
        .append("</time> · every statement cites its sources, listed at the end</p>\n");
    if (note != null) {
      sb.append("<p class=\"meta note\">").append(Escape.html(note)).append("</p>\n");
    }
    sb.append("</header>\n");
    for (Section s : b.sections()) {
      section(b, s, sb);
    }
    sb.append("<section id=\"sources\" class=\"sources\">\n<h2>Sources</h2>\n<ol>\n");
    for (Citation c : b.citations()) {
      sb.append("<li id=\"c")
          .append(c.number())
          .append("\" value=\"")
          .append(c.number())
          .append("\"><span class=\"origin\">")
          .append(Escape.html(Citing.origin(c)))
          .append("</span> — <cite>")
          .append(Escape.html(c.title()))
          .append("</cite>: <q>")
          .append(Escape.html(c.text()))
          .append("</q></li>\n");
    }
    sb.append("</ol>\n</section>\n</body></html>\n");
    return sb.toString();
  }

  private static void section(Brief b, Section s, StringBuilder sb) {
    sb.append("<section id=\"s-")
        .append(Escape.html(s.key()))
        .append("\" class=\"section\">\n<h2>")
        .append(Escape.html(s.heading()))
        .append("</h2>\n");
    if (s.key().equals("topics")) {
      sb.append(TopicChartSvg.write(b.topics())).append('\n');
    }
    if (s.statements().isEmpty()) {
      sb.append("<p class=\"none\">").append(Escape.html(s.none())).append("</p>\n");
    } else {
      sb.append("<ul class=\"statements\">\n");
      for (Statement st : s.statements()) {
        sb.append("<li>");
        if (st.lead() != null) {
          sb.append("<span class=\"lead\">").append(Escape.html(st.lead())).append("</span> ");
        }
        sb.append("<span class=\"text\">").append(Escape.html(st.text())).append("</span>");
        sb.append("<span class=\"cites\">");
        for (int n : st.cites()) {
          sb.append("<a class=\"cite\" href=\"#c")
              .append(n)
              .append("\">[")
              .append(n)
              .append("]</a>");
        }
        sb.append("</span></li>\n");
      }
      sb.append("</ul>\n");
      if (s.moreText() != null) {
        sb.append("<p class=\"more\">").append(Escape.html(s.moreText())).append("</p>\n");
      }
    }
    sb.append("</section>\n");
  }

  /** The print stylesheet's text. */
  public static String css() {
    return CSS;
  }

  private static String stylesheet() {
    try (InputStream in = BriefHtml.class.getResourceAsStream(STYLESHEET)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + STYLESHEET);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
