package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8CutsTest {

  private static final String TEXT = "Rabat – l’accord « signé » 🇲🇦 le 3 mai; 日本 ok.";

  @ParameterizedTest
  @CsvSource({"0, 5", "6, 7", "8, 16", "17, 26", "27, 31", "27, 29", "32, 40", "40, 44", "0, 46"})
  void cutsWhatSubstringCuts(int start, int end) {
    Utf8Cuts cuts = new Utf8Cuts(TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(cuts.cut(start, end)).isEqualTo(TEXT.substring(start, end));
  }

  @Test
  void refusesSpansOutOfBoundsOrInsideASurrogatePair() {
    Utf8Cuts cuts = new Utf8Cuts(TEXT.getBytes(StandardCharsets.UTF_8));
    int flag = TEXT.indexOf("🇲🇦");
    assertThat(cuts.cut(flag + 1, flag + 3)).isNull();
    assertThat(cuts.cut(0, TEXT.length() + 1)).isNull();
    assertThat(cuts.cut(-1, 3)).isNull();
    assertThat(cuts.cut(4, 3)).isNull();
    assertThat(cuts.cut(0, 5)).isEqualTo("Rabat"); // still usable after a refusal
  }

  @Test
  void refusesBytesThatAreNotWellFormed() {
    byte[] bytes = "ab\u00e9cd".getBytes(StandardCharsets.UTF_8);
    bytes[3] = 'x'; // a lead byte without its continuation
    Utf8Cuts cuts = new Utf8Cuts(bytes);
    assertThat(cuts.cut(0, 2)).isEqualTo("ab");
    assertThat(cuts.cut(3, 4)).isNull();
    byte[] overlong = {'a', (byte) 0xc0, (byte) 0xaf, 'b'};
    assertThat(new Utf8Cuts(overlong).cut(2, 3)).isNull();
  }

  @Test
  void agreesWithSubstringOnRandomTextAndSpansInAnyOrder() {
    Random random = new Random(14);
    String[] pieces = {"a", " ", "é", "’", "—", "日", "🇲🇦", "😀", "\n", "ß"};
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 1 + random.nextInt(60); i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      Utf8Cuts cuts = new Utf8Cuts(text.getBytes(StandardCharsets.UTF_8));
      for (int k = 0; k < 20; k++) {
        int s = random.nextInt(text.length() + 1);
        int e = s + random.nextInt(text.length() - s + 1);
        boolean splits =
            (s > 0 && s < text.length() && Character.isLowSurrogate(text.charAt(s)))
                || (e > 0 && e < text.length() && Character.isLowSurrogate(text.charAt(e)));
        assertThat(cuts.cut(s, e)).isEqualTo(splits ? null : text.substring(s, e));
      }
    }
  }
}
