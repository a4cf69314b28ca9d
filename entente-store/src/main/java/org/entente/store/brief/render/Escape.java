package org.entente.store.brief.render;

/** Escaping of untrusted text for the brief's formats. Stateless. */
final class Escape {

  private Escape() {}

  /** Text for HTML content and quoted attribute values. */
  static String html(String s) {
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
   * Markdown text on one line: HTML escaped (a Markdown viewer passes HTML through) and markup
   * characters backslash-escaped, brackets and parentheses too, so that no link or image can form.
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
        case '\n', '\r', '\t' -> b.append(' ');
        case '\\', '`', '*', '_', '[', ']', '(', ')', '!', '#', '|', '~' ->
            b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
