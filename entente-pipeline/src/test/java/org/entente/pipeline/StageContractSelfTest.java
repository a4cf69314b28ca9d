package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Document;
import org.entente.model.Span;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.text.Token;
import org.junit.jupiter.api.Test;

/** The contract harness catches what it promises to catch. */
class StageContractSelfTest {

  private static final Document DOCUMENT = new Document("d", null, null, null, "Rabat.");

  private static void check(Stage stage) {
    StageContract.assertContract(Pipeline.builder().add(stage).build(), DOCUMENT);
  }

  @Test
  void passesAWellBehavedStage() {
    assertThatCode(() -> check(a -> a.setSentences(List.of(new Sentence(0, 6, List.of())))))
        .doesNotThrowAnyException();
  }

  @Test
  void catchesAnExceptionFromAStage() {
    assertThatThrownBy(
            () ->
                check(
                    a -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
  }

  @Test
  void catchesASentenceBeyondTheText() {
    assertThatThrownBy(() -> check(a -> a.setSentences(List.of(new Sentence(0, 7, List.of())))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("out of bounds");
  }

  @Test
  void catchesATokenThatDoesNotMatchItsText() {
    Token wrong = new Token(0, 5, "Paris", Token.Type.WORD);
    assertThatThrownBy(
            () -> check(a -> a.setSentences(List.of(new Sentence(0, 6, List.of(wrong))))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not match");
  }

  @Test
  void catchesAnActorSpanBeyondTheText() {
    Stage stage =
        a ->
            a.actors()
                .add(
                    new ActorMention(
                        "MAR", ActorKind.STATE, ActorMention.How.NAME, new Span(0, 60)));
    assertThatThrownBy(() -> check(stage)).isInstanceOf(AssertionError.class);
  }

  @Test
  void catchesANonDeterministicStage() {
    AtomicInteger runs = new AtomicInteger();
    Stage stage = a -> a.topics().add("topic-" + runs.incrementAndGet());
    assertThatThrownBy(() -> check(stage)).isInstanceOf(AssertionError.class);
  }
}
