package org.entente.pipeline.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.pipeline.text.WordForms;

/**
 * The content words of a name or an action: normalised as the scorer does, without function words,
 * so that two mentions can be compared ("the joint communiqué" and "joint communique"). Stateless.
 */
final class ContentWords {

  private static final Set<String> FUNCTION_WORDS =
      Set.copyOf(
          List.of(
              ("a an the of on in at to for and or with by from under between into its their his"
                      + " her this that these those two both sides side new next all")
                  .split(" ")));

  private ContentWords() {}

  static Set<String> of(String s) {
    Set<String> out = new HashSet<>();
    for (String w : WordForms.norm(s).split(" ")) {
      if (w.length() > 1 && !FUNCTION_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
