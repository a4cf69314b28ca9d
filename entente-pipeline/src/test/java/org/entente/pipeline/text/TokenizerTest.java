package org.entente.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static String describe(String text) {
    return TOKENIZER.tokenize(text).stream()
        .map(t -> t.text() + "/" + t.type().name().charAt(0))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          EU-Morocco talks                 | EU-Morocco/W talks/W
          Morocco’s and it's               | Morocco’s/W and/W it's/W
          U.S. and U.N. and U.S.A.         | U.S./W and/W U.N./W and/W U.S.A./W
          Chile-U.S. ties, Jean-J. Roux    | Chile-U.S./W ties/W ,/P Jean-J/W ./P Roux/W
          at 5 p.m. today                  | at/W 5/N p.m./W today/W
          1,500 3.5 1987 1987-88           | 1,500/N 3.5/N 1987/N 1987-88/N
          30-year COVID-19 G7              | 30-year/W COVID-19/W G7/W
          Dr. Olsen and J. Miller          | Dr./W Olsen/W and/W J./W Miller/W
          the end.                         | the/W end/W ./P
          wait... what?!                   | wait/W .../P what/W ?!/P
          $5 (approx)                      | $/S 5/N (/P approx/W )/P
          `http://example.org/a.b, ok`     | http://example.org/a.b/S ,/P ok/W
          mail press@example.org.          | mail/W press@example.org/S ./P
          user@localhost                   | user/W @/P localhost/W
          مرحبا Привет 你好 😀              | مرحبا/W Привет/W 你好/W 😀/S
          a -- b                           | a/W --/P b/W
          -trade- 'quoted'                 | -/P trade/W -/P '/P quoted/W '/P
          """)
  void tokenizes(String text, String expected) {
    assertThat(describe(text)).isEqualTo(expected);
  }

  @Test
  void givesTheHyphenatedPartsOfACompoundWithTheirOffsets() {
    String text = "an EU-Morocco deal";
    Token compound = TOKENIZER.tokenize(text).get(1);

    List<Token> parts = compound.parts();

    assertThat(parts).extracting(Token::text).containsExactly("EU", "Morocco");
    assertThat(parts)
        .allSatisfy(p -> assertThat(p.text()).isEqualTo(text.substring(p.start(), p.end())));
  }

  @Test
  void skipsControlAndFormatCharacters() {
    assertThat(describe("a\u0000b\u0085c\u200Bd\uFEFF")).isEqualTo("a/W b/W c/W d/W");
  }

  @Test
  void keepsLoneSurrogatesAsSymbols() {
    assertThat(describe("a\uD800b\uDC00")).isEqualTo("a/W \uD800/S b/W \uDC00/S");
  }

  @Test
  void cutsARunWithoutSpacesIntoBoundedContiguousTokens() {
    String text = "ab".repeat(500_000);

    List<Token> tokens = TOKENIZER.tokenize(text);

    assertThat(tokens)
        .allSatisfy(
            t -> assertThat(t.end() - t.start()).isLessThanOrEqualTo(Tokenizer.MAX_TOKEN_LENGTH));
    for (int i = 1; i < tokens.size(); i++) {
      assertThat(tokens.get(i).start()).isEqualTo(tokens.get(i - 1).end());
    }
    assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(text.length());
  }

  @Test
  void neverSplitsASurrogatePairWhenCuttingALongWord() {
    String text = "a" + "𝐀".repeat(300); // mathematical capital A, outside the BMP

    List<Token> tokens = TOKENIZER.tokenize(text);

    assertThat(tokens)
        .allSatisfy(t -> assertThat(t.text().codePoints()).allMatch(Character::isLetter));
  }

  @Test
  void tokenizesOnlyTheGivenRange() {
    String text = "skip this. Keep these words. skip";

    List<Token> tokens = TOKENIZER.tokenize(text, 11, 28);

    assertThat(tokens).extracting(Token::text).containsExactly("Keep", "these", "words", ".");
    assertThat(tokens.get(0).start()).isEqualTo(11);
  }
}
