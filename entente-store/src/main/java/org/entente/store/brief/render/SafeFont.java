package org.entente.store.brief.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A PDF font that never fails on text: characters it has no glyph for become "?", control
 * characters become spaces. The text font is Liberation Sans, which PDFBox bundles (Latin, Greek,
 * Cyrillic), embedded as a subset; headings use Helvetica Bold. Not thread-safe (caches per code
 * point); one per document.
 */
final class SafeFont {

  private static final String LIBERATION =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final PDFont font;
  private final Map<Integer, Boolean> encodable = new HashMap<>();

  private SafeFont(PDFont font) {
    this.font = font;
  }

  /**
   * The parsed font file, read once: parsing 400 kB of TrueType per document cost more than the
   * rest of a brief. A {@link TrueTypeFont} is not thread-safe, so documents using it are written
   * under {@link #LOCK}.
   */
  private static TrueTypeFont parsed;

  /** Held while a document using the shared font file is built and saved. */
  static final Object LOCK = new Object();

  private static TrueTypeFont liberation() throws IOException {
    if (parsed == null) {
      try (InputStream in = PDDocument.class.getResourceAsStream(LIBERATION)) {
        if (in == null) {
          throw new IllegalStateException("PDFBox's bundled font is missing: " + LIBERATION);
        }
        parsed = new TTFParser().parse(new RandomAccessReadBuffer(in));
      }
    }
    return parsed;
  }

  /** The Unicode text font, embedded in {@code doc} as a subset; call holding {@link #LOCK}. */
  static SafeFont text(PDDocument doc) {
    try {
      return new SafeFont(PDType0Font.load(doc, liberation(), true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The heading font (WinAnsi only; anything else is replaced). */
  static SafeFont bold() {
    return new SafeFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
  }

  PDFont pdf() {
    return font;
  }

  /** {@code s} with every character the font can show, the others replaced. */
  String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                b.append(' ');
              } else if (Character.getType(cp) == Character.FORMAT) {
                // zero-width and direction marks: nothing to draw
              } else if (encodable.computeIfAbsent(cp, this::canEncode)) {
                b.appendCodePoint(cp);
              } else {
                b.append('?');
              }
            });
    return b.toString();
  }

  private boolean canEncode(int cp) {
    try {
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IllegalArgumentException | IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** The width of cleaned text at {@code size} points. */
  float width(String cleaned, float size) {
    try {
      return font.getStringWidth(cleaned) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
