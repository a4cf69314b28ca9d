package org.entente.pipeline.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Document;

/**
 * The conventions of a communiqué given as plain text (a {@code .txt} file, standard input, a PDF
 * or Word file once its text is out): a first line of at most {@value #MAX_TITLE} characters,
 * followed by a blank line and not ending like a sentence, is the title (the JSON Lines convention:
 * title, blank line, body, so every offset still points into the text as given); a dateline opening
 * the body ({@code BRUSSELS, 22 September 2026 –}, {@code Rabat, April 16, 2026 -}) gives the
 * publication date when the caller gives none. Thread-safe.
 */
final class TextConventions {

  static final int MAX_TITLE = 200;

  /** A place in capitals or capitalised words, a comma, a date, then a dash or a colon. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*\\p{Lu}[\\p{L} .'()/-]{1,60}?,\\s*(?:\\p{L}+day,\\s*)?"
              + "((?:\\d{1,2}\\s+\\p{L}+\\.?,?\\s+\\d{4})|(?:\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})"
              + "|(?:\\d{4}-\\d{2}-\\d{2}))\\s*[-\\u2013\\u2014:(]");

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          format("d MMMM uuuu"),
          format("d MMM uuuu"),
          format("MMMM d uuuu"),
          format("MMM d uuuu"),
          format("uuuu-MM-dd"));

  private TextConventions() {}

  private static DateTimeFormatter format(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** A document from a text with these conventions applied. */
  static Document document(String id, String source, String text, ReadOptions opts) {
    String title = null;
    String body = text;
    int nl = text.indexOf('\n');
    if (nl > 0 && text.startsWith("\n\n", nl) && nl <= MAX_TITLE) {
      String first = text.substring(0, nl);
      String rest = text.substring(nl + 2);
      if (isTitle(first) && !rest.isBlank()) {
        title = first;
        body = rest;
      }
    }
    if (title == null) {
      title = opts.defaultTitle();
    }
    LocalDate published = opts.defaultPublished();
    if (published == null) {
      published = dateline(body);
    }
    return new Document(id, source, published, title, body);
  }

  private static boolean isTitle(String line) {
    String s = line.strip();
    if (s.isEmpty() || !s.equals(line.stripTrailing()) || line.isBlank()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return last != '.' && last != ':' && last != ';' && last != ',' && notADateline(s);
  }

  /** A line that is itself a dateline opening the body is not a title. */
  private static boolean notADateline(String s) {
    return dateline(s) == null;
  }

  /** The date of the dateline that opens {@code body}, or null. */
  static LocalDate dateline(String body) {
    String head = body.length() > 160 ? body.substring(0, 160) : body;
    Matcher m = DATELINE.matcher(head);
    if (!m.find()) {
      return null;
    }
    String date = m.group(1).replace(",", " ").replace(".", "").replaceAll("\\s+", " ").strip();
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(date, f);
      } catch (DateTimeException e) {
        // try the next form
      }
    }
    return null;
  }
}
