package org.entente.store.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import org.entente.store.Json;

/**
 * Writes a {@link Digest} for people (Markdown, HTML) or programs (JSON). Every text from the
 * ledger — titles, summaries, evidence sentences, document names — is untrusted: HTML escapes it,
 * Markdown escapes both its markup characters and HTML. Links point to {@code linkBase}'s dashboard
 * ({@code BASE#/record/ID}) when a base is given, else the record is named by id. Immutable and
 * thread-safe.
 */
public final class DigestWriter {

  /** Output formats. */
  public enum Format {
    MD,
    HTML,
    JSON;

    /**
     * The format named {@code s} ("md", "html", "json").
     *
     * @throws IllegalArgumentException for any other
     */
    public static Format of(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown format " + s + " (md, html or json)");
      }
    }
  }

  /** How many evidence sentences an alert shows at most. */
  static final int MAX_EVIDENCE = 3;

  private final String linkBase;

  /**
   * @param linkBase the dashboard's address, e.g. {@code http://127.0.0.1:7070/}, or null
   */
  public DigestWriter(String linkBase) {
    this.linkBase =
        linkBase == null || linkBase.isBlank()
            ? null
            : (linkBase.endsWith("/") ? linkBase : linkBase + "/");
  }

  public String write(Digest d, Format f) {
    return switch (f) {
      case MD -> markdown(d);
      case HTML -> html(d);
      case JSON -> json(d);
    };
  }

  /** The dashboard address of a record, or null without a link base. */
  public String recordLink(long id) {
    return linkBase == null ? null : linkBase + "#/record/" + id;
  }

  public String json(Digest d) {
    try {
      return Json.mapper().writeValueAsString(d) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public String markdown(Digest d) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Watch ")
        .append(md(d.watchlist()))
        .append(": ")
        .append(d.size())
        .append(d.size() == 1 ? " alert" : " alerts")
        .append(", ")
        .append(d.since().plusDays(1))
        .append(" to ")
        .append(d.asOf())
        .append("\n\n");
    if (d.groups().isEmpty()) {
      sb.append("Nothing to report.\n");
    }
    for (Digest.Group g : d.groups()) {
      sb.append("## ").append(md(g.relationship())).append("\n\n");
      for (Alert a : g.alerts()) {
        sb.append("- **")
            .append(a.kind().label())
            .append("** ")
            .append(md(a.title()))
            .append(" — ")
            .append(md(a.summary()));
        if (a.recordId() != null) {
          String link = recordLink(a.recordId());
          sb.append(
              link == null
                  ? " (record " + a.recordId() + ")"
                  : " ([record " + a.recordId() + "](" + link + "))");
        }
        sb.append('\n');
        int n = 0;
        for (Alert.Evidence e : a.evidence()) {
          for (String t : e.texts()) {
            if (n++ < MAX_EVIDENCE) {
              sb.append("  > ")
                  .append(md(t))
                  .append(" — ")
                  .append(md(e.name()))
                  .append(e.published() == null ? "" : ", " + e.published())
                  .append('\n');
            }
          }
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  public String html(Digest d) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Watch ")
        .append(esc(d.watchlist()))
        .append(
            "</title>\n<style>body{font:15px/1.45 system-ui,sans-serif;"
                + "max-width:50rem;margin:2rem auto;padding:0 1rem}.kind{font-weight:600}"
                + "blockquote{color:#444;border-left:3px solid #ccc;margin:.3rem 0 .3rem 1rem;padding-left:.6rem}"
                + ".overdue .kind,.session_late .kind{color:#a40000}</style></head><body>\n");
    sb.append("<h1>Watch ")
        .append(esc(d.watchlist()))
        .append("</h1>\n<p>")
        .append(d.size())
        .append(d.size() == 1 ? " alert" : " alerts")
        .append(", ")
        .append(d.since().plusDays(1))
        .append(" to ")
        .append(d.asOf())
        .append("</p>\n");
    if (d.groups().isEmpty()) {
      sb.append("<p>Nothing to report.</p>\n");
    }
    for (Digest.Group g : d.groups()) {
      sb.append("<section>\n<h2>").append(esc(g.relationship())).append("</h2>\n<ul>\n");
      for (Alert a : g.alerts()) {
        sb.append("<li class=\"")
            .append(a.kind().code())
            .append("\"><span class=\"kind\">")
            .append(esc(a.kind().label()))
            .append("</span> ");
        String link = a.recordId() == null ? null : recordLink(a.recordId());
        if (link != null) {
          sb.append("<a href=\"")
              .append(esc(link))
              .append("\">")
              .append(esc(a.title()))
              .append("</a>");
        } else {
          sb.append("<span class=\"title\">").append(esc(a.title())).append("</span>");
          if (a.recordId() != null) {
            sb.append(" (record ").append(a.recordId()).append(')');
          }
        }
        sb.append(" — ").append(esc(a.summary())).append('\n');
        int n = 0;
        for (Alert.Evidence e : a.evidence()) {
          for (String t : e.texts()) {
            if (n++ < MAX_EVIDENCE) {
              sb.append("<blockquote>")
                  .append(esc(t))
                  .append(" <cite>")
                  .append(esc(e.name()))
                  .append(e.published() == null ? "" : ", " + e.published())
                  .append("</cite></blockquote>\n");
            }
          }
        }
        sb.append("</li>\n");
      }
      sb.append("</ul>\n</section>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  /** HTML text and attribute escaping. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Markdown text: HTML escaped, markup characters backslash-escaped (brackets too, so that no link
   * can form), one line.
   */
  static String md(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
