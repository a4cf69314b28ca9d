package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.WordFilter;
import org.entente.pipeline.text.WordSets;

/**
 * The title grammar's words, loaded from {@code titles.tsv} and {@code not-names.txt}. Immutable
 * and thread-safe; {@link #defaults()} loads once.
 */
public final class TitleLexicon {

  /** The class of a lexicon phrase; see {@code titles.tsv}. */
  public enum WordClass {
    HEAD,
    ROYAL,
    MODIFIER,
    INSTITUTION,
    HONORIFIC,
    EXCLUDE,
    PARTICLE
  }

  /** A lexicon phrase: its lower-case words, its class and the affiliation it implies, if any. */
  public record Entry(
      List<String> words, WordClass wordClass, String affiliation, boolean bareOnly) {}

  private final Map<String, List<Entry>> byFirstWord;

  /** The keys of {@link #byFirstWord}: every token asks, few start an entry. */
  private final WordFilter firstWords;

  private final Set<String> particles;
  private final Set<String> notNames;

  /** The words of {@link #notNames}: every capitalised word asks, few are listed. */
  private final WordFilter notNameWords;

  private final Set<String> insideNames;

  /**
   * Each one-word head with an "s" added ("ministers"): the plurals that {@link #isHeadPlural}
   * knows.
   */
  private final Set<String> headPlurals;

  private TitleLexicon(
      Map<String, List<Entry>> byFirstWord,
      Set<String> particles,
      Set<String> notNames,
      Set<String> insideNames) {
    this.byFirstWord = byFirstWord;
    this.firstWords = new WordFilter(byFirstWord.keySet());
    this.particles = particles;
    this.notNames = notNames;
    this.notNameWords = new WordFilter(notNames);
    this.insideNames = insideNames;
    Set<String> plurals = new HashSet<>();
    byFirstWord.forEach(
        (first, entries) -> {
          for (Entry e : entries) {
            if (e.words().size() == 1 && e.wordClass() == WordClass.HEAD) {
              plurals.add(first + "s");
            }
          }
        });
    // a word set: a miss (most words) ends on a bit of the cached hash code
    this.headPlurals = WordSets.copyOf(plurals);
  }

  public static TitleLexicon defaults() {
    return Holder.DEFAULT;
  }

  static TitleLexicon load() {
    Map<String, List<Entry>> byFirst = new HashMap<>();
    Set<String> particles = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(TitleLexicon.class, "titles.tsv")) {
      WordClass c;
      try {
        c = WordClass.valueOf(line.field(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown class '" + line.field(0) + "'");
      }
      String phrase = line.field(1);
      if (phrase.isEmpty()) {
        throw line.error("empty phrase");
      }
      String affiliation = line.field(2).isEmpty() ? null : line.field(2);
      if (c == WordClass.INSTITUTION && affiliation == null) {
        throw line.error("an institution needs an affiliation");
      }
      if (affiliation != null && !affiliation.matches("[A-Z][A-Z0-9_]{1,15}")) {
        throw line.error("bad affiliation code '" + affiliation + "'");
      }
      if (!line.field(3).isEmpty() && !line.field(3).equals("bare")) {
        throw line.error("unknown flag '" + line.field(3) + "'");
      }
      if (c == WordClass.PARTICLE) {
        particles.add(phrase);
        continue;
      }
      // scanned as written, so that "H.E." is one token as in the text, then lower-cased
      List<String> words =
          WordScanner.words(phrase).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
      byFirst
          .computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Entry(FrozenList.copyOf(words), c, affiliation, line.field(3).equals("bare")));
    }
    // Longest phrases first, so that matching is leftmost-longest.
    byFirst.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    Set<String> notNames = new HashSet<>();
    Set<String> insideNames = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(TitleLexicon.class, "not-names.txt")) {
      notNames.add(line.field(0));
      if (line.field(1).equals("inside")) {
        insideNames.add(line.field(0));
      }
    }
    Map<String, List<Entry>> frozen = new HashMap<>();
    // One list class for entries and their words: the matcher's calls on them stay direct.
    byFirst.forEach((k, v) -> frozen.put(k, FrozenList.copyOf(v)));
    // Hash maps and sets, held privately and never handed out: a miss (most words) compares
    // hashes, not strings, and no unmodifiable wrapper adds its call to each lookup.
    return new TitleLexicon(frozen, particles, notNames, Set.copyOf(insideNames));
  }

  /** False when no entry starts with {@code lowerWord}; true when one may. */
  boolean mayStartEntry(String lowerWord) {
    return firstWords.mayContain(lowerWord);
  }

  /** The entries whose first word is {@code lowerWord}, longest first. */
  List<Entry> startingWith(String lowerWord) {
    return firstWords.mayContain(lowerWord)
        ? byFirstWord.getOrDefault(lowerWord, FrozenList.empty())
        : FrozenList.empty();
  }

  /** Whether {@code lowerWord} is a one-word head and an "s": "ministers", "presidents". */
  boolean isHeadPlural(String lowerWord) {
    return headPlurals.contains(lowerWord);
  }

  boolean isParticle(String word) {
    return particles.contains(word);
  }

  boolean isNotName(String word) {
    return notNameWords.mayContain(word) && notNames.contains(word);
  }

  /** A not-name that is a name between two name words: "Halima Said Omar". */
  boolean mayBeInsideName(String word) {
    return insideNames.contains(word);
  }

  private static final class Holder {
    static final TitleLexicon DEFAULT = load();
  }
}
