package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.Set;
import org.entente.pipeline.lang.Folding;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.time.DateMention;

/**
 * The verb and noun forms that open an undertaking's action in French and Spanish: an infinitive
 * ("rouvrir", "ampliar"), a future verb read as its infinitive ("rouvriront" as "rouvrir",
 * "ampliarán" as "ampliar", a pronominal one with its pronoun), the other side named between a
 * trigger and its verb, and a noun phrase that names an act ("la pronta apertura"), maybe after a
 * time phrase. Words are the {start, end} offsets of {@code LocalText.words}, read on the folded
 * text. Immutable and thread-safe.
 */
final class ActionWords {

  /** Spanish verbs whose "se" is the subject's own: "reunirse", "comprometerse". */
  private static final Set<String> PRONOMINAL_ES =
      org.entente.pipeline.resources.ResourceFile.firstFields(
          Lexicon.class, "es/pronominal-verbs.txt");

  /** The words that may name the other side between a trigger and its verb. */
  private static final int MAX_CO_PARTY_WORDS = 12;

  private static final Set<String> ARTICLES =
      Set.of("la", "el", "los", "las", "le", "les", "l'", "un", "une", "una", "du", "de", "des");

  private final Lexicon lexicon;

  ActionWords(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The infinitive of a future verb form (lower case), by the lexicon or by its ending. */
  String infinitive(String future) {
    String irregular = lexicon.infinitiveOf(future);
    if (irregular != null) {
      return irregular;
    }
    String w = future;
    if (w.endsWith("rán") || w.endsWith("rá")) {
      return w.substring(0, w.lastIndexOf('r')) + "r";
    }
    if (w.endsWith("eront") || w.endsWith("era")) {
      return w.substring(0, w.lastIndexOf("er")) + "er";
    }
    if (w.endsWith("iront") || w.endsWith("ira")) {
      return w.substring(0, w.lastIndexOf("ir")) + "ir";
    }
    if (w.endsWith("ront") || w.endsWith("ra")) {
      return w.substring(0, w.lastIndexOf('r')) + "re";
    }
    return w;
  }

  /**
   * A French pronominal verb keeps its pronoun: "se rendra" is "se rendre", "s'entretiendra" is
   * "s'entretenir".
   */
  String reflexive(LocalText lt, List<int[]> words, int verb, String infinitive) {
    if (verb == 0 || infinitive.startsWith("se ") || infinitive.endsWith("se")) {
      return infinitive;
    }
    String before = word(lt, words.get(verb - 1));
    if (before.equals("s'")) {
      return "s'" + infinitive;
    }
    // Spanish reports name what meets as its object ("los equipos se reunirán": "reunir a los
    // equipos"); French keeps the pronoun ("se rendre à Dakar")
    if (!before.equals("se")) {
      return infinitive;
    }
    if (!lt.analysis.language().equals("es")) {
      return "se " + infinitive;
    }
    // "se reunirán" is "reunirse"; the passive "se firmará" is "firmar"
    return PRONOMINAL_ES.contains(Folding.fold(infinitive)) ? infinitive + "se" : infinitive;
  }

  /**
   * Past the other side named between the trigger and its verb: "acordó con su par boliviano,
   * Rafael Mamani, celebrar ...", "est convenu avec son homologue de tenir ...". The verb follows a
   * comma or "de"; {@code k} itself when no such phrase opens there.
   */
  static int afterCoParty(LocalText lt, List<int[]> words, int k) {
    if (k >= words.size()) {
      return k;
    }
    String w = word(lt, words.get(k));
    if (!w.equals("con") && !w.equals("avec")) {
      return k;
    }
    for (int j = k + 1; j < Math.min(words.size(), k + MAX_CO_PARTY_WORDS); j++) {
      String gap = lt.text.substring(words.get(j - 1)[1], words.get(j)[0]);
      if (gap.contains(".") || gap.contains(";")) {
        break;
      }
      String prev = word(lt, words.get(j - 1));
      if (isInfinitive(lt, words.get(j))
          && (gap.contains(",") || prev.equals("de") || prev.equals("d'"))
          && Character.isLowerCase(lt.text.charAt(words.get(j)[0]))) {
        return j;
      }
    }
    return k;
  }

  /**
   * Where the noun phrase at {@code k} starts if, past its articles, it names an act ("que la
   * firma"), else -1. A time phrase may come first ("acordaron el jueves la creación") and one word
   * between the article and the noun ("la pronta firma", "la prochaine tenue").
   */
  int actionNounAt(LocalText lt, List<int[]> words, int k) {
    int pastDate = afterDateAt(lt, words, k);
    if (pastDate >= 0) {
      k = pastDate;
    }
    int j = k;
    while (j < words.size() && j < k + 2 && ARTICLES.contains(word(lt, words.get(j)))) {
      j++;
    }
    if (j >= words.size()) {
      return -1;
    }
    if (lexicon.isActionNoun(word(lt, words.get(j)))) {
      return words.get(k)[0];
    }
    boolean modifier =
        (j > k || k > 0 && ARTICLES.contains(word(lt, words.get(k - 1))))
            && j + 1 < words.size()
            && Character.isLowerCase(lt.text.charAt(words.get(j)[0]))
            && !ARTICLES.contains(word(lt, words.get(j + 1)));
    return modifier && lexicon.isActionNoun(word(lt, words.get(j + 1))) ? words.get(k)[0] : -1;
  }

  /**
   * Whether a time phrase at {@code k} parts the trigger {@code hit} from an article with which it
   * is a noun trigger: "acordaron | este martes | el establecimiento" ("acordaron el").
   */
  boolean takesNounAfterTime(
      LocalText lt, PhraseList.Hit<Lexicon.Complement> hit, List<int[]> words, int k) {
    if (k >= words.size()) {
      return false;
    }
    int after = afterDateAt(lt, words, k);
    if (after < 0 || after >= words.size() || !ARTICLES.contains(word(lt, words.get(after)))) {
      return false;
    }
    String joined = lt.folded.substring(hit.start(), hit.end()) + " " + word(lt, words.get(after));
    for (PhraseList.Hit<Lexicon.Complement> h :
        lexicon.commitmentTriggers().find(joined, 0, joined.length())) {
      if (h.start() == 0 && h.end() == joined.length() && h.value() == Lexicon.Complement.NOUN) {
        return true;
      }
    }
    return false;
  }

  /** The word after a date that starts at word {@code k} ("este martes"), or -1 when none does. */
  private static int afterDateAt(LocalText lt, List<int[]> words, int k) {
    if (k >= words.size()) {
      return -1;
    }
    for (DateMention d : lt.datesIn(words.get(k)[0], lt.text.length())) {
      if (d.start() == words.get(k)[0]) {
        return indexAt(words, d.end());
      }
    }
    return -1;
  }

  /** Whether {@code w} (folded, lower case) is an article or a partitive: "la", "des", "una". */
  static boolean isArticle(String w) {
    return ARTICLES.contains(w);
  }

  /** Whether word {@code w} has an infinitive's ending: "-er", "-ir", "-re", "-ar". */
  static boolean isInfinitive(LocalText lt, int[] w) {
    String f = word(lt, w);
    return f.length() > 3
        && (f.endsWith("er") || f.endsWith("ir") || f.endsWith("re") || f.endsWith("ar"));
  }

  /** The folded text of word {@code w}. */
  static String word(LocalText lt, int[] w) {
    return lt.folded.substring(w[0], w[1]);
  }

  /** The index of the first word that starts at or after {@code offset}; the size when none. */
  static int indexAt(List<int[]> words, int offset) {
    int k = 0;
    while (k < words.size() && words.get(k)[0] < offset) {
      k++;
    }
    return k;
  }
}
