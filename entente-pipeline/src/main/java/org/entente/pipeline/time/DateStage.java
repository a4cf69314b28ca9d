package org.entente.pipeline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.entente.model.PartialDate;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * Finds the time expressions of a document and adds them to {@link Analysis#dates()}, read against
 * the document's publication date — or, in a paragraph that quotes a dated post ("… — Jane Roe
 * (@jroe) June 5, 2019"), against the day of the post. Needs only the repaired text; final,
 * immutable, thread-safe.
 */
public final class DateStage implements Stage {

  /** How far before its date a post's signature may begin, in characters. */
  private static final int SIGNATURE_REACH = 120;

  private final DateNormaliser normaliser;

  /** A stage with the default word lists. */
  public DateStage() {
    this(DateNormaliser.defaults());
  }

  public DateStage(DateNormaliser normaliser) {
    this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
  }

  @Override
  public void process(Analysis analysis) {
    String text = analysis.text();
    List<DateMention> all = new ArrayList<>(normaliser.find(text, analysis.referenceDate()));
    int ps = 0;
    while (ps < text.length()) {
      int pe = text.indexOf('\n', ps);
      pe = pe < 0 ? text.length() : pe;
      PartialDate posted = postedOn(text, ps, pe, all);
      if (posted != null) {
        redate(all, text, ps, pe, posted.toLocalDate());
      }
      ps = pe + 1;
    }
    analysis.dates().addAll(all);
  }

  /**
   * The date of a quoted post that signs off its paragraph — "… — Jane Roe (@jroe) June 5, 2019" —
   * or null: a full date ends the paragraph, after a handle in brackets and a dash.
   */
  private static PartialDate postedOn(String text, int ps, int pe, List<DateMention> all) {
    DateMention last = null;
    for (DateMention d : all) {
      if (d.start() >= ps && d.end() <= pe) {
        last = d;
      }
    }
    if (last == null
        || last.pointDate() == null
        || !last.pointDate().isComplete()
        || !text.substring(last.end(), pe).isBlank()) {
      return null;
    }
    String before = text.substring(Math.max(ps, last.start() - SIGNATURE_REACH), last.start());
    int handle = before.lastIndexOf("(@");
    int dash = Math.max(before.lastIndexOf('—'), before.lastIndexOf(" - "));
    return handle > 0 && dash >= 0 && dash < handle && before.strip().endsWith(")")
        ? last.pointDate()
        : null;
  }

  /** Reads the expressions of paragraph {@code [ps, pe)} against the day it was posted. */
  private void redate(List<DateMention> all, String text, int ps, int pe, LocalDate posted) {
    all.removeIf(d -> d.start() >= ps && d.end() <= pe);
    for (DateMention d : normaliser.find(text.substring(ps, pe), posted)) {
      all.add(
          new DateMention(
              d.start() + ps,
              d.end() + ps,
              d.text(),
              d.pointDate(),
              d.futureDate(),
              d.due(),
              d.kind()));
    }
    all.sort(Comparator.comparingInt(DateMention::start));
  }
}
