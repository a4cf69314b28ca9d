package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.Agreement;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.WordFilter;

/**
 * Instrument nouns ({@code instruments.tsv}) and status words ({@code agreement-status.tsv}).
 * Loaded and validated once; immutable and thread-safe.
 */
final class InstrumentLexicon {

  /**
   * An instrument noun: its kind, whether it needs more evidence, whether it is a plural, and
   * whether only a title counts ("the 2040 Strategy", not "a strategy").
   */
  record Noun(Agreement.Kind kind, boolean weak, boolean plural, boolean titled) {

    Noun(Agreement.Kind kind, boolean weak, boolean plural) {
      this(kind, weak, plural, false);
    }
  }

  private record Prefix(String prefix, Noun noun) {}

  private final Map<String, Noun> nouns;

  /** The keys of {@link #nouns}: every token asks, few are instrument nouns. */
  private final WordFilter nounWords;

  private final List<Prefix> prefixes;
  private final Set<String> modifiers;
  private final Set<String> generic;
  private final PhraseTable<Agreement.Status> statuses;

  private InstrumentLexicon(
      Map<String, Noun> nouns,
      List<Prefix> prefixes,
      Set<String> modifiers,
      Set<String> generic,
      PhraseTable<Agreement.Status> statuses) {
    this.nouns = nouns;
    this.nounWords = new WordFilter(nouns.keySet());
    this.prefixes = prefixes;
    this.modifiers = modifiers;
    this.generic = generic;
    this.statuses = statuses;
  }

  static InstrumentLexicon defaults() {
    return Holder.DEFAULT;
  }

  static InstrumentLexicon load(String nounFile, String statusFile) {
    Map<String, Noun> nouns = new HashMap<>();
    List<Prefix> prefixes = new ArrayList<>();
    Set<String> modifiers = new HashSet<>();
    Set<String> generic = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(InstrumentLexicon.class, nounFile)) {
      String w = line.field(0);
      if (line.fields().size() != 3 || w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
        throw line.error("expected 3 fields: lower-case word, kind, strength");
      }
      String strength = line.field(2);
      if (strength.equals("generic")) {
        if (!line.field(1).equals("-") || !generic.add(w)) {
          throw line.error("a generic word has kind '-' and is listed once");
        }
        continue;
      }
      if (strength.equals("modifier")) {
        if (!line.field(1).equals("-") || !modifiers.add(w)) {
          throw line.error("a modifier has kind '-' and is listed once");
        }
        continue;
      }
      Agreement.Kind kind = parseKind(line);
      if (strength.equals("plural")) {
        if (nouns.put(w, new Noun(kind, false, true)) != null) {
          throw line.error("word '" + w + "' listed twice");
        }
        continue;
      }
      if (!strength.equals("strong") && !strength.equals("weak") && !strength.equals("titled")) {
        throw line.error("unknown strength '" + strength + "'");
      }
      boolean weak = !strength.equals("strong");
      boolean titled = strength.equals("titled");
      if (w.endsWith("*")) {
        prefixes.add(
            new Prefix(w.substring(0, w.length() - 1), new Noun(kind, weak, false, titled)));
      } else if (nouns.put(w, new Noun(kind, weak, false, titled)) != null) {
        throw line.error("word '" + w + "' listed twice");
      } else {
        nouns.putIfAbsent(w + "s", new Noun(kind, weak, true, titled));
      }
    }
    PhraseTable<Agreement.Status> statuses =
        PhraseTable.load(
            statusFile,
            line -> {
              if (line.fields().size() != 2) {
                throw line.error("expected 2 fields: phrase, status");
              }
              try {
                return Agreement.Status.valueOf(line.field(1).toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw line.error("unknown status '" + line.field(1) + "'");
              }
            });
    return new InstrumentLexicon(
        java.util.Collections.unmodifiableMap(nouns),
        List.copyOf(prefixes),
        Set.copyOf(modifiers),
        Set.copyOf(generic),
        statuses);
  }

  private static Agreement.Kind parseKind(ResourceFile.Line line) {
    try {
      return Agreement.Kind.valueOf(line.field(1).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw line.error("unknown kind '" + line.field(1) + "'");
    }
  }

  /** The instrument noun {@code lowerWord} is, or null. */
  Noun noun(String lowerWord) {
    Noun n = nounWords.mayContain(lowerWord) ? nouns.get(lowerWord) : null;
    if (n != null) {
      return n;
    }
    // By index: the prefixes are tried for every word, and an iterator is an allocation per call
    // under the launcher's client compiler.
    for (int k = 0; k < prefixes.size(); k++) {
      Prefix p = prefixes.get(k);
      if (lowerWord.startsWith(p.prefix())) {
        return new Noun(
            p.noun().kind(), p.noun().weak(), lowerWord.endsWith("s"), p.noun().titled());
      }
    }
    return null;
  }

  /** True for a word that identifies no instrument ("bilateral", "overall", "nations"). */
  boolean isGeneric(String lowerWord) {
    return generic.contains(lowerWord);
  }

  /** True for a word that makes a weak noun after it strong ("joint statement"). */
  boolean strengthens(String lowerWord) {
    return modifiers.contains(lowerWord);
  }

  PhraseTable<Agreement.Status> statuses() {
    return statuses;
  }

  private static final class Holder {
    static final InstrumentLexicon DEFAULT = load("instruments.tsv", "agreement-status.tsv");
  }
}
