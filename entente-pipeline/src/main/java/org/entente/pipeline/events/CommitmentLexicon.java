package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.text.WordFilter;
import org.entente.pipeline.text.WordSets;

/**
 * The data the commitment reader needs: trigger phrases ({@code commitment-triggers.tsv}), word
 * classes ({@code commitment-words.tsv}), head verbs ({@code verbs.txt}) and nouns that name an
 * undertaking ({@code nominalisations.tsv}). Loaded and validated once; immutable and thread-safe.
 */
final class CommitmentLexicon {

  /** What must follow a trigger phrase. */
  enum Complement {
    TO,
    BARE,
    GERUND,
    ING,
    NOUN,
    NOMINAL
  }

  /** What the subject of a trigger must be. */
  enum Guard {
    NONE,
    SUBJECT,
    REPORTED,
    VERB,
    PROPOSAL,
    HEADLINE
  }

  /** A trigger phrase: its complement and its guard. */
  record Trigger(Complement complement, Guard guard) {}

  /** Word classes of {@code commitment-words.tsv}. */
  enum WordClass {
    NEGATION,
    HEDGE,
    REPORTING,
    SKIP,
    STOP,
    UNLIKELY,
    PRONOUN,
    DROP,
    TITLE,
    EVENT,
    ONSET,
    BE,
    FORTHCOMING,
    NAME_JOINER,
    BODY
  }

  private final PhraseTable<Trigger> triggers;

  /**
   * The words of each class, by the class's ordinal. Asked for one class per token, a class's own
   * set mostly misses on a hash, where a map from words to classes holds the common words of every
   * class and so compares strings for most tokens.
   */
  private final Set<String>[] wordsByClass;

  /** Every word of some class: most tokens are none. */
  private final WordFilter listed;

  private final Set<String> verbs;
  private final Map<String, String> nominalisations;

  private CommitmentLexicon(
      PhraseTable<Trigger> triggers,
      Map<String, Set<WordClass>> classes,
      Set<String> verbs,
      Map<String, String> nominalisations) {
    this.triggers = triggers;
    List<Set<String>> byClass = new ArrayList<>();
    for (WordClass c : WordClass.values()) {
      Set<String> words = new HashSet<>();
      classes.forEach(
          (w, cs) -> {
            if (cs.contains(c)) {
              words.add(w);
            }
          });
      byClass.add(WordSets.copyOf(words));
    }
    this.wordsByClass = byClass.toArray(newSets(0)); // by index: no list call per lookup
    this.listed = new WordFilter(classes.keySet());
    this.verbs = verbs;
    this.nominalisations = nominalisations;
  }

  /** The bundled lexicon. */
  static CommitmentLexicon defaults() {
    return Holder.DEFAULT;
  }

  static CommitmentLexicon load(
      String triggerFile, String wordFile, String verbFile, String nominalisationFile) {
    PhraseTable<Trigger> triggers =
        PhraseTable.load(
            triggerFile,
            line -> {
              if (line.fields().size() != 3) {
                throw line.error("expected 3 fields: phrase, complement, guard");
              }
              return new Trigger(
                  parse(Complement.class, line, line.field(1)),
                  line.field(2).equals("-") ? Guard.NONE : parse(Guard.class, line, line.field(2)));
            });
    Map<String, Set<WordClass>> classes = new HashMap<>();
    for (ResourceFile.Line line : ResourceFile.read(CommitmentLexicon.class, wordFile)) {
      if (line.fields().size() != 2 || line.field(0).isEmpty()) {
        throw line.error("expected 2 fields: word, class");
      }
      WordClass c = parse(WordClass.class, line, line.field(1));
      String w = line.field(0).toLowerCase(Locale.ROOT);
      if (!classes.computeIfAbsent(w, k -> EnumSet.noneOf(WordClass.class)).add(c)) {
        throw line.error("word '" + w + "' listed twice in class " + line.field(1));
      }
    }
    Set<String> verbs = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(CommitmentLexicon.class, verbFile)) {
      String v = line.field(0);
      if (line.fields().size() != 1 || !v.equals(v.toLowerCase(Locale.ROOT)) || v.contains(" ")) {
        throw line.error("expected one lower-case verb");
      }
      if (!verbs.add(v)) {
        throw line.error("verb '" + v + "' listed twice");
      }
    }
    Map<String, String> nominal = new HashMap<>();
    for (ResourceFile.Line line : ResourceFile.read(CommitmentLexicon.class, nominalisationFile)) {
      if (line.fields().size() != 2
          || !line.field(0).equals(line.field(0).toLowerCase(Locale.ROOT))
          || line.field(0).contains(" ")
          || line.field(1).isEmpty()) {
        throw line.error("expected 2 fields: lower-case noun, verb");
      }
      if (nominal.put(line.field(0), line.field(1)) != null) {
        throw line.error("noun '" + line.field(0) + "' listed twice");
      }
    }
    Map<String, Set<WordClass>> frozen = new HashMap<>();
    classes.forEach(
        (k, v) -> frozen.put(k, java.util.Collections.unmodifiableSet(EnumSet.copyOf(v))));
    return new CommitmentLexicon(
        triggers,
        java.util.Collections.unmodifiableMap(frozen),
        Set.copyOf(verbs),
        Map.copyOf(nominal));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, ResourceFile.Line line, String v) {
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw line.error("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + v + "'");
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] newSets(int n) {
    return new Set[n];
  }

  PhraseTable<Trigger> triggers() {
    return triggers;
  }

  boolean is(String lowerWord, WordClass c) {
    return listed.mayContain(lowerWord) && wordsByClass[c.ordinal()].contains(lowerWord);
  }

  /**
   * The base form of {@code lowerWord} when it is a listed verb or a regular inflection of one
   * ("organising", "sets", "agreed"), otherwise null.
   */
  String verbBase(String lowerWord) {
    if (verbs.contains(lowerWord)) {
      return lowerWord;
    }
    for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
      if (lowerWord.endsWith(suffix) && lowerWord.length() > suffix.length() + 2) {
        String stem = lowerWord.substring(0, lowerWord.length() - suffix.length());
        if (verbs.contains(stem)) {
          return stem;
        }
        if (verbs.contains(stem + "e")) {
          return stem + "e";
        }
        int n = stem.length();
        if (n > 2
            && stem.charAt(n - 1) == stem.charAt(n - 2)
            && verbs.contains(stem.substring(0, n - 1))) {
          return stem.substring(0, n - 1);
        }
      }
    }
    return null;
  }

  /** The verb that states the undertaking a noun names ("revision" gives "revise"), or null. */
  String verbOfNoun(String lowerWord) {
    return nominalisations.get(lowerWord);
  }

  /** True when {@code lowerWord} is a listed verb in its base form. */
  boolean isBaseVerb(String lowerWord) {
    return verbs.contains(lowerWord);
  }

  private static final class Holder {
    static final CommitmentLexicon DEFAULT =
        load("commitment-triggers.tsv", "commitment-words.tsv", "verbs.txt", "nominalisations.tsv");
  }

  /**
   * "have a meeting with", "have talks with": "have" heading an occasion of {@link WordClass#EVENT}
   * (an article and one modifier may come between) announces it, though "have" alone does not.
   */
  boolean haveOccasion(List<Token> tokens, int k) {
    if (k >= tokens.size() || !tokens.get(k).text().equalsIgnoreCase("have")) {
      return false;
    }
    for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
      if (is(EventContext.lower(tokens.get(j)), WordClass.EVENT)) {
        return true;
      }
      if (tokens.get(j).isCapitalised() || tokens.get(j).type() != Token.Type.WORD) {
        return false;
      }
    }
    return false;
  }
}
