package org.entente.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNormaliserTest {

  private static final DateNormaliser NORMALISER = DateNormaliser.defaults();

  @ParameterizedTest(name = "{0} @ {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          # text                                      | published  | point      | future     | due        | kind
          on Monday                                   | 2019-06-06 | 2019-06-03 | 2019-06-10 | 2019-06-10 | EXACT
          on Wednesday                                | 1987-03-16 | 1987-03-11 | 1987-03-18 | 1987-03-18 | EXACT
          Monday evening                              | 2013-07-29 | 2013-07-29 | 2013-07-29 | 2013-07-29 | EXACT
          last Friday                                 | 2019-06-06 | 2019-05-31 | 2019-05-31 | 2019-05-31 | EXACT
          next Tuesday                                | 2019-06-06 | 2019-06-11 | 2019-06-11 | 2019-06-11 | EXACT
          this Sunday                                 | 2019-06-06 | 2019-06-09 | 2019-06-09 | 2019-06-09 | EXACT
          in November                                 | 1987-03-03 | 1986-11    | 1987-11    | 1987-11-30 | LATEST
          in May                                      | 1987-03-03 | 1986-05    | 1987-05    | 1987-05-31 | LATEST
          in March                                    | 1987-03-03 | 1987-03    | 1987-03    | 1987-03-31 | LATEST
          later in April                              | 2017-03-24 | 2016-04    | 2017-04    | 2017-04-30 | LATEST
          yesterday                                   | 2019-06-06 | 2019-06-05 | 2019-06-05 | 2019-06-05 | EXACT
          today                                       | 2019-06-06 | 2019-06-06 | 2019-06-06 | 2019-06-06 | EXACT
          tonight                                     | 2019-06-06 | 2019-06-06 | 2019-06-06 | 2019-06-06 | EXACT
          tomorrow                                    | 2019-06-06 | 2019-06-07 | 2019-06-07 | 2019-06-07 | EXACT
          last week                                   | 2019-06-06 | 2019-05-27 | 2019-05-27 | 2019-06-02 | LATEST
          this week                                   | 2014-07-28 | 2014-07-28 | 2014-07-28 | 2014-08-03 | LATEST
          this week                                   | 2019-06-06 | 2019-06-03 | 2019-06-06 | 2019-06-09 | LATEST
          next week                                   | 1987-03-16 | 1987-03-23 | 1987-03-23 | 1987-03-29 | LATEST
          next week                                   | 2020-12-30 | 2021-01-04 | 2021-01-04 | 2021-01-10 | LATEST
          this weekend                                | 2019-08-24 | 2019-08-24 | 2019-08-24 | 2019-08-25 | LATEST
          last month                                  | 2019-01-15 | 2018-12    | 2018-12    | 2018-12-31 | LATEST
          this month                                  | 2024-02-10 | 2024-02    | 2024-02    | 2024-02-29 | LATEST
          later this month                            | 2023-02-10 | 2023-02    | 2023-02    | 2023-02-28 | LATEST
          earlier this month                          | 2019-06-06 | 2019-06    | 2019-06    | 2019-06-30 | LATEST
          at the end of the month                     | 2015-04-20 | 2015-04    | 2015-04    | 2015-04-30 | LATEST
          next month                                  | 1987-03-11 | 1987-04    | 1987-04    | 1987-04-30 | LATEST
          next month                                  | 2019-12-05 | 2020-01    | 2020-01    | 2020-01-31 | LATEST
          next June                                   | 2019-06-06 | 2020-06    | 2020-06    | 2020-06-30 | LATEST
          next November                               | 1987-03-03 | 1987-11    | 1987-11    | 1987-11-30 | LATEST
          last year                                   | 2019-01-15 | 2018       | 2018       | 2018-12-31 | LATEST
          this year                                   | 1987-03-16 | 1987       | 1987       | 1987-12-31 | LATEST
          later this year                             | 2017-08-12 | 2017       | 2017       | 2017-12-31 | LATEST
          Next year                                   | 1987-03-16 | 1988       | 1988       | 1988-12-31 | LATEST
          in 1987                                     | 1987-03-16 | 1987       | 1987       | 1987-12-31 | LATEST
          since 1967                                  | 1987-03-22 | 1967       | 1967       | 1967-12-31 | LATEST
          the 1990 Lisbon summit                      | 2001-01-01 | 1990       | 1990       | 1990-12-31 | LATEST
          in 2026                                     | 2025-01-01 | 2026       | 2026       | 2026-12-31 | LATEST
          by 2030                                     | 2025-01-01 | 2030       | 2030       | 2030-12-31 | LATEST
          October 2024                                | 2024-03-01 | 2024-10    | 2024-10    | 2024-10-31 | LATEST
          before the end of the year                  | 2025-04-16 | 2025-12    | 2025-12    | 2025-12-31 | LATEST
          by the end of June 2024                     | 2024-01-10 | 2024-06    | 2024-06    | 2024-06-30 | LATEST
          by year-end                                 | 2024-01-10 | 2024-12    | 2024-12    | 2024-12-31 | LATEST
          by the end of next year                     | 2024-01-10 | 2025-12    | 2025-12    | 2025-12-31 | LATEST
          by mid-2025                                 | 2024-11-05 | 2025-06    | 2025-06    | 2025-06-30 | LATEST
          in the second half of this year             | 1987-03-31 | 1987       | 1987       | 1987-12-31 | LATEST
          in the first half of 2025                   | 2024-12-01 | 2025       | 2025       | 2025-06-30 | LATEST
          the first half                              | 2024-01-01 | 2024       | 2024       | 2024-06-30 | LATEST
          in the first quarter                        | 2025-02-01 | 2025       | 2025       | 2025-03-31 | LATEST
          in the fourth quarter of 2024               | 2024-02-01 | 2024       | 2024       | 2024-12-31 | LATEST
          within 30 days                              | 2025-04-16 |            | 2025-05-16 | 2025-05-16 | LATEST
          within two weeks                            | 1987-06-18 |            | 1987-07-02 | 1987-07-02 | LATEST
          within a week                               | 2019-06-06 |            | 2019-06-13 | 2019-06-13 | LATEST
          within 24 hours                             | 2019-10-28 |            | 2019-10-29 | 2019-10-29 | LATEST
          over 10 years                               | 2017-05-20 |            | 2027-05-20 | 2027-05-20 | LATEST
          over the next twenty-five years             | 2020-02-29 |            | 2045-02-28 | 2045-02-28 | LATEST
          three days ago                              | 2019-06-06 | 2019-06-03 | 2019-06-03 | 2019-06-03 | LATEST
          April 13-16                                 | 1987-03-06 | 1986-04-13 | 1987-04-13 | 1987-04-16 | EXACT
          March 8-9                                   | 1987-03-16 | 1987-03-08 | 1988-03-08 | 1988-03-09 | EXACT
          March 8 to 10                               | 1987-03-01 | 1986-03-08 | 1987-03-08 | 1987-03-10 | EXACT
          March 30 to April 2                         | 1987-03-01 | 1986-03-30 | 1987-03-30 | 1987-04-02 | EXACT
          8-9 March 2025                              | 2025-01-01 | 2025-03-08 | 2025-03-08 | 2025-03-09 | EXACT
          until January 31                            | 2019-10-28 | 2019-01-31 | 2020-01-31 | 2020-01-31 | LATEST
          on Jan. 15                                  | 2019-12-31 | 2019-01-15 | 2020-01-15 | 2020-01-15 | EXACT
          on Dec. 12                                  | 2019-10-28 | 2018-12-12 | 2019-12-12 | 2019-12-12 | EXACT
          on the 14th                                 | 2019-06-06 | 2019-05-14 | 2019-06-14 | 2019-06-14 | EXACT
          on the 3rd                                  | 2019-06-06 | 2019-06-03 | 2019-07-03 | 2019-07-03 | EXACT
          on the 31st                                 | 2019-06-06 | 2019-05-31 | 2019-07-31 | 2019-07-31 | EXACT
          on 4th                                      | 2024-10-07 | 2024-10-04 | 2024-11-04 | 2024-11-04 | EXACT
          on 4 th                                     | 2024-10-07 | 2024-10-04 | 2024-11-04 | 2024-11-04 | EXACT
          16 April                                    | 2025-04-20 | 2025-04-16 | 2026-04-16 | 2026-04-16 | EXACT
          April 16                                    | 2025-04-10 | 2024-04-16 | 2025-04-16 | 2025-04-16 | EXACT
          Nov 27                                      | 2024-11-01 | 2023-11-27 | 2024-11-27 | 2024-11-27 | EXACT
          Nov. 27                                     | 2024-11-01 | 2023-11-27 | 2024-11-27 | 2024-11-27 | EXACT
          Sept. 3                                     | 2024-09-10 | 2024-09-03 | 2025-09-03 | 2025-09-03 | EXACT
          the 3rd of May                              | 2024-09-10 | 2024-05-03 | 2025-05-03 | 2025-05-03 | EXACT
          16 April 2025                               | 2024-01-01 | 2025-04-16 | 2025-04-16 | 2025-04-16 | EXACT
          'April 16, 2025'                            | 2024-01-01 | 2025-04-16 | 2025-04-16 | 2025-04-16 | EXACT
          'Tuesday, April 15, 2025'                   | 2024-01-01 | 2025-04-15 | 2025-04-15 | 2025-04-15 | EXACT
          'Tuesday (9 May 2023)'                      | 2025-06-12 | 2023-05-09 | 2023-05-09 | 2023-05-09 | EXACT
          'Monday, 4/3/2024'                          | 2025-06-12 | 2024-03-04 | 2024-03-04 | 2024-03-04 | EXACT
          'Friday (11/10/2024)'                       |            | 2024-10-11 | 2024-10-11 | 2024-10-11 | EXACT
          on Tuesday 14 May 2024                      | 2025-06-12 | 2024-05-14 | 2024-05-14 | 2024-05-14 | EXACT
          on Tuesday May 14 2024                      | 2025-06-12 | 2024-05-14 | 2024-05-14 | 2024-05-14 | EXACT
          by the end of March next year               | 2025-06-10 | 2026-03    | 2026-03    | 2026-03-31 | LATEST
          in March of next year                       | 2025-06-10 | 2026-03    | 2026-03    | 2026-03-31 | LATEST
          2024-10-16                                  | 2024-01-01 | 2024-10-16 | 2024-10-16 | 2024-10-16 | EXACT
          16/04/2025                                  | 2024-01-01 | 2025-04-16 | 2025-04-16 | 2025-04-16 | EXACT
          04/16/2025                                  | 2024-01-01 | 2025-04-16 | 2025-04-16 | 2025-04-16 | EXACT
          05/09/2023                                  | 2024-01-01 | 2023-09-05 | 2023-09-05 | 2023-09-05 | EXACT
          'Friday, 05/10/2024'                        | 2025-01-01 | 2024-05-10 | 2024-05-10 | 2024-05-10 | EXACT
          no later than 1 March 2025                  | 2024-01-01 | 2025-03-01 | 2025-03-01 | 2025-03-01 | LATEST
          February 29                                 | 2021-03-01 | 2020-02-29 | 2024-02-29 | 2024-02-29 | EXACT
          'TOKYO, March 2 - Japan said on'            | 1987-03-02 | 1987-03-02 | 1987-03-02 | 1987-03-02 | EXACT
          begins a four-day state visit on Tuesday    | 1987-03-22 | 1987-03-17 | 1987-03-24 | 1987-03-27 | EXACT
          begin Monday evening and continue Tuesday   | 2013-07-29 | 2013-07-29 | 2013-07-29 | 2013-07-30 | EXACT
          in the coming weeks                         | 2020-01-01 |            |            |            | VAGUE
          in the next few days                        | 2020-01-01 |            |            |            | VAGUE
          soon                                        | 2020-01-01 |            |            |            | VAGUE
          shortly                                     | 2020-01-01 |            |            |            | VAGUE
          at a later date                             | 2020-01-01 |            |            |            | VAGUE
          in the not-too-distant future               | 2020-01-01 |            |            |            | VAGUE
          as swiftly as possible                      | 2020-01-01 |            |            |            | VAGUE
          by 15 July                                  |            | XXXX-07-15 | XXXX-07-15 | XXXX-07-15 | LATEST
          before the end of the year                  |            |            |            | XXXX-12-31 | LATEST
          until September                             |            |            |            | XXXX-09-30 | LATEST
          on Monday                                   |            |            |            |            | EXACT
          next week                                   |            |            |            |            | LATEST
          in 2026                                     |            | 2026       | 2026       | 2026-12-31 | LATEST
          """)
  void readsPhraseAgainstPublicationDate(
      String text,
      LocalDate published,
      String point,
      String future,
      String due,
      Deadline.Kind kind) {
    DateMention m =
        DateNormaliser.parse(text, published)
            .orElseThrow(() -> new AssertionError("no date in '" + text + "'"));
    assertEquals(
        String.join(
            " | ", String.valueOf(point), String.valueOf(future), String.valueOf(due), kind.name()),
        String.join(
            " | ",
            String.valueOf(m.pointDate()),
            String.valueOf(m.futureDate()),
            String.valueOf(m.due()),
            m.kind().name()),
        "point | future | due | kind of '" + text + "'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          they may meet again next to the border
          a march on Washington
          March on, the protesters said
          May I ask a question
          Theresa May said the deal was done
          April Ryan asked the president
          the Sunday Times reported
          shipped 1,500 tonnes of grain
          2024 delegates attended the congress
          a crowd of 2000 people gathered
          on February 30 the talks
          'February 29, 2021'
          2021-02-29
          2024-13-45
          the day before
          the 21st century
          the 14th floor of the building
          he came 4th in the race
          in the 1980s
          he spent 10 years in prison
          Marching and Mayday
          """)
  void findsNoDateIn(String text) {
    assertEquals(List.of(), NORMALISER.find(text, LocalDate.of(2020, 1, 1)));
  }

  @Test
  void findsEveryExpressionInOrderWithOffsets() {
    String text =
        "WASHINGTON, March 2 - The ministers met on Monday and agreed to meet again within two"
            + " weeks. Talks held in 1967, 1981 and November will resume by the end of the year.";
    List<DateMention> found = NORMALISER.find(text, LocalDate.of(1987, 3, 4));
    assertEquals(
        List.of(
            "March 2",
            "on Monday",
            "within two weeks",
            "in 1967",
            "1981",
            "November",
            "by the end of the year"),
        found.stream().map(DateMention::text).toList());
    for (DateMention m : found) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
    assertEquals(PartialDate.parse("1987-03-02"), found.get(1).pointDate());
    assertEquals(PartialDate.parse("1986-11"), found.get(5).pointDate());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          # text                                                                  | last mention       | its due
          She flies to Lima on May 12 after a stop in Quito the day before.       | the day before     | 2026-05-11
          The talks open on May 12 and the ministers sign the following day.     | the following day  | 2026-05-13
          The summit ends on June 3; a day later the leaders fly home.            | a day later        | 2026-06-04
          The summit ends on June 3. The day after, the leaders fly home.         | on June 3          | 2026-06-03
          They vote on June 3 and meet the day before the vote.                   | on June 3          | 2026-06-03
          """)
  void readsTheDayBeforeAgainstTheDateNamedBeforeIt(String text, String last, String due) {
    List<DateMention> found = NORMALISER.find(text, LocalDate.of(2026, 3, 1));
    DateMention m = found.get(found.size() - 1);
    assertEquals(last + " | " + due, m.text() + " | " + m.due());
  }

  @Test
  void dateStageReadsAQuotedPostAgainstTheDayItWasPosted() {
    String text =
        "Talks ended on Thursday.\n\nTalks will resume tomorrow. — Jane Roe (@jroe) June 5,"
            + " 2026\n\nThe next round is due tomorrow.";
    org.entente.pipeline.Analysis a =
        new org.entente.pipeline.Analysis(
            new org.entente.model.Document("d", null, LocalDate.of(2026, 6, 8), null, text));
    new DateStage().process(a);
    assertEquals(
        List.of(
            "on Thursday 2026-06-04",
            "tomorrow 2026-06-06",
            "June 5, 2026 2026-06-05",
            "tomorrow 2026-06-09"),
        a.dates().stream().map(d -> d.text() + " " + d.pointDate()).toList());
  }

  @Test
  void numericDatesEndAtClosingPunctuationAndTakeTheirOrderFromTheWeekday() {
    assertEquals(
        List.of("2023-09-13", "2023-04-03", "2023-03-04"),
        NORMALISER
            .find(
                "Talks opened on 13/09/2023. They met on Monday (03/04/2023), and again on"
                    + " Saturday, 03/04/2023.",
                null)
            .stream()
            .map(d -> String.valueOf(d.pointDate()))
            .filter(d -> !d.equals("null"))
            .toList());
    // without a weekday to tell, the day comes first, as everywhere but North America
    assertEquals(
        List.of("2023-04-03"),
        NORMALISER.find("They met on 03/04/2023 in Rome.", null).stream()
            .map(d -> String.valueOf(d.pointDate()))
            .toList());
  }

  @Test
  void aTextWithoutPublicationDateIsReadAgainstItsDateline() {
    org.entente.pipeline.Analysis a =
        new org.entente.pipeline.Analysis(
            new org.entente.model.Document(
                "d",
                null,
                null,
                null,
                "QUITO, Monday (06/04/2026) - The ministers met today and will meet again next"
                    + " month."));
    new ReferenceDateStage().process(a);
    assertEquals(LocalDate.of(2026, 4, 6), a.referenceDate());
    new DateStage().process(a);
    assertEquals(
        List.of("2026-04-06", "2026-04-06", "2026-05-31"),
        a.dates().stream().map(d -> String.valueOf(d.due())).toList());
  }

  @Test
  void dateStageFillsAnalysisWithPublicationDate() {
    org.entente.pipeline.Analysis a =
        new org.entente.pipeline.Analysis(
            new org.entente.model.Document(
                "d", null, LocalDate.of(2014, 7, 28), "Sanctions", "Leaders agreed this week."));
    new DateStage().process(a);
    assertEquals(1, a.dates().size());
    assertEquals(PartialDate.parse("2014-08-03"), a.dates().get(0).due());
    DateMention m = a.dates().get(0);
    assertTrue(a.text().substring(m.start(), m.end()).equals("this week"));
  }
}
