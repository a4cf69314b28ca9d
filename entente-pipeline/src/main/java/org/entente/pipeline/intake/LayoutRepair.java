package org.entente.pipeline.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the lines of a paginated document (a PDF's pages as its text layer gives them) back into
 * running text: running headers and footers (a line repeated at the top or bottom of most pages,
 * digits aside) and page numbers ({@code 3}, {@code - 3 -}, {@code Page 3 of 7}, {@code 3/7}) are
 * dropped; a word hyphenated across a line break is joined ({@code agree-}/{@code ment}); the lines
 * of a paragraph are joined with a space; paragraphs (separated by a blank line, or by a page break
 * after a line that ends a sentence) are separated by a blank line. Thread-safe.
 */
final class LayoutRepair {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^[\\s\\-\\u2013\\u2014]*(?:page|p\\.)?\\s*\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?"
              + "[\\s\\-\\u2013\\u2014]*$");
  private static final Pattern HYPHENATED = Pattern.compile(".*\\p{L}[-\\u00AD]$");

  private LayoutRepair() {}

  /** The running text of {@code pages}, each a list of lines (blank lines mark paragraphs). */
  static String repair(List<List<String>> pages) {
    Map<String, Integer> edgeCounts = new HashMap<>();
    for (List<String> page : pages) {
      for (String edge : edges(page)) {
        edgeCounts.merge(edge, 1, Integer::sum);
      }
    }
    int threshold = Math.max(2, (pages.size() + 1) / 2);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (List<String> page : pages) {
      List<String> lines = new ArrayList<>(page);
      trimEdges(lines, edgeCounts, threshold, pages.size());
      for (String raw : lines) {
        String line = raw.strip();
        if (line.isEmpty()) {
          flush(current, paragraphs);
          continue;
        }
        append(current, line);
      }
      // A page break ends a paragraph only where a sentence ends.
      if (current.length() > 0 && endsSentence(current)) {
        flush(current, paragraphs);
      }
    }
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void append(StringBuilder current, String line) {
    if (current.length() == 0) {
      current.append(line);
      return;
    }
    int last = current.length() - 1;
    if (HYPHENATED.matcher(current).matches()
        && Character.isLowerCase(line.codePointAt(0))
        && current.charAt(last) != '\u2013') {
      current.setLength(last);
      current.append(line);
    } else {
      current.append(' ').append(line);
    }
  }

  private static boolean endsSentence(CharSequence s) {
    char c = s.charAt(s.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201D';
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  /** The first and last non-blank lines of a page, digits folded, as header/footer candidates. */
  private static List<String> edges(List<String> page) {
    List<String> out = new ArrayList<>(2);
    String first = firstNonBlank(page, true);
    String last = firstNonBlank(page, false);
    if (first != null) {
      out.add("H" + fold(first));
    }
    if (last != null) {
      out.add("F" + fold(last));
    }
    return out;
  }

  private static void trimEdges(
      List<String> lines, Map<String, Integer> counts, int threshold, int pageCount) {
    boolean changed = true;
    while (changed && !lines.isEmpty()) {
      changed = false;
      dropBlank(lines, true);
      dropBlank(lines, false);
      if (lines.isEmpty()) {
        return;
      }
      String first = lines.get(0).strip();
      if (PAGE_NUMBER.matcher(first).matches()
          || (pageCount > 1 && counts.getOrDefault("H" + fold(first), 0) >= threshold)) {
        lines.remove(0);
        changed = true;
        continue;
      }
      String last = lines.get(lines.size() - 1).strip();
      if (PAGE_NUMBER.matcher(last).matches()
          || (pageCount > 1 && counts.getOrDefault("F" + fold(last), 0) >= threshold)) {
        lines.remove(lines.size() - 1);
        changed = true;
      }
    }
  }

  private static void dropBlank(List<String> lines, boolean head) {
    while (!lines.isEmpty() && lines.get(head ? 0 : lines.size() - 1).isBlank()) {
      lines.remove(head ? 0 : lines.size() - 1);
    }
  }

  private static String firstNonBlank(List<String> page, boolean fromTop) {
    for (int i = 0; i < page.size(); i++) {
      String l = page.get(fromTop ? i : page.size() - 1 - i);
      if (!l.isBlank()) {
        return l;
      }
    }
    return null;
  }

  private static String fold(String line) {
    return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ");
  }
}
