package org.entente.pipeline.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The text of word-processor files: Word ({@code .docx}, through Apache POI) and OpenDocument
 * ({@code .odt}, its {@code content.xml}): one paragraph of the body a paragraph of text, separated
 * by a blank line; table cells as paragraphs; page headers and footers, which live apart from the
 * body in both formats, are left out. Thread-safe.
 */
final class OfficeText {

  private OfficeText() {}

  static String docx(byte[] bytes, int length) throws UnreadableInput {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes, 0, length))) {
      List<String> paragraphs = new ArrayList<>();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          add(paragraphs, p.getText());
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              add(paragraphs, cell.getText());
            }
          }
        }
      }
      return nonEmpty(paragraphs, "Word document");
    } catch (IOException | RuntimeException e) {
      throw new UnreadableInput("damaged Word document: " + e.getMessage());
    }
  }

  static String odt(byte[] bytes, int length, long maxBytes) throws UnreadableInput {
    byte[] content = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes, 0, length))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          content = readBounded(zip, maxBytes);
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableInput("damaged OpenDocument file: " + e.getMessage());
    }
    if (content == null) {
      throw new UnreadableInput("OpenDocument file without content.xml");
    }
    org.jsoup.nodes.Document xml =
        Jsoup.parse(new String(content, StandardCharsets.UTF_8), "", Parser.xmlParser());
    xml.select("text|s").forEach(s -> s.replaceWith(new org.jsoup.nodes.TextNode(" ")));
    xml.select("text|tab").forEach(s -> s.replaceWith(new org.jsoup.nodes.TextNode(" ")));
    xml.select("text|line-break").forEach(s -> s.replaceWith(new org.jsoup.nodes.TextNode(" ")));
    List<String> paragraphs = new ArrayList<>();
    for (Element p : xml.select("text|p, text|h")) {
      if (p.parents().stream().noneMatch(a -> a.tagName().matches("text:(p|h)"))) {
        add(paragraphs, p.text());
      }
    }
    return nonEmpty(paragraphs, "OpenDocument file");
  }

  private static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
    byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, maxBytes + 1));
    if (b.length > maxBytes) {
      throw new IOException("content larger than " + maxBytes + " bytes");
    }
    return b;
  }

  private static void add(List<String> paragraphs, String text) {
    if (text != null) {
      String t = text.replace('\u00A0', ' ').replaceAll("[ \\t\\r\\n]+", " ").strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
  }

  private static String nonEmpty(List<String> paragraphs, String what) throws UnreadableInput {
    if (paragraphs.isEmpty()) {
      throw new UnreadableInput(what + " without text");
    }
    return String.join("\n\n", paragraphs);
  }
}
