package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;

/**
 * The words of one official's name next to a French or Spanish title. After the title: the
 * honorifics to pass over ("S.E. M.", "la doctora"), then a run of capitalised words, initials with
 * their stops and particles ("Rosa M. de la Vega") that ends at an actor, a title or punctuation;
 * whether a title of the name's own follows it. Before the title: a name set off by a comma ("Paul
 * Ndong, ministre …"), without its honorific. Immutable and thread-safe.
 */
final class NameRun {

  /** Lower-case words that may stand inside a name ("Ortiz de Rozas", "Sidi Ould Cheikh"). */
  static final Set<String> PARTICLES =
      Set.of("de", "del", "la", "las", "los", "le", "ould", "ben", "da");

  /** A name before its title: "Jean Dupont, ministre des Affaires étrangères du Maroc". */
  private static final Pattern NAME_BEFORE =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}'’-]+(?:[ \\u00a0]+(?:(?:de|del|da|ould|ben)[ \\u00a0]+)?\\p{Lu}[\\p{L}'’-]+){1,3}),\\s+"
              + "(?:(?:le|la|l'|l’|el|actuel|actuelle|actual)\\s*)?"
              // a first title between: "X, ministre d'État, ministre des Affaires étrangères"
              + "(?:\\p{Ll}[^,.;:()«»\"]{2,40},\\s+)?$");

  /** How far before a title an apposed name may start. */
  private static final int APPOSITION_REACH = 80;

  private final Lexicon lexicon;

  NameRun(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The first word of the name at word {@code k}: past an article before an honorific ("…, le Dr
   * Name") and past the honorifics; {@code words.size()} when they take the rest of the sentence.
   */
  int start(LocalText lt, List<int[]> words, int k) {
    int gapEnd = words.get(k)[0];
    String article = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
    if ((article.equals("le") || article.equals("la") || article.equals("el"))
        && k + 1 < words.size()
        && lexicon.honorifics().first(lt.folded, words.get(k + 1)[0], words.get(k + 1)[1] + 1)
            != null) {
      k++; // "…de la santé (OMS), le Dr Name"
      gapEnd = words.get(k)[0];
    }
    PhraseList.Hit<String> hon =
        lexicon.honorifics().first(lt.folded, gapEnd, Math.min(lt.folded.length(), gapEnd + 20));
    while (hon != null && k < words.size() && hon.start() == words.get(k)[0]) {
      while (k < words.size() && words.get(k)[0] < hon.end()) {
        k++;
      }
      if (k >= words.size()) {
        break;
      }
      int at = words.get(k)[0];
      hon = lexicon.honorifics().first(lt.folded, at, Math.min(lt.folded.length(), at + 20));
    }
    return k;
  }

  /**
   * The end (exclusive) of the name's words from word {@code start}; {@code start} itself when no
   * name begins there.
   */
  int end(LocalText lt, List<int[]> words, int start) {
    int end = start;
    while (end < words.size()) {
      int[] w = words.get(end);
      String between = end > start ? lt.text.substring(words.get(end - 1)[1], w[0]) : " ";
      boolean initial =
          words.get(end - 1)[1] - words.get(end - 1)[0] == 1
              && (between.equals(". ") || between.equals("."));
      if (!between.equals(" ") && !initial) {
        break; // but "Ana M. Vega", "Sari K.P. Wulan": an initial and its stop
      }
      String lw = lt.folded.substring(w[0], w[1]);
      boolean capital = Character.isUpperCase(lt.text.charAt(w[0]));
      if (lt.actorAt(w[0]) != null && !(end == start && TitleContext.givenNameCity(lt, words, end))
          || lexicon.titles().any(lt.folded, w[0], w[1])) {
        break;
      }
      if (capital) {
        end++;
      } else if (PARTICLES.contains(lw)
          && end > start
          && TitleContext.particlesThenName(lt, words, end)) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /** Whether a comma and a title follow offset {@code at}: "Ana Couto, ambassadrice du Brésil". */
  boolean ownTitleAfter(LocalText lt, int at) {
    int k = at;
    while (k < lt.text.length() && Character.isWhitespace(lt.text.charAt(k))) {
      k++;
    }
    if (k >= lt.text.length() || lt.text.charAt(k) != ',') {
      return false;
    }
    k++;
    while (k < lt.text.length() && Character.isWhitespace(lt.text.charAt(k))) {
      k++;
    }
    PhraseList.Hit<String> t =
        lexicon.titles().first(lt.folded, k, Math.min(lt.folded.length(), k + 60));
    return t != null && t.start() == k;
  }

  /**
   * The name set off by a comma just before the title at {@code titleStart}, as {@code {start,
   * end}} without its honorifics ("Mme Claire Dubois, ministre …" gives "Claire Dubois"), or null
   * when none of at least two words stands there or an actor opens or ends it.
   */
  int[] before(LocalText lt, int titleStart) {
    int from = Math.max(0, titleStart - APPOSITION_REACH);
    Matcher m = NAME_BEFORE.matcher(lt.text.substring(from, titleStart));
    if (!m.find()) {
      return null;
    }
    int ns = from + m.start(1);
    int ne = from + m.end(1);
    if (lt.actorAt(ns) != null || lt.actorAt(ne - 1) != null) {
      return null;
    }
    // "Mme Claire Dubois, ministre ...": the honorific is no part of the name
    PhraseList.Hit<String> hon = lexicon.honorifics().first(lt.folded, ns, ne);
    while (hon != null && hon.start() == ns && hon.end() < ne) {
      ns = hon.end();
      while (ns < ne && !Character.isLetter(lt.text.charAt(ns))) {
        ns++;
      }
      hon = lexicon.honorifics().first(lt.folded, ns, ne);
    }
    if (lt.text.substring(ns, ne).indexOf(' ') < 0) {
      return null;
    }
    return new int[] {ns, ne};
  }
}
