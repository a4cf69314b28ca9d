package org.entente.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordFilterTest {

  /** A lexicon that skips its lookup on the filter's "no" would lose the word: never allowed. */
  @Test
  void neverRejectsAWordOfTheSet() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      words.add("w" + i);
    }
    words.add("");
    words.add("ministre");
    words.add("été");
    WordFilter filter = new WordFilter(words);
    for (String w : words) {
      // a copy: equal strings, not the same object
      assertTrue(filter.mayContain(new String(w.toCharArray())), w);
    }
  }

  @Test
  void rejectsMostOtherWords() {
    WordFilter filter = new WordFilter(List.of("minister", "president", "summit"));
    int maybe = 0;
    for (int i = 0; i < 1000; i++) {
      maybe += filter.mayContain("other" + i) ? 1 : 0;
    }
    assertTrue(maybe < 10, "false positives: " + maybe);
  }
}
