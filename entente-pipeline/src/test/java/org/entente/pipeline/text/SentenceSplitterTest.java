package org.entente.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.Document;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** One fixture per phenomenon: the text, then the sentences expected, in order. */
  static Stream<Arguments> fixtures() {
    return Stream.of(
        fixture(
            "titles and months are no boundary",
            "Mr. Grant met Dr. Olsen in St. Paul on Jan. 5. They talked for an hour.",
            "Mr. Grant met Dr. Olsen in St. Paul on Jan. 5.",
            "They talked for an hour."),
        fixture(
            "country abbreviation before a sentence starter ends the sentence",
            "He moved to the U.S. The next day he flew home.",
            "He moved to the U.S.",
            "The next day he flew home."),
        fixture(
            "country abbreviation before a noun does not",
            "The U.S. Senate voted on the U.K. proposal and the U.N. Security Council agreed.",
            "The U.S. Senate voted on the U.K. proposal and the U.N. Security Council agreed."),
        fixture(
            "initials stay inside the sentence",
            "President George H. W. Ashford received J. Miller and Gen. Col. Lt. Sen. Rep. Gov."
                + " Pres. Holt.",
            "President George H. W. Ashford received J. Miller and Gen. Col. Lt. Sen. Rep. Gov."
                + " Pres. Holt."),
        fixture(
            "clock times split only before a starter",
            "The talks began at 10 a.m. Eastern time and ended at 5 p.m. He said nothing.",
            "The talks began at 10 a.m. Eastern time and ended at 5 p.m.",
            "He said nothing."),
        fixture(
            "company suffix before a starter",
            "Sales at Acme Corp. rose in Sept. and Oct. at Zenith Co. Ltd. vs. last year, etc. But"
                + " profits fell.",
            "Sales at Acme Corp. rose in Sept. and Oct. at Zenith Co. Ltd. vs. last year, etc.",
            "But profits fell."),
        fixture(
            "numbers with periods and commas",
            "Output rose 3.5 pct to 1,500 tonnes in 1987. Exports were 2.25 mln.",
            "Output rose 3.5 pct to 1,500 tonnes in 1987.",
            "Exports were 2.25 mln."),
        fixture(
            "number reference after No.",
            "No. 10 issued a statement on Dec. 3 about Art. 5 of the treaty.",
            "No. 10 issued a statement on Dec. 3 about Art. 5 of the treaty."),
        fixture(
            "URLs and e-mail addresses",
            "The text is at www.example.org/docs/v1.2/index.html for all. Write to"
                + " press.office@ministry.example.org. Replies come quickly.",
            "The text is at www.example.org/docs/v1.2/index.html for all.",
            "Write to press.office@ministry.example.org.",
            "Replies come quickly."),
        fixture(
            "ellipsis before a lower-case word",
            "Well... the talks will go on. Nobody knows for how long.",
            "Well... the talks will go on.",
            "Nobody knows for how long."),
        fixture(
            "question and exclamation runs",
            "Really?! The minister laughed. Why? Nobody asked!",
            "Really?!",
            "The minister laughed.",
            "Why?",
            "Nobody asked!"),
        fixture(
            "closing quote belongs to the sentence it ends",
            "\"We will sign it,\" she said. \"It is done.\" He left. “Fine.” They nodded.",
            "\"We will sign it,\" she said.",
            "\"It is done.\"",
            "He left.",
            "“Fine.”",
            "They nodded."),
        fixture(
            "question inside a quote followed by lower case",
            "\"Why now?\" he asked the envoy.",
            "\"Why now?\" he asked the envoy."),
        fixture(
            "dateline with a dash",
            "RABAT, March 2 - The two ministers met on Tuesday. They signed three accords.",
            "RABAT, March 2 - The two ministers met on Tuesday.",
            "They signed three accords."),
        fixture(
            "agency dateline with a period and a dash",
            "Lima, Nov 27 (EFE).- Chile and Peru agreed to resume talks. Both sides welcomed it.",
            "Lima, Nov 27 (EFE).- Chile and Peru agreed to resume talks.",
            "Both sides welcomed it."),
        fixture(
            "dateline with an en dash",
            "Rabat – Morocco’s foreign minister arrived on Monday. He met officials.",
            "Rabat – Morocco’s foreign minister arrived on Monday.",
            "He met officials."),
        fixture(
            "dateline on a line of its own",
            "TUNIS, April 9\nThe ministers met in the capital on Thursday.",
            "TUNIS, April 9\nThe ministers met in the capital on Thursday."),
        fixture(
            "all-capitals headline without punctuation",
            "MALI AND NIGER SIGN BORDER PACT\n\nNIAMEY, June 3 - Mali and Niger signed a pact.",
            "MALI AND NIGER SIGN BORDER PACT",
            "NIAMEY, June 3 - Mali and Niger signed a pact."),
        fixture(
            "headline followed by a single line break",
            "Ministers agree on water\nThe ministers of both countries agreed on water sharing"
                + " rules on Friday.",
            "Ministers agree on water",
            "The ministers of both countries agreed on water sharing rules on Friday."),
        fixture(
            "paragraph break without a final stop",
            "The first paragraph has no stop\n\nThe second one has.",
            "The first paragraph has no stop",
            "The second one has."),
        fixture(
            "bullet list",
            "The communiqué lists three points:\n- trade\n• energy\n* migration",
            "The communiqué lists three points:",
            "- trade",
            "• energy",
            "* migration"),
        fixture(
            "numbered list",
            "Agenda\n1. Trade and investment\n2. Energy transition",
            "Agenda",
            "1. Trade and investment",
            "2. Energy transition"),
        fixture(
            "hard-wrapped paragraph",
            "The ministers met in Rabat on Monday and agreed to\nexpand trade between their"
                + " two countries.\nThey will meet again in May.",
            "The ministers met in Rabat on Monday and agreed to\nexpand trade between their"
                + " two countries.",
            "They will meet again in May."),
        fixture(
            "hyphenated compounds and apostrophes",
            "The EU-Morocco deal covers Morocco’s ports. It's done.",
            "The EU-Morocco deal covers Morocco’s ports.",
            "It's done."),
        fixture("full-width stops", "中国和俄罗斯签署了协议。双方同意合作！", "中国和俄罗斯签署了协议。", "双方同意合作！"),
        fixture(
            "period inside a ticker or domain without a space",
            "Shares of Gamma Group [GAMM.MI] rose, said Example.Com Inc on Monday.",
            "Shares of Gamma Group [GAMM.MI] rose, said Example.Com Inc on Monday."),
        fixture(
            "paragraphs glued by a page's markup: a stop, no space, a sentence starter",
            "The talks were held in Dakar on May 6.They agreed to meet in June.At the end, the"
                + " two ministers signed the minutes.Both sides were satisfied.",
            "The talks were held in Dakar on May 6.",
            "They agreed to meet in June.",
            "At the end, the two ministers signed the minutes.",
            "Both sides were satisfied."),
        fixture(
            "period before a lower-case word",
            "The file is report.pdf and the site example.com works.",
            "The file is report.pdf and the site example.com works."),
        fixture(
            "windows line ends and blank lines",
            "One.\r\n\r\nTwo words\r\n\r\n\r\nThree.",
            "One.",
            "Two words",
            "Three."),
        fixture("whitespace only", " \n\t\n  "));
  }

  private static Arguments fixture(String phenomenon, String text, String... sentences) {
    return Arguments.of(phenomenon, text, List.of(sentences));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void splitsAsExpected(String phenomenon, String text, List<String> expected) {
    List<Sentence> sentences = SPLITTER.split(text);

    assertThat(sentences).extracting(s -> s.text(text)).containsExactlyElementsOf(expected);
    for (Sentence s : sentences) {
      assertThat(s.tokens()).isNotEmpty();
      assertThat(s.tokens().get(0).start()).isEqualTo(s.start());
      assertThat(s.tokens().get(s.tokens().size() - 1).end()).isEqualTo(s.end());
    }
  }

  @Test
  void titleOfTheDocumentIsItsOwnSentenceAndDatelineStartsTheFirst() {
    Document document =
        new Document(
            "d1",
            null,
            LocalDate.of(2024, 3, 2),
            "Ministers meet in Rabat",
            "RABAT, March 2 - The ministers met. They agreed.");
    Pipeline pipeline = Pipeline.builder().add(SPLITTER).build();

    List<Sentence> sentences = pipeline.analyse(document).sentences();

    assertThat(sentences)
        .extracting(s -> s.text(document.fullText()))
        .containsExactly(
            "Ministers meet in Rabat", "RABAT, March 2 - The ministers met.", "They agreed.");
  }

  @Test
  void cutsSentencesLongerThanTheLimitAtACommaWhenOneIsNear() {
    String clause = "the parties agreed to continue their talks on trade and energy, ";
    String text = clause.repeat(100) + "and they left.";

    List<Sentence> sentences = SPLITTER.split(text);

    assertThat(sentences).hasSizeGreaterThan(1);
    assertThat(sentences)
        .allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(2000));
    assertThat(sentences.subList(0, sentences.size() - 1))
        .allSatisfy(s -> assertThat(s.text(text)).endsWith(","));
    assertThat(sentences.get(0).start()).isZero();
    assertThat(sentences.get(sentences.size() - 1).end()).isEqualTo(text.length());
  }

  @Test
  void cutsARunWithoutSpacesIntoBoundedSentences() {
    String text = "x".repeat(1_000_000);

    List<Sentence> sentences = SPLITTER.split(text);

    assertThat(sentences)
        .allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(2000));
    assertThat(sentences.stream().mapToInt(s -> s.end() - s.start()).sum())
        .isEqualTo(text.length());
  }

  @Test
  void fillsTheSentencesOfTheAnalysis() {
    Document document = new Document("d2", null, null, null, "One. Two.");

    List<Sentence> sentences =
        Pipeline.builder().add(SPLITTER).build().analyse(document).sentences();

    assertThat(sentences).hasSize(2);
  }
}
