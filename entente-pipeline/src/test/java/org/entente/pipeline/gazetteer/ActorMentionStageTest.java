package org.entente.pipeline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.ActorMention.How;
import org.entente.model.Document;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorMentionStageTest {

  private static final ActorMentionStage STAGE = new ActorMentionStage();

  private static Analysis run(String title, String body, LocalDate published) {
    Analysis a = new Analysis(new Document("t", null, published, title, body));
    STAGE.process(a);
    return a;
  }

  @Test
  void addsMentionsCodedAsOfThePublicationDate() {
    Analysis a =
        run("KREMLIN TALKS", "The Kremlin received EC officials.", LocalDate.of(1987, 4, 1));
    assertThat(a.actors())
        .containsExactly(
            new ActorMention("SUN", ActorKind.STATE, How.CAPITAL, new Span(0, 7)),
            new ActorMention("SUN", ActorKind.STATE, How.CAPITAL, new Span(19, 26)),
            new ActorMention("EC", ActorKind.ORGANISATION, How.ACRONYM, new Span(36, 38)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "\u0000\u0001\uFFFD\uD800",
        "ÃƒÂ© mojibake Ã©tats-Unis",
        "Москва и Пекин, 東京",
        "A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A",
      })
  void keepsSpansInBoundsOnOddInput(String body) {
    Analysis a = run(null, body + " France", null);
    List<ActorMention> actors = a.actors();
    assertThat(actors).extracting(ActorMention::code).containsExactly("FRA");
    for (ActorMention m : actors) {
      assertThat(m.span().end()).isLessThanOrEqualTo(a.text().length());
    }
    assertThat(run(null, body + " France", null).actors()).isEqualTo(actors);
  }
}
