package org.entente.store.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.entente.store.identity.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass signature must stay the signature of the documented definition (shingles of the
 * normalised words): stored signatures of earlier ingests are compared with new ones.
 */
class MinHashTest {

  /** The definition, written the plain way: normalise, split, hash each word, shingle. */
  private static int[] reference(String text) {
    String[] w = Words.normalise(text).split(" ");
    long[] min = new long[MinHash.HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    int n = w.length == 1 && w[0].isEmpty() ? 0 : w.length;
    int shingles = Math.max(n - MinHash.SHINGLE + 1, n == 0 ? 0 : 1);
    long[] a = new long[MinHash.HASHES];
    long[] b = new long[MinHash.HASHES];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < MinHash.HASHES; i++) {
      s = mix(s + 0x632BE59BD9B4E019L);
      a[i] = s | 1L;
      s = mix(s + 0x632BE59BD9B4E019L);
      b[i] = s;
    }
    for (int i = 0; i < shingles; i++) {
      long h = 0x84222325CBF29CE4L;
      for (int k = i; k < Math.min(n, i + MinHash.SHINGLE); k++) {
        h = mix(h ^ w[k].hashCode()) + k - i;
      }
      for (int j = 0; j < MinHash.HASHES; j++) {
        long v = a[j] * h + b[j];
        if (Long.compareUnsigned(v, min[j]) < 0) {
          min[j] = v;
        }
      }
    }
    int[] sig = new int[MinHash.HASHES];
    for (int j = 0; j < MinHash.HASHES; j++) {
      sig[j] = (int) (min[j] >>> 32);
    }
    return sig;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static Stream<String> texts() {
    return Stream.of(
        "",
        "   ",
        "Pact",
        "Two words",
        "The envoys of Ruritania and Freedonia met in Geneva on 3 May.",
        "Les ministres ont signé l'accord à Genève — « enfin », dit-il.",
        "El acuerdo de cooperación se firmó en Bogotá; ¿y después?",
        "Combining e\u0301 and decomposed A\u0308BC with ligature \uFB01nance",
        "Kelvin \u212A and dotted \u0130stanbul, full-width \uFF21\uFF22\uFF23",
        "Curly \u2019quotes\u2019 and \u201Cdouble\u201D ones, emoji \uD83D\uDE00 between",
        "digits 2026 and 1,000,000 and 3.5%");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void equalsTheSignatureOfTheNormalisedWords(String text) {
    assertArrayEquals(reference(text), MinHash.signature(text));
  }

  @Test
  void equalsTheDefinitionOnRandomMixedScriptText() {
    String alphabet = "aZ09 \t\n.,'-éÉüßøœ\u0301\u0308\u212A\u0130\uFB01\u2019Ωж中\uD83D";
    Random random = new Random(42);
    for (int t = 0; t < 500; t++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(400);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertArrayEquals(reference(text), MinHash.signature(text), text);
    }
  }

  @Test
  void countsAndHashesTheNormalisedWords() {
    int[] h = Words.wordHashes("Énergie, and  CO2-cuts!");
    String[] words = Words.normalise("Énergie, and  CO2-cuts!").split(" ");
    assertEquals(words.length, h[0]);
    for (int i = 0; i < words.length; i++) {
      assertEquals(words[i].hashCode(), h[i + 1]);
    }
    assertTrue(MinHash.similarity(MinHash.signature("a b c d"), MinHash.signature("A B C D")) == 1);
  }
}
