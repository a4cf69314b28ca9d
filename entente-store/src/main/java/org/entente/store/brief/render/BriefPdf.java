package org.entente.store.brief.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.entente.store.brief.Brief;
import org.entente.store.brief.Citation;
import org.entente.store.brief.Section;
import org.entente.store.brief.Statement;
import org.entente.store.brief.TopicChart;

/**
 * A brief as an A4 PDF (Apache PDFBox): the sections and statements with their citation marks, the
 * topic chart drawn as bars, the numbered sources, page numbers. Text is in the Unicode font PDFBox
 * bundles; characters it lacks are replaced ({@link SafeFont}). Stateless.
 */
public final class BriefPdf {

  private static final Color INK = new Color(0x1d, 0x1d, 0x1d);
  private static final Color BLUE = new Color(0x24, 0x47, 0x6b);
  private static final Color GREY = new Color(0x55, 0x55, 0x55);
  private static final Color BAR = new Color(0x3b, 0x6e, 0xa5);

  private BriefPdf() {}

  /** The brief as PDF bytes. Thread-safe: PDFs are written one at a time (shared font file). */
  public static byte[] write(Brief b) {
    synchronized (SafeFont.LOCK) {
      return writeLocked(b);
    }
  }

  private static byte[] writeLocked(Brief b) {
    try (PDDocument doc = new PDDocument()) {
      SafeFont text = SafeFont.text(doc);
      SafeFont bold = SafeFont.bold();
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(text.clean("Relationship brief: " + b.title() + ", " + b.asOf()));
      info.setCreator("Entente");
      try (PdfLayout p = new PdfLayout(doc)) {
        p.paragraph(List.of(new PdfLayout.Run("RELATIONSHIP BRIEF", bold)), 9, 0, BLUE);
        p.paragraph(List.of(new PdfLayout.Run(b.title(), text)), 18, 0, INK);
        p.paragraph(
            List.of(
                new PdfLayout.Run(
                    b.a().code()
                        + "–"
                        + b.b().code()
                        + " · as of "
                        + b.asOf()
                        + (b.previous() == null
                            ? " · changes since "
                            : " · changes since the last brief, as of ")
                        + b.since()
                        + " · every statement cites its sources, listed at the end",
                    text)),
            9,
            0,
            GREY);
        for (Section s : b.sections()) {
          section(p, b, s, text, bold);
        }
        heading(p, "Sources", bold);
        for (Citation c : b.citations()) {
          p.paragraph(
              List.of(
                  new PdfLayout.Run("[" + c.number() + "] ", bold),
                  new PdfLayout.Run(
                      Citing.origin(c) + " — " + c.title() + ": “" + c.text() + "”", text)),
              7.5f,
              14,
              INK);
          p.space(1);
        }
        p.finish("Entente brief " + b.a().code() + "–" + b.b().code() + " as of " + b.asOf(), text);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void heading(PdfLayout p, String title, SafeFont bold) {
    p.need(40);
    p.space(8);
    p.paragraph(List.of(new PdfLayout.Run(title, bold)), 11.5f, 0, BLUE);
    p.space(2);
  }

  private static void section(PdfLayout p, Brief b, Section s, SafeFont text, SafeFont bold) {
    heading(p, s.heading(), bold);
    if (s.key().equals("topics")) {
      chart(p, b.topics(), text);
    }
    if (s.statements().isEmpty()) {
      p.paragraph(List.of(new PdfLayout.Run(s.none(), text)), 9.5f, 0, GREY);
    }
    for (Statement st : s.statements()) {
      String marks = Citing.marks(st.cites());
      p.paragraph(
          st.lead() == null
              ? List.of(new PdfLayout.Run(st.text() + " " + marks, text))
              : List.of(
                  new PdfLayout.Run(st.lead() + " ·", bold),
                  new PdfLayout.Run(st.text() + " " + marks, text)),
          9.5f,
          12,
          INK);
      p.space(1.5f);
    }
    if (s.moreText() != null) {
      p.paragraph(List.of(new PdfLayout.Run(s.moreText(), text)), 9.5f, 0, GREY);
    }
  }

  /** Bars per topic and year, as the HTML chart draws them. */
  private static void chart(PdfLayout p, TopicChart chart, SafeFont text) {
    if (chart.series().isEmpty() || chart.years().isEmpty()) {
      return;
    }
    float row = 18;
    float label = 120;
    float height = chart.series().size() * row + 14;
    p.need(height + 6);
    float top = p.y() - 4;
    int years = chart.years().size();
    float col = (PdfLayout.WIDTH - label) / years;
    float bar = Math.min(20, col * 0.6f);
    int max = Math.max(1, chart.max());
    PDPageContentStream s = p.content();
    try {
      for (int i = 0; i < chart.series().size(); i++) {
        TopicChart.Series t = chart.series().get(i);
        float base = top - (i + 1) * row;
        s.setNonStrokingColor(INK);
        s.beginText();
        s.setFont(text.pdf(), 8.5f);
        s.newLineAtOffset(PdfLayout.MARGIN, base + 3);
        s.showText(text.clean(t.topic().replace('_', ' ')));
        s.endText();
        s.setNonStrokingColor(BAR);
        for (int y = 0; y < years; y++) {
          int c = t.counts().get(y);
          if (c > 0) {
            float h = (row - 5) * c / max;
            s.addRect(PdfLayout.MARGIN + label + y * col + (col - bar) / 2, base, bar, h);
          }
        }
        s.fill();
      }
      s.setNonStrokingColor(GREY);
      float axis = top - chart.series().size() * row - 10;
      for (int y = 0; y < years; y++) {
        String year = text.clean(chart.years().get(y));
        float w = text.width(year, 7.5f);
        s.beginText();
        s.setFont(text.pdf(), 7.5f);
        s.newLineAtOffset(PdfLayout.MARGIN + label + y * col + (col - w) / 2, axis);
        s.showText(year);
        s.endText();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.space(height + 6);
  }
}
