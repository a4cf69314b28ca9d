package org.entente.pipeline.intake;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The readable text of an HTML element: one paragraph per block element, whitespace collapsed. */
final class HtmlText {

  private HtmlText() {}

  /** The paragraphs under {@code root}, in order, none empty. */
  static List<String> paragraphs(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              current.append(t.getWholeText());
            } else if (node instanceof Element e) {
              if (e.isBlock()) {
                flush(current, paragraphs);
              } else if (e.nameIs("br")) {
                current.append(' ');
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              flush(current, paragraphs);
            }
          }
        },
        root);
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String p = collapse(current);
    current.setLength(0);
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
  }

  /** Runs of whitespace become one space; no leading or trailing space. */
  static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
