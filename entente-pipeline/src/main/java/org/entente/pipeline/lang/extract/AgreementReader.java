package org.entente.pipeline.lang.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Agreement;
import org.entente.model.PartialDate;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.lang.Folding;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.text.WordForms;
import org.entente.pipeline.time.DateMention;

/**
 * Finds the instruments of a French or Spanish text: a noun of the lexicon ("protocole d'accord",
 * "hoja de ruta", "convenio") with its complements as the name ("protocole d'entente sur la domaine
 * de l'énergie"), the status nearest to it in its sentence (none: referenced), its date when it was
 * signed, agreed or adopted, and as parties the actors of its sentence, else those of the
 * document's meetings. "D'accord" and "de acuerdo con" are no instruments. Immutable and
 * thread-safe.
 */
public final class AgreementReader implements Stage {

  /** Words that may continue a name after its noun. */
  private static final Set<String> JOINS =
      Set.of(
          "contre",
          "contra",
          "de",
          "des",
          "du",
          "d'",
          "la",
          "le",
          "les",
          "l'",
          "en",
          "matiere",
          "dans",
          "domaine",
          "sur",
          "entre",
          "pour",
          "para",
          "sobre",
          "con",
          "del",
          "el",
          "los",
          "las",
          "au",
          "aux",
          "relatif",
          "relative",
          "portant",
          "materia",
          "ambos",
          "deux");

  /** Words that end a name. */
  private static final Set<String> STOPS =
      Set.of(
          "a", "ont", "est", "sont", "qui", "que", "dont", "fue", "es", "son", "se", "et", "y",
          "lors", "afin", "ainsi", "cuyo", "cuya", "lo", "sera");

  private static final int MAX_NAME_WORDS = 10;

  /** Participles end a name: "l'accord signé lundi", "el acuerdo firmado ayer". */
  private static final java.util.regex.Pattern PARTICIPLE =
      java.util.regex.Pattern.compile(
          "\\p{L}{3,}(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)");

  private final Lexicon lexicon;

  public AgreementReader(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public String name() {
    return "AgreementExtractor";
  }

  @Override
  public void process(Analysis analysis) {
    LocalText lt = LocalText.of(analysis);
    Set<String> names = new HashSet<>();
    TreeSet<String> meetingParties = lt.leadParties();
    for (Sentence s : lt.sentences()) {
      List<int[]> words = lt.words(s.start(), s.end());
      for (PhraseList.Hit<Agreement.Kind> hit :
          lexicon.instruments().find(lt.folded, s.start(), s.end())) {
        if (hit.value() == null || notAnInstrument(lt, hit) || rementioned(lt, hit, analysis)) {
          continue;
        }
        int end = nameEnd(lt, words, hit.end());
        String name = lt.text.substring(hit.start(), end).strip();
        // a bare plural ("les autres accords") announces a list, it names no instrument
        boolean uncountedPlural = hit.phrase().endsWith("s") && !counted(lt, hit);
        if (end == hit.end() && uncountedPlural) {
          continue;
        }
        if (!names.add(lt.folded.substring(hit.start(), end).strip())
            || sameAsFound(name, analysis)) {
          continue;
        }
        Agreement.Status status = status(lt, s, hit);
        int cs = lt.clauseStart(s.start(), hit.start());
        int ce = lt.sentenceEnd(hit.end(), s.end());
        if (status != Agreement.Status.PROPOSED
            && status != Agreement.Status.REFERENCED
            && Tense.isFuture(lexicon, lt, cs, ce, analysis.referenceDate())) {
          status = Agreement.Status.PROPOSED; // "sera signée le mois prochain"
        }
        // nor does a plural noun without a count, a proper name or a quotation ("acuerdos
        // comerciales", "des partenariats avec les pays voisins"): it is a kind of thing, unless
        // signed, agreed or adopted field by field ("ont signé des accords dans les domaines de la
        // santé et de la pêche")
        if (uncountedPlural
            && generic(name, hit)
            && (status == Agreement.Status.REFERENCED
                || status == Agreement.Status.PROPOSED
                || !byField(lt.folded.substring(hit.start(), end)))) {
          continue;
        }
        PartialDate date = null;
        if (status == Agreement.Status.SIGNED
            || status == Agreement.Status.AGREED
            || status == Agreement.Status.ADOPTED) {
          for (DateMention d : lt.datesIn(s.start(), s.end())) {
            if (d.pointDate() != null
                && d.kind() == org.entente.model.Deadline.Kind.EXACT
                && !lt.isDateline(d)
                && !Tense.after(d, analysis.referenceDate())) {
              date = d.pointDate();
              break;
            }
          }
          if (date == null && analysis.referenceDate() != null) {
            date = PartialDate.of(analysis.referenceDate());
          }
        }
        List<String> parties = lt.partiesIn(s.start(), s.end());
        if (parties.size() < 2 && !meetingParties.isEmpty()) {
          TreeSet<String> p = new TreeSet<>(parties);
          p.addAll(meetingParties);
          parties = List.copyOf(p);
        }
        analysis
            .agreements()
            .add(
                new Agreement(
                    parties,
                    name,
                    hit.value(),
                    status,
                    date,
                    null,
                    List.of(new Span(hit.start(), end))));
        if (pluralNoun(lt, hit)) {
          // "des accords dans les domaines de l'élevage, du transport et du tourisme": one each
          for (InstrumentLists.Item item :
              InstrumentLists.following(lt.text, hit.start(), end, s.end())) {
            if (names.add(Folding.fold(item.name()))) {
              analysis
                  .agreements()
                  .add(
                      new Agreement(
                          parties,
                          item.name(),
                          hit.value(),
                          status,
                          date,
                          null,
                          List.of(new Span(item.start(), item.end()))));
            }
          }
        }
      }
    }
  }

  /**
   * Determiners that point back to an instrument already named ("ce protocole", "del memorándum").
   */
  private static final java.util.regex.Pattern BACK_REFERENCE =
      java.util.regex.Pattern.compile(
          "(?:^|\\s)(?:ce|cet|cette|ces|este|esta|estos|estas|dicho|dicha|le|la|l'|les|el|del|du|al|los|las)\\s*$");

  private static final java.util.regex.Pattern DEMONSTRATIVE =
      java.util.regex.Pattern.compile(
          "(?:^|\\s)(?:ce|cet|cette|ces|este|esta|estos|estas|dicho|dicha)\\s*$");

  /**
   * A re-mention: a demonstrative before the noun, or a definite article before a noun whose kind
   * the text has already named.
   */
  private static boolean rementioned(
      LocalText lt, PhraseList.Hit<Agreement.Kind> hit, Analysis analysis) {
    String before = lt.folded.substring(Math.max(0, hit.start() - 8), hit.start());
    if (DEMONSTRATIVE.matcher(before).find()) {
      return true;
    }
    if (!BACK_REFERENCE.matcher(before).find() || properName(lt, hit)) {
      return false;
    }
    for (Agreement a : analysis.agreements()) {
      if (a.kind() == hit.value()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "el Memorando de Entendimiento sobre Turismo Sostenible": an instrument named by its own
   * capitalised title after an article is a new one, not the last one again; the first letter of a
   * sentence says nothing.
   */
  private static boolean properName(LocalText lt, PhraseList.Hit<Agreement.Kind> hit) {
    if (!Character.isUpperCase(lt.text.charAt(hit.start()))) {
      return false;
    }
    int k = hit.start() - 1;
    while (k >= 0 && Character.isWhitespace(lt.text.charAt(k))) {
      k--;
    }
    return k >= 0 && Character.isLetter(lt.text.charAt(k)); // an article before it, in the text
  }

  /** Whether a number stands before the noun: "six accords", "3 convenios". */
  private static boolean counted(LocalText lt, PhraseList.Hit<Agreement.Kind> hit) {
    String before = lt.folded.substring(Math.max(0, hit.start() - 24), hit.start()).strip();
    String[] words = before.split("\\s+");
    String last = words[words.length - 1];
    if (COUNT_ADJECTIVES.contains(last) && words.length > 1) {
      last = words[words.length - 2]; // "les deux autres accords", "los tres nuevos acuerdos"
    }
    return COUNT.matcher(last).matches();
  }

  private static final java.util.regex.Pattern COUNT =
      java.util.regex.Pattern.compile(
          "\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez");

  /** Words between a count and its noun: "deux autres accords", "tres nuevos convenios". */
  private static final Set<String> COUNT_ADJECTIVES =
      Set.of("autres", "otros", "otras", "nouveaux", "nouvelles", "nuevos", "nuevas", "premiers");

  /** Nouns that open a list of fields: "dans les domaines de", "en materia de". */
  private static final Set<String> FIELDS =
      Set.of(
          "domaine",
          "domaines",
          "secteur",
          "secteurs",
          "matiere",
          "materia",
          "ambito",
          "ambitos",
          "area",
          "areas",
          "sector",
          "sectores",
          "campo",
          "campos");

  /** Whether a folded name lists fields after its noun. */
  private static boolean byField(String foldedName) {
    for (String w : foldedName.split("[\\s']+")) {
      if (FIELDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name has no proper name, number or quotation after its noun. */
  private static boolean generic(String name, PhraseList.Hit<Agreement.Kind> hit) {
    int from = Math.min(name.length(), hit.end() - hit.start());
    for (int i = from; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c) || "«»\"“”'".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether an instrument of about the same name was found already (half its words or more). */
  private static boolean sameAsFound(String name, Analysis analysis) {
    Set<String> w = WordForms.words(name);
    for (Agreement a : analysis.agreements()) {
      Set<String> o = WordForms.words(a.name());
      Set<String> common = new HashSet<>(w);
      common.retainAll(o);
      if (!w.isEmpty()
          && !o.isEmpty()
          && common.size() * 2 >= Math.min(w.size(), o.size()) + 1
          && common.size() >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether the instrument's noun is plural: "accords de coopération", "memorandos". */
  private static boolean pluralNoun(LocalText lt, PhraseList.Hit<Agreement.Kind> hit) {
    int e = hit.start();
    while (e < hit.end() && Character.isLetter(lt.folded.charAt(e))) {
      e++;
    }
    return e > hit.start() && lt.folded.charAt(e - 1) == 's';
  }

  private static boolean notAnInstrument(LocalText lt, PhraseList.Hit<Agreement.Kind> hit) {
    String before = lt.folded.substring(Math.max(0, hit.start() - 4), hit.start());
    String after = lt.folded.substring(hit.end(), Math.min(lt.folded.length(), hit.end() + 5));
    // "d'accord" (agreeing), not "d'accords" (of agreements)
    return before.endsWith("d'") && !pluralNoun(lt, hit)
        || before.endsWith("de ") && (after.startsWith(" a ") || after.startsWith(" con"));
  }

  private static int nameEnd(LocalText lt, List<int[]> words, int from) {
    int k = 0;
    while (k < words.size() && words.get(k)[0] < from) {
      k++;
    }
    int end = from;
    int prevEnd = from;
    boolean afterJoin = false;
    int n = 0;
    int adjectives = 0;
    boolean titled = false; // "Memorando de Entendimiento sobre Turismo Sostenible"
    while (k < words.size() && n++ < MAX_NAME_WORDS) {
      int[] w = words.get(k);
      if (!lt.text.substring(prevEnd, w[0]).isBlank()) {
        break;
      }
      String lw = lt.folded.substring(w[0], w[1]);
      boolean capital = Character.isUpperCase(lt.text.charAt(w[0]));
      if (JOINS.contains(lw)) {
        afterJoin = true;
      } else if (titled && !capital) {
        break; // a title in capitals ends at its first lower-case word: "… Sostenible prevé"
      } else if (STOPS.contains(lw)
          || !afterJoin
              && PARTICIPLE
                  .matcher(lt.text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT))
                  .matches()
          || !afterJoin
              && n > 2
              && !Character.isUpperCase(lt.text.charAt(w[0]))
              && (adjectives++ > 0 || lw.length() < 4)) {
        break;
      } else {
        afterJoin = false;
        end = w[1];
        titled |= capital;
      }
      prevEnd = w[1];
      k++;
    }
    return end;
  }

  private Agreement.Status status(LocalText lt, Sentence s, PhraseList.Hit<Agreement.Kind> hit) {
    Agreement.Status best = Agreement.Status.REFERENCED;
    int bestDistance = Integer.MAX_VALUE;
    for (PhraseList.Hit<Agreement.Status> st :
        lexicon.statuses().find(lt.folded, s.start(), s.end())) {
      if (st.value() == null) {
        continue;
      }
      int d =
          st.end() <= hit.start() ? hit.start() - st.end() : Math.max(0, st.start() - hit.end());
      if (d < bestDistance) {
        bestDistance = d;
        best = st.value();
      }
    }
    return best;
  }
}
