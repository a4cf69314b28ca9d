package org.entente.store.brief.render;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Flows text onto A4 pages: paragraphs of runs in one or two fonts, wrapped at word boundaries (a
 * word wider than the line is cut), a new page when the current one is full, and page numbers at
 * the end. Not thread-safe; one per document.
 */
final class PdfLayout implements AutoCloseable {

  static final float MARGIN = 50;
  static final float TOP = PDRectangle.A4.getHeight() - 56;
  static final float BOTTOM = 60;
  static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  /** A piece of a paragraph in one font. */
  record Run(String text, SafeFont font) {}

  private record Word(String text, SafeFont font, float width) {}

  private final PDDocument doc;
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream out;
  private float y;

  PdfLayout(PDDocument doc) {
    this.doc = doc;
    newPage();
  }

  PDDocument document() {
    return doc;
  }

  private void newPage() {
    try {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      pages.add(page);
      out = new PDPageContentStream(doc, page);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes room for {@code height} points, on a new page when this one lacks it. */
  void need(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void space(float points) {
    y -= points;
  }

  float y() {
    return y;
  }

  PDPageContentStream content() {
    return out;
  }

  /**
   * A wrapped paragraph.
   *
   * @param indent left indent of the paragraph's lines after the first (a hanging indent)
   */
  void paragraph(List<Run> runs, float size, float indent, Color color) {
    float leading = size * 1.3f;
    List<Word> words = new ArrayList<>();
    for (Run r : runs) {
      for (String w : r.font().clean(r.text()).split(" +")) {
        if (!w.isEmpty()) {
          words.addAll(fit(new Word(w, r.font(), r.font().width(w, size)), size, WIDTH - indent));
        }
      }
    }
    List<Word> line = new ArrayList<>();
    float used = 0;
    boolean first = true;
    for (Word w : words) {
      float avail = WIDTH - (first ? 0 : indent);
      float space = line.isEmpty() ? 0 : w.font().width(" ", size);
      if (!line.isEmpty() && used + space + w.width() > avail) {
        draw(line, size, first ? 0 : indent, leading, color);
        first = false;
        line.clear();
        used = 0;
        space = 0;
      }
      line.add(w);
      used += space + w.width();
    }
    if (!line.isEmpty()) {
      draw(line, size, first ? 0 : indent, leading, color);
    }
  }

  /** A word as pieces no wider than {@code max}. */
  private static List<Word> fit(Word w, float size, float max) {
    if (w.width() <= max) {
      return List.of(w);
    }
    List<Word> out = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int[] cps = w.text().codePoints().toArray();
    for (int cp : cps) {
      String next = piece.toString() + new String(Character.toChars(cp));
      if (piece.length() > 0 && w.font().width(next, size) > max) {
        String p = piece.toString();
        out.add(new Word(p, w.font(), w.font().width(p, size)));
        piece.setLength(0);
      }
      piece.appendCodePoint(cp);
    }
    String p = piece.toString();
    out.add(new Word(p, w.font(), w.font().width(p, size)));
    return out;
  }

  private void draw(List<Word> line, float size, float indent, float leading, Color color) {
    need(leading);
    y -= leading;
    try {
      float x = MARGIN + indent;
      out.setNonStrokingColor(color);
      for (int i = 0; i < line.size(); i++) {
        Word w = line.get(i);
        if (i > 0) {
          x += w.font().width(" ", size);
        }
        out.beginText();
        out.setFont(w.font().pdf(), size);
        out.newLineAtOffset(x, y);
        out.showText(w.text());
        out.endText();
        x += w.width();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the last page and writes "footer · page n of N" at the foot of every page. */
  void finish(String footer, SafeFont font) {
    try {
      out.close();
      out = null;
      String clean = font.clean(footer);
      for (int i = 0; i < pages.size(); i++) {
        try (PDPageContentStream s =
            new PDPageContentStream(
                doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
          s.setNonStrokingColor(Color.GRAY);
          s.beginText();
          s.setFont(font.pdf(), 8);
          s.newLineAtOffset(MARGIN, 30);
          s.showText(clean + " · page " + (i + 1) + " of " + pages.size());
          s.endText();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
