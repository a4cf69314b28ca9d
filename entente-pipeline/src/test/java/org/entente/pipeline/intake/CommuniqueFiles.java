package org.entente.pipeline.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Entities;

/**
 * Writes a plain-text communiqué (title line, blank line, paragraphs separated by blank lines) as a
 * PDF laid out as ministries publish them (narrow lines, words hyphenated across line ends, a
 * running header and a page number on every page, several pages), as a Word document with a page
 * header, and as an OpenDocument text.
 */
final class CommuniqueFiles {

  static final int LINE_CHARS = 60;
  static final int LINES_PER_PAGE = 14;

  private CommuniqueFiles() {}

  static List<String> paragraphs(String plain) {
    List<String> out = new ArrayList<>();
    for (String p : plain.strip().split("\n\n")) {
      out.add(p.strip().replace('\n', ' '));
    }
    return out;
  }

  /** The lines of a paragraph, at most {@link #LINE_CHARS} long, long words hyphenated. */
  static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      int room = LINE_CHARS - line.length() - (line.length() > 0 ? 1 : 0);
      if (word.length() <= room) {
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
        continue;
      }
      if (word.length() >= 8 && room >= 5 && word.chars().allMatch(Character::isLetter)) {
        int cut = Math.min(room - 1, word.length() - 3);
        line.append(line.length() > 0 ? " " : "").append(word, 0, cut).append('-');
        lines.add(line.toString());
        line = new StringBuilder(word.substring(cut));
      } else {
        lines.add(line.toString());
        line = new StringBuilder(word);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static void pdf(String plain, Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String p : paragraphs(plain)) {
      lines.addAll(wrap(p));
      lines.add("");
    }
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument()) {
      int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(72, 750);
          cs.showText("Council of the European Union - Press release");
          cs.setFont(font, 11);
          cs.newLineAtOffset(0, -40);
          for (String l :
              lines.subList(p * LINES_PER_PAGE, Math.min(lines.size(), (p + 1) * LINES_PER_PAGE))) {
            cs.showText(l);
            cs.newLineAtOffset(0, -16);
          }
          cs.endText();
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(300, 40);
          cs.showText("Page " + (p + 1) + " of " + pages);
          cs.endText();
        }
      }
      doc.save(out.toFile());
    }
  }

  static void docx(String plain, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream os = Files.newOutputStream(out)) {
      doc.createHeader(HeaderFooterType.DEFAULT)
          .createParagraph()
          .createRun()
          .setText("Council of the European Union - Press release");
      for (String p : paragraphs(plain)) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(os);
    }
  }

  static void odt(String plain, Path out) throws IOException {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<office:document-content")
        .append(" xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
        .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"")
        .append(" office:version=\"1.2\"><office:body><office:text>");
    boolean first = true;
    for (String p : paragraphs(plain)) {
      String tag = first ? "text:h" : "text:p";
      String escaped = Entities.escape(p).replace("  ", " <text:s/>");
      xml.append('<').append(tag).append('>').append(escaped).append("</").append(tag).append('>');
      first = false;
    }
    xml.append("</office:text></office:body></office:document-content>");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      ZipEntry mime = new ZipEntry("mimetype");
      zip.putNextEntry(mime);
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }
}
