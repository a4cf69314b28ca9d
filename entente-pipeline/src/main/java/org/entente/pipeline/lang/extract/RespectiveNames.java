package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.model.ActorMention;

/**
 * The names after a plural title that names several states, paired with them in order: "les
 * ministres de la Défense du Togo et du Bénin, Kossi Adjo et Rachidi Bello", "los cancilleres de
 * Bolivia y Paraguay, Rosa Quispe y Hugo Benítez"; and each after its own demonym: "les présidents
 * malien Oumar Traoré et sénégalais Abdou Diop". Static helpers of {@link OfficialsReader};
 * stateless and thread-safe.
 */
final class RespectiveNames {

  /** Words that join the names of a list. */
  private static final Set<String> JOINS = Set.of("et", "y", "e");

  /** The most words of one name. */
  private static final int MAX_NAME_WORDS = 5;

  private RespectiveNames() {}

  /** Whether the title's first word is a plural: "ministres", "cancilleres", "présidents". */
  static boolean pluralHead(LocalText lt, int start, int end) {
    int e = start;
    while (e < end && Character.isLetter(lt.folded.charAt(e))) {
      e++;
    }
    return e - start > 3 && (lt.folded.charAt(e - 1) == 's' || lt.folded.charAt(e - 1) == 'x');
  }

  /**
   * The spans {@code {start, end}} of exactly {@code count} names listed from word {@code k} of
   * {@code words} ("Kossi Adjo et Rachidi Bello"), or null when the words there are no such list.
   */
  static List<int[]> names(LocalText lt, List<int[]> words, int k, int count) {
    List<int[]> out = new ArrayList<>();
    while (k < words.size() && out.size() < count) {
      int from = k;
      k = nameEnd(lt, words, from);
      if (k - from < 2) {
        return null; // a name has a given name and a surname here
      }
      out.add(new int[] {words.get(from)[0], words.get(k - 1)[1]});
      if (out.size() == count) {
        break;
      }
      if (k >= words.size()) {
        return null;
      }
      String gap = lt.text.substring(words.get(k - 1)[1], words.get(k)[0]).strip();
      String w = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
      if (gap.equals(",")) {
        if (JOINS.contains(w)) {
          k++;
        }
      } else if (gap.isEmpty() && JOINS.contains(w)) {
        k++;
      } else {
        return null;
      }
    }
    return out.size() == count ? out : null;
  }

  /**
   * The officials listed from word {@code k} each after their state's demonym ("malien Oumar Traoré
   * et sénégalais Abdou Diop"), as {@code {name start, name end}} with their states in {@code
   * states}; null unless there are at least two.
   */
  static List<int[]> byDemonym(LocalText lt, List<int[]> words, int k, List<String> states) {
    List<int[]> out = new ArrayList<>();
    while (k < words.size()) {
      ActorMention a = lt.actorAt(words.get(k)[0]);
      if (a == null || a.how() != ActorMention.How.DEMONYM) {
        return null;
      }
      while (k < words.size() && words.get(k)[0] < a.span().end()) {
        k++;
      }
      int from = k;
      k = nameEnd(lt, words, from);
      if (k - from < 2) {
        return null;
      }
      out.add(new int[] {words.get(from)[0], words.get(k - 1)[1]});
      states.add(a.code());
      if (k >= words.size()) {
        break;
      }
      String gap = lt.text.substring(words.get(k - 1)[1], words.get(k)[0]).strip();
      String w = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
      if (gap.isEmpty() && JOINS.contains(w) || gap.equals(",") && JOINS.contains(w)) {
        k++;
      } else if (gap.equals(",")) {
        ActorMention next = lt.actorAt(words.get(k)[0]);
        if (next == null || next.how() != ActorMention.How.DEMONYM) {
          break;
        }
      } else {
        break;
      }
    }
    return out.size() >= 2 && states.stream().distinct().count() == states.size() ? out : null;
  }

  /** The end (exclusive) of the run of capitalised words from {@code from} that no actor breaks. */
  private static int nameEnd(LocalText lt, List<int[]> words, int from) {
    int k = from;
    while (k < words.size()
        && k - from < MAX_NAME_WORDS
        && Character.isUpperCase(lt.text.charAt(words.get(k)[0]))
        && lt.actorAt(words.get(k)[0]) == null
        && (k == from || lt.text.substring(words.get(k - 1)[1], words.get(k)[0]).isBlank())) {
      k++;
    }
    return k;
  }
}
