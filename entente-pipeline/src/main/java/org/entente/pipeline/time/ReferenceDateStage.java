package org.entente.pipeline.time;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.entente.model.PartialDate;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * Gives a text without a publication date the day its dateline names, so that "today" and "on
 * Tuesday" are read against it: the first full date (day, month and year) in the opening lines, as
 * in "CITY, Tuesday (14/03/2023) – …" or "Issued on 2 May 2024". A text with a publication date
 * keeps it. Final, immutable, thread-safe.
 */
public final class ReferenceDateStage implements Stage {

  /** How far into the text a dateline may reach, in characters. */
  private static final int DATELINE_REACH = 400;

  /** How many lines a dateline may take (title, byline, place and day). */
  private static final int DATELINE_LINES = 4;

  private final Function<String, List<DateMention>> finder;

  /** Reads English datelines. */
  public ReferenceDateStage() {
    this(DateNormaliser.defaults());
  }

  public ReferenceDateStage(DateNormaliser normaliser) {
    Objects.requireNonNull(normaliser, "normaliser");
    this.finder = head -> normaliser.find(head, null);
  }

  /**
   * Reads datelines in another language: {@code finder} gives the time expressions of a text's
   * opening lines, read against no reference ("RABAT, 14 mars 2025 –", "LIMA, 3 de julio").
   */
  public ReferenceDateStage(Function<String, List<DateMention>> finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  @Override
  public void process(Analysis analysis) {
    if (analysis.document().published() != null) {
      return;
    }
    String head = head(analysis.text());
    for (DateMention d : finder.apply(head)) {
      PartialDate p = d.pointDate();
      if (p != null && p.isComplete()) {
        analysis.setInferredReference(p.toLocalDate());
        return;
      }
    }
  }

  private static String head(String text) {
    int end = 0;
    for (int line = 0; line < DATELINE_LINES && end < text.length(); line++) {
      int nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length() : nl + 1;
    }
    return text.substring(0, Math.min(Math.max(end, 0), Math.min(text.length(), DATELINE_REACH)));
  }
}
