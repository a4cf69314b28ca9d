package org.entente.pipeline.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Document;
import org.entente.model.Meeting;
import org.entente.model.Span;
import org.entente.model.Topic;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicClassifierTest {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final TopicClassifier CLASSIFIER = new TopicClassifier();

  /**
   * Each text's first sentence reports a meeting (the gate is open); the expected topics are
   * separated by spaces.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The two ministers met in Rabat on Monday. They discussed migration and border security. | migration security
          The leaders held talks on trade and tariffs. | trade
          The ministers met. They agreed to cooperate on counter-terrorism and cyber-security. | counter_terrorism cyber security
          The presidents met. They discussed the war, a ceasefire and humanitarian relief for civilians. | conflict humanitarian
          The envoys met on Friday. Talks focused on uranium enrichment and the nuclear programme. | nuclear
          The ministers met. Their talks covered oil prices and gas pipelines. | energy
          The minister met his counterpart. The weather was fine and the hotel served fish. |
          The ministers met for talks at the summit. They held a second round of negotiations and a dialogue. |
          The ministers met. They discussed the tariff war and a trade war that hurt exports. | trade
          The ministers met. Economists said economic sanctions were discussed. |
          The ministers met for a round of political consultations. | diplomacy
          The ministers met for their strategic dialogue. They discussed their comprehensive partnership. | diplomacy
          The ministers met. They discussed bilateral trade and bilateral investment. | trade investment
          """)
  void labelsTopicsThatThePartiesDiscussed(String text, String expected) {
    assertThat(labels(classify(text, true))).isEqualTo(set(expected));
  }

  @Test
  void countsACueOutsideEventSentencesForLess() {
    // "trade" once in a background sentence scores BACKGROUND, below the threshold.
    String text = "The ministers met on Monday. Trade between the countries has grown for years.";
    assertThat(classify(text, true)).doesNotContain(Topic.TRADE);
  }

  @Test
  void givesNoTopicsToADocumentWithoutEvents() {
    String text = "The ambassador discussed trade, security and migration in an interview.";
    assertThat(classify(text, false)).isEmpty();
  }

  @Test
  void letsABlockerHideTheShorterCueInsideIt() {
    String text = "The ministers met. They discussed the Security Council resolution.";
    assertThat(classify(text, true)).doesNotContain(Topic.SECURITY);
  }

  @Test
  void doesNotReadImportantAsImports() {
    String text = "The ministers met. They discussed important questions.";
    assertThat(classify(text, true)).doesNotContain(Topic.TRADE);
  }

  @Test
  void failsOnAnUnknownTopicLabelNamingFileAndLine() {
    assertThatThrownBy(() -> TopicLexicon.load(getClass(), "unknown-topic.tsv", "discussion.tsv"))
        .hasMessageContaining("unknown-topic.tsv:3")
        .hasMessageContaining("trading");
  }

  @ParameterizedTest
  @CsvSource({"bad-weight.tsv, much", "upper-case-cue.tsv, Trade", "short-stem.tsv, fr*"})
  void failsOnAMalformedLineNamingFileAndValue(String file, String value) {
    assertThatThrownBy(() -> TopicLexicon.load(getClass(), file, "discussion.tsv"))
        .hasMessageContaining(file + ":1")
        .hasMessageContaining(value);
  }

  @Test
  void loadsTheBundledLexicon() {
    assertThat(TopicLexicon.defaults().topics().find(List.of("tariffs"))).hasSize(1);
  }

  private static Set<Topic> classify(String text, boolean withMeeting) {
    Analysis a = new Analysis(new Document("t", null, null, null, text));
    SPLITTER.process(a);
    if (withMeeting) {
      var first = a.sentences().get(0);
      a.meetings()
          .add(
              new Meeting(
                  List.of("FRA", "MAR"),
                  Meeting.Mode.IN_PERSON,
                  "meeting",
                  null,
                  null,
                  null,
                  null,
                  List.of(new Span(first.start(), first.end()))));
    }
    return CLASSIFIER.classify(a);
  }

  private static Set<String> labels(Set<Topic> topics) {
    Set<String> out = new TreeSet<>();
    topics.forEach(t -> out.add(t.label()));
    return out;
  }

  private static Set<String> set(String spaced) {
    Set<String> out = new TreeSet<>();
    if (spaced != null) {
      for (String s : spaced.trim().split(" +")) {
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
