package org.entente.pipeline.lang;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.pipeline.resources.ResourceFile;

/**
 * State news agencies whose tag says whose news a text is: "… (MAP)", "(Kyodo News)", a last line
 * "–IANS", an opening "AMI - Le ministre …". The agencies and their states are in {@code
 * news-agencies.tsv}. Immutable and thread-safe.
 */
public final class NewsAgencies {

  private static final Map<String, String> STATES = new HashMap<>();

  /** A tag in brackets: "(MAP)", "(Kyodo News)"; matched where a bracket opens. */
  private static final Pattern BRACKETED;

  /** A line that is only a tag: "–IANS", "KUNA". */
  private static final Pattern LINE;

  /** A tag opening the text before a dash: "AMI - Le ministre …". */
  private static final Pattern OPENING;

  /** The longest line that may be a tag alone. */
  private static final int MAX_TAG_LINE = 40;

  /**
   * The first characters of the agencies' names: a short line whose first character after spaces
   * and dashes is none of them is no tag, and is not given to {@link #LINE}.
   */
  private static final String FIRST_CHARS;

  static {
    StringBuilder names = new StringBuilder();
    StringBuilder first = new StringBuilder();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, "news-agencies.tsv")) {
      STATES.put(l.field(0), l.field(1));
      first.append(l.field(0).charAt(0));
      names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(l.field(0)));
    }
    FIRST_CHARS = first.toString();
    String n = "(" + names + ")";
    BRACKETED = Pattern.compile("\\(" + n + "(?: News| NEWS)?\\)");
    LINE = Pattern.compile("[\\s\u2013\u2014-]*" + n + "[\\s.]*");
    OPENING = Pattern.compile("\\s*" + n + "\\s*[-\u2013\u2014]");
  }

  private NewsAgencies() {}

  /**
   * The states whose agencies tag {@code text}, one entry per tag. Only the places a tag may stand
   * are tried (an opening bracket, a short line, the text's start), not every character.
   */
  public static Map<String, Integer> tags(CharSequence text) {
    Map<String, Integer> out = new HashMap<>();
    String t = text.toString();
    Matcher opening = OPENING.matcher(t);
    int from = 0;
    if (opening.lookingAt()) {
      out.merge(STATES.get(opening.group(1)), 1, Integer::sum);
      from = opening.end();
    }
    Matcher bracketed = BRACKETED.matcher(t);
    for (int i = t.indexOf('(', from); i >= 0; i = t.indexOf('(', i + 1)) {
      bracketed.region(i, t.length());
      if (bracketed.lookingAt()) {
        out.merge(STATES.get(bracketed.group(1)), 1, Integer::sum);
      }
    }
    Matcher line = LINE.matcher(t);
    for (int s = 0; s < t.length(); ) {
      int e = t.indexOf('\n', s);
      if (e < 0) {
        e = t.length();
      }
      if (e - s <= MAX_TAG_LINE && s >= from && mayBeTagLine(t, s, e)) {
        line.region(s, e);
        if (line.matches()) {
          out.merge(STATES.get(line.group(1)), 1, Integer::sum);
        }
      }
      s = e + 1;
    }
    return out;
  }

  /**
   * Whether {@code t[s, e)} may match {@link #LINE}: its first character after the spaces ({@code
   * \s}) and dashes that the pattern lets open it starts an agency's name.
   */
  private static boolean mayBeTagLine(String t, int s, int e) {
    int k = s;
    while (k < e && isSpaceOrDash(t.charAt(k))) {
      k++;
    }
    return k < e && FIRST_CHARS.indexOf(t.charAt(k)) >= 0;
  }

  /** The characters of {@code [\s\u2013\u2014-]} in {@link #LINE}. */
  private static boolean isSpaceOrDash(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == 0x0B
        || c == '\f'
        || c == '\r'
        || c == '\u2013'
        || c == '\u2014'
        || c == '-';
  }
}
