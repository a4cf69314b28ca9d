package org.entente.pipeline.lang.extract;

import java.util.Set;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;

/**
 * The subject of a French or Spanish meeting verb when the text leaves it out or names it by a
 * pronoun or a bare title ("Luego se reunió con …", "Il s'est entretenu avec …", "Le ministre a
 * rencontré …"): whether a trigger is such a verb, whether its subject is unnamed, and whose side
 * the unnamed subject is. Word lists in {@code verb-openers.txt} and {@code unnamed-openers.txt}.
 * Static helpers of {@link MeetingReader}; stateless and thread-safe.
 */
final class ClauseSubjects {

  private static final Set<String> VERB_OPENERS = Lexicon.foldedWords("verb-openers.txt");

  private static final Set<String> UNNAMED_OPENERS = Lexicon.foldedWords("unnamed-openers.txt");

  private ClauseSubjects() {}

  /**
   * Whether a trigger of a noun's kind is a verb phrase: its first word a reflexive pronoun or an
   * auxiliary ("se reunió con", "a rencontré"), or "con" / "avec" its last.
   */
  static boolean verbPhrase(LocalText lt, PhraseList.Hit<Lexicon.MeetingCue> hit) {
    String phrase = lt.folded.substring(hit.start(), hit.end());
    int space = phrase.indexOf(' ');
    String first = space < 0 ? phrase : phrase.substring(0, space);
    if (first.startsWith("s'") || first.startsWith("s\u2019")) {
      first = "s'";
    }
    return space > 0 && VERB_OPENERS.contains(first)
        || phrase.endsWith(" con")
        || phrase.endsWith(" avec");
  }

  /**
   * Whether no name stands before the trigger in its clause: every capitalised word of {@code
   * [from, to)} is an unnamed subject's opener ("Sáenz se reunió con" names its subject).
   */
  static boolean unnamed(LocalText lt, int from, int to) {
    for (int[] w : lt.words(from, to)) {
      if (Character.isUpperCase(lt.text.charAt(w[0]))
          && !UNNAMED_OPENERS.contains(lt.folded.substring(w[0], w[1]))) {
        return false;
      }
    }
    return true;
  }

  /** Whether "avec" or "con" follows the trigger ending at {@code end}, or ends it. */
  static boolean withObject(LocalText lt, int end, int to) {
    String before = lt.folded.substring(Math.max(0, end - 5), end);
    String after = lt.folded.substring(end, Math.min(to, end + 6)).stripLeading();
    return before.endsWith(" avec")
        || before.endsWith(" con")
        || after.startsWith("avec ")
        || after.startsWith("con ");
  }

  /**
   * The side of the official named last before {@code offset}, not {@code other}; else the home
   * state when it is not {@code other}; else null.
   */
  static String lastSideBefore(LocalText lt, int offset, String other) {
    String side = null;
    int last = -1;
    for (Person p : lt.analysis.persons()) {
      for (Span sp : p.spans()) {
        if (sp.end() <= offset
            && sp.end() > last
            && p.affiliation() != null
            && !p.affiliation().equals(other)) {
          side = p.affiliation();
          last = sp.end();
        }
      }
    }
    if (side == null && lt.home != null && !lt.home.equals(other)) {
      side = lt.home;
    }
    return side;
  }
}
