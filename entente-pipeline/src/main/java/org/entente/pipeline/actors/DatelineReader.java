package org.entente.pipeline.actors;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.Token;

/**
 * Reads the dateline that opens a story — "CAIRO, March 16 -" after a headline, or "HÀ NỘI —" in
 * capitals at the very start of a text without one — for the title grammar: the dateline's country
 * is the home of the story's officials, and its dash says where the body starts. Stateless and
 * thread-safe.
 */
final class DatelineReader {

  /** How far after the body start a dateline may reach, in characters. */
  private static final int REACH = 60;

  /** The headline that a body may follow, at most this long. */
  private static final int MAX_HEADLINE = 400;

  /**
   * A dateline's country code and the index of the first token after its dash, or -1 when no dash
   * follows within reach.
   */
  record Dateline(String country, int bodyToken) {}

  private DatelineReader() {}

  /** The dateline of {@code text}, scanned into {@code tokens}, or null when it has none. */
  static Dateline read(String text, List<Token> tokens) {
    String opening = openingCountry(text);
    int from = opening != null ? 0 : bodyStart(text);
    String country = opening != null ? opening : countryAt(text, from);
    if (country == null) {
      return placeLine(text, tokens);
    }
    int line = opening != null ? -1 : datelineLineEnd(text, from);
    return new Dateline(country, line < 0 ? dashAfter(tokens, from) : tokenAfter(tokens, line));
  }

  /**
   * The end of a dateline on a short line of its own, a day and a place ("14 February 2025 -
   * Ottawa, Ontario"), at {@code from}; -1 when the text goes on there.
   */
  private static int datelineLineEnd(String text, int from) {
    int line = text.indexOf('\n', from);
    return line > from
            && line - from <= REACH
            && LINE_DATE.matcher(text.substring(from, line)).find()
        ? line
        : -1;
  }

  private static int tokenAfter(List<Token> tokens, int offset) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() >= offset) {
        return k;
      }
    }
    return -1;
  }

  /** How many short lines at the top may hold a dateline of their own. */
  private static final int MAX_TOP_LINES = 4;

  /**
   * "Nairobi" or "Quito" alone on one of the text's first short lines, as pages set a dateline
   * apart: the dateline of that place's country, the body after that line; else null.
   */
  private static Dateline placeLine(String text, List<Token> tokens) {
    int at = 0;
    for (int n = 0; n < MAX_TOP_LINES && at < text.length(); n++) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        return null;
      }
      String line = text.substring(at, end).strip();
      if (!line.isEmpty() && line.length() <= REACH) {
        for (PlaceMatch p : Gazetteer.defaults().findPlaces(line, 0)) {
          if (p.start() == 0 && p.end() == line.length() && p.location() != null) {
            return new Dateline(p.location().country(), tokenAfter(tokens, end));
          }
        }
      }
      at = end + 1;
    }
    return null;
  }

  /** The last offset at which a dateline's place may start, after a quote or a space or two. */
  private static final int OPENING_MAX_START = 2;

  /** "HÀ NỘI — Minister X…": the country of a dateline in capitals that opens the text. */
  private static String openingCountry(String text) {
    String head = text.substring(0, Math.min(text.length(), REACH));
    for (PlaceMatch p : Gazetteer.defaults().findPlaces(head, OPENING_MAX_START)) {
      String name = text.substring(p.start(), p.end());
      if (p.start() <= OPENING_MAX_START
          && p.location() != null
          && name.equals(name.toUpperCase(Locale.ROOT))
          && followedByDash(text, p.end())) {
        return p.location().country();
      }
    }
    return null;
  }

  private static String countryAt(String text, int from) {
    int to = Math.min(text.length(), from + REACH);
    int line = datelineLineEnd(text, from);
    // A place that ends by the line's end starts before it; any other must start by the opening.
    int maxStart = Math.max(OPENING_MAX_START, line - from - 1);
    for (PlaceMatch p : Gazetteer.defaults().findPlaces(text.substring(from, to), maxStart)) {
      if ((p.start() <= OPENING_MAX_START || from + p.end() <= line) && p.location() != null) {
        return p.location().country();
      }
    }
    return null;
  }

  /** A line that carries a date: a year, or a day and a month's name. */
  private static final Pattern LINE_DATE =
      Pattern.compile(
          "\\b(1[89]|20)\\d\\d\\b|\\b\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}\\b");

  private static boolean followedByDash(String text, int k) {
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && ",–—-(".indexOf(text.charAt(k)) >= 0;
  }

  private static int dashAfter(List<Token> tokens, int from) {
    for (int k = 0; k < tokens.size() && tokens.get(k).start() < from + REACH; k++) {
      String w = tokens.get(k).text();
      if (tokens.get(k).start() >= from && (w.equals("-") || w.equals("—") || w.equals("–"))) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * Where the body starts: after a headline of at most 400 characters, and after the bylines and
   * photo captions that may follow it ({@code front-matter.txt}); else at 0.
   */
  private static int bodyStart(String text) {
    int body = text.indexOf("\n\n");
    if (body < 0 || body >= MAX_HEADLINE) {
      return 0;
    }
    int at = body + 2;
    for (int skipped = 0; skipped < MAX_FRONT_MATTER && isFrontMatter(text, at); skipped++) {
      int next = text.indexOf("\n\n", at);
      if (next < 0 || next - at > MAX_HEADLINE) {
        break;
      }
      at = next + 2;
    }
    return at;
  }

  /** How many byline and caption paragraphs may stand between headline and dateline. */
  private static final int MAX_FRONT_MATTER = 3;

  private static final List<String> FRONT_MATTER = frontMatter();

  private static List<String> frontMatter() {
    List<String> out = new java.util.ArrayList<>();
    for (org.entente.pipeline.resources.ResourceFile.Line line :
        org.entente.pipeline.resources.ResourceFile.read(
            DatelineReader.class, "front-matter.txt")) {
      out.add(line.field(0));
    }
    return List.copyOf(out);
  }

  private static boolean isFrontMatter(String text, int at) {
    for (String p : FRONT_MATTER) {
      int end = at + p.length();
      if (text.startsWith(p, at)
          && !(Character.isLetter(p.charAt(p.length() - 1))
              && end < text.length()
              && Character.isLetter(text.charAt(end)))) {
        return true; // "By Ana Rojas", not "Bylaws"
      }
    }
    return false;
  }
}
