package org.entente.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordListsTest {

  @Test
  void loadsTheBundledLists() {
    assertThat(Abbreviations.defaults().kind("Dr.")).isEqualTo(Abbreviations.Kind.PREFIX);
    assertThat(Abbreviations.defaults().kind("Inc.")).isEqualTo(Abbreviations.Kind.ORDINARY);
    assertThat(Abbreviations.defaults().kind("U.S.A.")).isEqualTo(Abbreviations.Kind.ORDINARY);
    assertThat(Abbreviations.defaults().kind("Olsen.")).isNull();
    assertThat(SentenceStarters.defaults().contains("THE")).isTrue();
    assertThat(SentenceStarters.defaults().contains("Senate")).isFalse();
  }

  @Test
  void ignoresCommentsAndBlankLines() {
    Abbreviations list =
        Abbreviations.parse("a.txt", new StringReader("# header\n\nDr. prefix # a title\n"));

    assertThat(list.contains("Dr.")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dr prefix", "Dr. title", "Dr.", "Dr. prefix extra", "1st. prefix"})
  void rejectsABadAbbreviationNamingFileLineAndValue(String bad) {
    assertThatThrownBy(
            () -> Abbreviations.parse("abbrev.txt", new StringReader("# ok\nMr. prefix\n" + bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("abbrev.txt:3: ")
        .hasMessageContaining(bad);
  }

  @Test
  void rejectsADuplicateAbbreviation() {
    assertThatThrownBy(
            () -> Abbreviations.parse("abbrev.txt", new StringReader("Mr. prefix\nMr. ordinary")))
        .hasMessageStartingWith("abbrev.txt:2: duplicate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"the", "Two words", "The", "Th3"})
  void rejectsABadSentenceStarterNamingFileAndLine(String bad) {
    assertThatThrownBy(
            () -> SentenceStarters.parse("starters.txt", new StringReader("The\n" + bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("starters.txt:2: ");
  }
}
