package org.entente.store.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.store.Ledger;
import org.entente.store.Queries;
import org.entente.store.Views;
import org.entente.store.evidence.Quotes;
import org.entente.store.scorecard.Scorecards;

/**
 * Builds relationship briefs from the ledger.
 *
 * <pre>{@code
 * Brief b = new Briefs(ledger).of("EU", "MAR", LocalDate.of(2026, 1, 20), LocalDate.of(2025, 12, 1));
 * String md = BriefMarkdown.write(b);
 * }</pre>
 *
 * <p>The sections come in reading order — what changed since the last brief, agreements,
 * mechanisms, recent meetings, open commitments, who is who, topics over time, the scorecard of the
 * twelve months to the brief's day — and the citations are numbered in that order. Not thread-safe
 * (uses the ledger's connection).
 */
public final class Briefs {

  /** Officials read per side before choosing the current office-holders. */
  static final int CANDIDATE_OFFICIALS = 50;

  private final Ledger ledger;
  private final SectionTexts texts = SectionTexts.defaults();

  public Briefs(Ledger ledger) {
    this.ledger = ledger;
  }

  /**
   * The brief of {@code a} and {@code b} as of {@code asOf}, reporting changes after {@code since}.
   *
   * @throws IllegalArgumentException when {@code since} is after {@code asOf} or a equals b
   */
  public Brief of(String a, String b, LocalDate asOf, LocalDate since) {
    return build(a, b, asOf, since, null);
  }

  /**
   * The brief of {@code a} and {@code b} as of {@code asOf}, reporting what changed since the last
   * brief of the pair issued for that day or before ({@link BriefLog}); without one, the changes
   * reported after {@code firstSince}. Records nothing: {@link BriefLog#record} does.
   *
   * @throws IllegalArgumentException when {@code firstSince} is after {@code asOf} or a equals b
   */
  public Brief sinceLastBrief(String a, String b, LocalDate asOf, LocalDate firstSince) {
    Optional<BriefLog.Issued> last = new BriefLog(ledger).last(a, b, asOf);
    return last.isPresent()
        ? build(a, b, asOf, last.get().asOf(), last.get())
        : build(a, b, asOf, firstSince, null);
  }

  /**
   * The brief {@code issued} again, built from the ledger as it stands now: as of its day, its
   * changes measured as when it was issued (against the brief before it, {@link
   * BriefLog#previousOf}, else from its {@code since}). Records nothing.
   */
  public Brief reopen(BriefLog.Issued issued) {
    Optional<BriefLog.Issued> previous = new BriefLog(ledger).previousOf(issued);
    return build(issued.a(), issued.b(), issued.asOf(), issued.since(), previous.orElse(null));
  }

  private Brief build(
      String a, String b, LocalDate asOf, LocalDate since, BriefLog.Issued previous) {
    if (since.isAfter(asOf)) {
      throw new IllegalArgumentException(
          "since (" + since + ") is after the brief's day (" + asOf + ")");
    }
    if (a.equals(b)) {
      throw new IllegalArgumentException("a brief needs two different actors: " + a);
    }
    Queries queries = ledger.queries();
    Views.Dossier d = queries.dossier(a, b, asOf, CANDIDATE_OFFICIALS);
    List<Views.LedgerRecord> records = new ArrayList<>();
    records.addAll(d.agreements());
    records.addAll(d.meetings());
    d.commitments().values().forEach(records::addAll);
    Quotes quotes = new Quotes(ledger.db());
    quotes.loadSources(records);
    Citations cites = new Citations(quotes);
    Map<Long, Views.LedgerRecord> meetings = new HashMap<>();
    d.meetings().forEach(m -> meetings.put(m.id(), m));

    LocalDate from = asOf.minusYears(1).plusDays(1);
    Map<String, String> values =
        Map.of("since", Wording.day(since), "from", Wording.day(from), "to", Wording.day(asOf));
    List<Section> sections = new ArrayList<>();
    if (previous == null) {
      sections.add(section("changes", ChangeSection.of(records, since, cites), values));
    } else {
      // the same section, worded for a comparison with the last brief
      Section s =
          section(
              "changes-since-brief",
              BriefChanges.of(
                  records,
                  new BriefLog(ledger).shown(previous.id()),
                  id -> queries.record(id, asOf),
                  cites),
              values);
      sections.add(new Section("changes", s.heading(), s.statements(), s.none(), s.more()));
    }
    sections.add(section("agreements", RecordSections.agreements(d, cites), values));
    sections.add(section("mechanisms", MechanismSection.of(d, meetings, queries, cites), values));
    sections.add(section("meetings", RecordSections.meetings(d, cites), values));
    sections.add(section("commitments", RecordSections.openCommitments(d, cites), values));
    sections.add(section("people", PeopleSection.of(d, ledger.db(), cites), values));
    TopicSection.Result topics = TopicSection.of(ledger.db(), a, b, asOf, cites);
    sections.add(section("topics", topics.statements(), values));
    sections.add(
        section(
            "scorecard",
            ScorecardSection.of(new Scorecards(ledger).of(a, b, from, asOf), cites),
            values));
    return new Brief(
        d.a(),
        d.b(),
        asOf,
        since,
        sections,
        topics.chart(),
        cites.all(),
        previous,
        BriefLog.shownOf(records));
  }

  private Section section(String key, List<Statement> s, Map<String, String> values) {
    return texts.section(key, s, values);
  }

  private Section section(String key, Capped lines, Map<String, String> values) {
    return texts.section(key, lines, values);
  }
}
