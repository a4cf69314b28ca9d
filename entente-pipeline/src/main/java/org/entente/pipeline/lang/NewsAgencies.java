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

  private static final Pattern TAG;

  static {
    StringBuilder names = new StringBuilder();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, "news-agencies.tsv")) {
      STATES.put(l.field(0), l.field(1));
      names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(l.field(0)));
    }
    String n = "(" + names + ")";
    TAG =
        Pattern.compile(
            "(?m)\\("
                + n
                + "(?: News| NEWS)?\\)|^[\\s–—-]*"
                + n
                + "[\\s.]*$|\\A\\s*"
                + n
                + "\\s*[-–—]");
  }

  private NewsAgencies() {}

  /** The states whose agencies tag {@code text}, one entry per tag. */
  public static Map<String, Integer> tags(CharSequence text) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      out.merge(STATES.get(name), 1, Integer::sum);
    }
    return out;
  }
}
