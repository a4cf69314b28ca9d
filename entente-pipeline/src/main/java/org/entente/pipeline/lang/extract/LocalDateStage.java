package org.entente.pipeline.lang.extract;

import java.util.Objects;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.lang.Folding;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.time.LocalisedDates;
import org.entente.pipeline.time.ReferenceDateStage;

/**
 * Finds the time expressions of a text in the lexicon's language and adds them to {@link
 * Analysis#dates()}, read against the publication date as English ones are ({@link
 * LocalisedDates}). Immutable and thread-safe.
 */
public final class LocalDateStage implements Stage {

  private final LocalisedDates dates;

  public LocalDateStage(Lexicon lexicon) {
    this.dates = new LocalisedDates(Objects.requireNonNull(lexicon, "lexicon")::dateWords);
  }

  @Override
  public void process(Analysis analysis) {
    String text = analysis.text();
    analysis.dates().addAll(dates.find(text, Folding.fold(text), analysis.referenceDate()));
  }

  /** The stage that gives an undated text its dateline's day, in {@code lexicon}'s language. */
  public static ReferenceDateStage reference(Lexicon lexicon) {
    LocalisedDates dates =
        new LocalisedDates(Objects.requireNonNull(lexicon, "lexicon")::dateWords);
    return new ReferenceDateStage(head -> dates.find(head, Folding.fold(head), null));
  }

  @Override
  public String name() {
    return "DateStage";
  }
}
