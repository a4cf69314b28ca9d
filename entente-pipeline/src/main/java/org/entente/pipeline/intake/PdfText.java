package org.entente.pipeline.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF through Apache PDFBox, page by page, its layout repaired by {@link
 * LayoutRepair} (running headers, page numbers, hyphenation, paragraphs). A PDF without a text
 * layer (a scan), an encrypted or a damaged one is refused with a reason. Thread-safe.
 */
final class PdfText {

  private PdfText() {}

  /**
   * Collects a page's lines with their baselines, and marks a paragraph break (a blank line) where
   * the gap between two lines is well above the page's usual line spacing.
   */
  private static final class LineCollector extends PDFTextStripper {
    private final List<float[]> ys = new ArrayList<>();
    private final List<StringBuilder> lines = new ArrayList<>();

    LineCollector() throws IOException {
      setSortByPosition(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (positions.isEmpty()) {
        return;
      }
      TextPosition first = positions.get(0);
      float y = first.getYDirAdj();
      float h = first.getHeightDir();
      if (!lines.isEmpty() && Math.abs(ys.get(ys.size() - 1)[0] - y) < Math.max(1f, h / 2)) {
        lines.get(lines.size() - 1).append(' ').append(text);
        return;
      }
      if (lines.isEmpty()) {
        ys.clear();
      }
      ys.add(new float[] {y, h});
      lines.add(new StringBuilder(text));
    }

    /** The page's lines, a blank line where a paragraph ends. */
    List<String> page() {
      List<Float> gaps = new ArrayList<>();
      for (int i = 1; i < ys.size(); i++) {
        gaps.add(ys.get(i)[0] - ys.get(i - 1)[0]);
      }
      List<Float> sorted = new ArrayList<>(gaps);
      sorted.sort(null);
      float usual = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 4);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0 && usual > 0 && gaps.get(i - 1) > usual * 1.5f) {
          out.add("");
        }
        out.add(lines.get(i).toString());
      }
      ys.clear();
      return out;
    }
  }

  /** The text and the title the document's properties give (may be null). */
  record Text(String text, String title) {}

  static Text read(byte[] bytes, int length) throws UnreadableInput {
    byte[] data = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    try (PDDocument pdf = Loader.loadPDF(data)) {
      LineCollector stripper = new LineCollector();
      List<List<String>> pages = new ArrayList<>();
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.lines.clear();
        stripper.getText(pdf);
        pages.add(stripper.page());
      }
      String text = LayoutRepair.repair(pages);
      if (text.isBlank()) {
        throw new UnreadableInput("PDF without a text layer (a scanned image?): no text to read");
      }
      String title = pdf.getDocumentInformation().getTitle();
      return new Text(text, title == null || title.isBlank() ? null : title.strip());
    } catch (InvalidPasswordException e) {
      throw new UnreadableInput("encrypted PDF: cannot read it without its password");
    } catch (IOException | RuntimeException e) {
      throw new UnreadableInput("damaged PDF: " + e.getMessage());
    }
  }
}
