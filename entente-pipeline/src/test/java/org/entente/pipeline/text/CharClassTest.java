package org.entente.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharClassTest {

  @Test
  void everyCharacterIsClassedAsCharacterClassesIt() {
    int differences = 0;
    StringBuilder first = new StringBuilder();
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean same =
          CharClass.isLetterOrDigit(c) == Character.isLetterOrDigit(c)
              && CharClass.isLetter(c) == Character.isLetter(c)
              && CharClass.isDigit(c) == Character.isDigit(c)
              && CharClass.isUpperCase(c) == Character.isUpperCase(c)
              && CharClass.isLowerCase(c) == Character.isLowerCase(c)
              && CharClass.isWhitespace(c) == Character.isWhitespace(c)
              && CharClass.toLowerCase(c) == Character.toLowerCase(c);
      if (!same) {
        differences++;
        if (first.length() == 0) {
          first.append(String.format("U+%04X", i));
        }
      }
    }
    assertThat(differences).as("characters classed differently, first %s", first).isZero();
  }

  @Test
  void newsPunctuationIsNeitherLetterNorSpace() {
    for (char c : "\u2019\u201c\u201d\u2014\u2026\u00ab\u00bb".toCharArray()) {
      assertThat(CharClass.isLetterOrDigit(c)).as("U+%04X", (int) c).isFalse();
      assertThat(CharClass.isWhitespace(c)).as("U+%04X", (int) c).isFalse();
    }
    assertThat(CharClass.isUpperCase('\u00c9')).isTrue();
    assertThat(CharClass.isLetter('\u0628')).isTrue(); // an Arabic letter
  }
}
