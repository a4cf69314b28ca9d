package org.entente.pipeline.lang.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.NewsAgencies;
import org.entente.pipeline.resources.ResourceFile;

/**
 * Whose news a French or Spanish text is, told by its source rather than by its story: a state news
 * agency's tag ("… (MAP)", "AMI - Le ministre …") and a source named with a demonym ("a rapporté la
 * radio sénégalaise", "informó la cancillería peruana"). Each cue is a vote for the home state,
 * which bare titles ("le président de la République") then serve. Thread-safe.
 */
final class SourceCues {

  /** Votes of one cue: more than a mention in the story, less than a dateline. */
  static final int WEIGHT = 3;

  private static final Set<String> SOURCE_NOUNS =
      ResourceFile.firstFields(Lexicon.class, "source-nouns.txt");

  private SourceCues() {}

  /** The votes for each state: {@code folded} is {@code text} folded, offset for offset. */
  static Map<String, Integer> votes(String text, String folded, List<ActorMention> actors) {
    Map<String, Integer> out = new HashMap<>();
    NewsAgencies.tags(text).forEach((code, n) -> out.merge(code, n * WEIGHT, Integer::sum));
    for (ActorMention a : actors) {
      if (a.kind() == ActorKind.STATE
          && a.how() == ActorMention.How.DEMONYM
          && SOURCE_NOUNS.contains(wordBefore(folded, a.span().start()))) {
        out.merge(a.code(), WEIGHT, Integer::sum);
      }
    }
    return out;
  }

  /** The folded word that ends right before offset {@code at} (spaces skipped), or "". */
  private static String wordBefore(String folded, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(folded.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(folded.charAt(s - 1))) {
      s--;
    }
    return folded.substring(s, e);
  }
}
