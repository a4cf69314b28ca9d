package org.entente.pipeline.lang.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.ActorMention;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;

/**
 * Where a French or Spanish title ends, and which states and bodies it names on the way. From the
 * head of the lexicon ("ministre", "vicecanciller") the title runs on over its joins ("de", "des",
 * "y"), its portfolios ("Affaires étrangères", "Obras Públicas"), lower-case adjectives
 * ("adjointe", "interino"), the actors it names ("du Gabon", "chileno") and a list of portfolios
 * that goes on past a comma; it stops at a finite verb, at a capital that opens a name, at other
 * punctuation, or after twenty words. An actor named as a portfolio ("chargé de la Francophonie")
 * or as an envoy's post ("embajadora en Honduras") is no side of the official. Immutable and
 * thread-safe.
 */
final class TitleExtent {

  /**
   * Where a title ends in the text, and the codes of the actors it names as its side, in the text's
   * order (unmodifiable).
   */
  record Extent(int end, Set<String> actors) {}

  /** Words that join the parts of a title ("ministre des Affaires étrangères et des Cultes"). */
  static final Set<String> JOINS =
      Set.of(
          "deux", "dos", "ambos", "pays", "pais", "paises", "de", "des", "du", "d'", "la", "le",
          "les", "l'", "et", "del", "el", "los", "las", "y", "e", "para", "pour", "en", "charge",
          "chargee", "aux", "au", "al");

  /** Words that continue a list of portfolios after a comma: ", de la Coopération", ", y de". */
  private static final Set<String> PORTFOLIO_JOINS = Set.of("de", "du", "des", "d'", "del");

  /**
   * "des deux pays", "de ambos países", "de ambas naciones": the title of several officials goes
   * on.
   */
  private static final Set<String> COUNTRY_NOUNS =
      Set.of("pays", "pais", "paises", "nation", "nations", "nacion", "naciones");

  /**
   * Finite verbs that end a title in lower case after its capitals: "el ministro de Relaciones
   * Exteriores recibió …", "le ministre des Affaires Étrangères a reçu …" — a Spanish preterite
   * ("recibió", "sostuvo") or a French auxiliary.
   */
  private static final Set<String> FINITE =
      Set.of(
          "a", "ont", "est", "sont", "avait", "avaient", "sera", "seront", "fut", "dijo", "fue",
          "tuvo", "sostuvo", "hizo", "estuvo", "mantuvo", "es", "ha", "han", "seran");

  /**
   * A lower-case adjective that ends a portfolio after its noun: "chargée des affaires politiques",
   * "de relations extérieures", "ambassadeur extraordinaire et plénipotentiaire".
   */
  private static final Pattern ADJECTIVE =
      Pattern.compile(
          "\\p{L}+(?:iques?|al|ales?|aux|elles?|ieure?s?|icas?|icos?|eres?|ers|aires?|ari[oa]s?"
              + "|iv[oa]s?|ive?s?)"
              + "|adjointe?s?|adjunt[oa]s?"
              // an office's standing: interim, designate, elect, outgoing
              + "|interin[oa]s?|interimaire|designad[oa]s?|designee?s?|elect[oa]s?|elue?s?"
              + "|sortante?s?|saliente"
              // an office's rank: "vicepresidenta primera", "vice-président premier"
              + "|primer[oa]?|segund[oa]|tercer[oa]?|premiere?|deuxieme|seconde?");

  /**
   * A state or organisation named as a portfolio, not as the official's side: "ministre déléguée
   * chargée de la Francophonie", "ministro de Asuntos Exteriores, Unión Europea y Cooperación".
   */
  private static final Pattern PORTFOLIO =
      Pattern.compile(
          "(?:\\bcharge(?:e|s|es)? (?:de|du|des|de la|de l')|\\b(?:exteriores|etrangeres),)\\s*(?:la |l')?$");

  /** What stands between an envoy's title and their post: "en", "au", "aux", "à". */
  private static final Pattern POSTED =
      Pattern.compile("(?:\\ben|\\bau|\\baux|\\ba)\\s+(?:la |le |l'|el )?$");

  /** The most words a title runs on after its head. */
  private static final int MAX_ROLE_WORDS = 20;

  private final Lexicon lexicon;

  TitleExtent(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The extent of the title whose head is {@code hit}, in a sentence of {@code words}. */
  Extent read(LocalText lt, List<int[]> words, PhraseList.Hit<String> hit) {
    int k = 0;
    while (k < words.size() && words.get(k)[0] < hit.end()) {
      k++;
    }
    int roleEnd = hit.end();
    Set<String> roleActors = new LinkedHashSet<>();
    boolean afterJoin = false;
    // the head itself takes an adjective: "canciller nacional", "directrice générale adjointe"
    boolean lastAfterJoin = true;
    boolean lastCapital = false;
    boolean afterCountry = false;
    boolean countryEnded = false; // "de ambas naciones, A y B": names follow, not portfolios
    int steps = 0;
    int prevEnd = hit.end();
    while (k < words.size() && steps++ < MAX_ROLE_WORDS) {
      int[] w = words.get(k);
      String lw = lt.folded.substring(w[0], w[1]);
      String gap = lt.text.substring(prevEnd, w[0]);
      if (gap.strip().equals(",")
          && roleActors.size() >= 2
          && RespectiveNames.pluralHead(lt, hit.start(), hit.end())) {
        break; // "les ministres … du Togo et du Bénin, A et B": the names follow
      }
      if (gap.strip().equals(",")
          && PORTFOLIO_JOINS.contains(lw)
          && roleEnd > hit.end()
          && TitleContext.capitalAfterJoins(lt, words, k)) {
        // "ministre des Affaires étrangères, de la Coopération et des Marocains ...": the list of
        // portfolios goes on past its comma
        afterJoin = true;
        prevEnd = w[1];
        k++;
        continue;
      }
      if (gap.strip().equals(",")
          && roleEnd > hit.end()
          && !countryEnded
          && !RespectiveNames.pluralHead(lt, hit.start(), hit.end())
          && TitleContext.listedPortfolios(lt, words, k)) {
        // "ministro de Relaciones Exteriores, Comercio Internacional y Culto": capitalised
        // portfolios listed after the comma, the last after "y" (after a plural title, names)
        afterJoin = true;
        prevEnd = lt.text.indexOf(',', prevEnd) + 1;
        continue;
      }
      if (!gap.isBlank()) {
        break;
      }
      ActorMention actor = lt.actorAt(w[0]);
      if (actor != null) {
        if (!PORTFOLIO.matcher(lt.folded.substring(hit.start(), w[0])).find()
            && !postedTo(lt, hit, w[0])) {
          roleActors.add(actor.code());
        }
        roleEnd = actor.span().end();
        while (k < words.size() && words.get(k)[0] < roleEnd) {
          k++;
        }
        prevEnd = roleEnd;
        afterJoin = false;
        // "ministre marocain des Affaires", but "el canciller peruano recibió": after a demonym
        // only a join goes on
        lastCapital = actor.how() != ActorMention.How.DEMONYM;
        continue;
      }
      boolean capital = Character.isUpperCase(lt.text.charAt(w[0]));
      if (COUNTRY_NOUNS.contains(lw)) {
        roleEnd = w[1];
        prevEnd = w[1];
        afterJoin = false;
        lastCapital = false;
        afterCountry = true; // "del país caribeño": the noun takes an adjective
        countryEnded = true;
        k++;
        continue;
      }
      if ((JOINS.contains(lw) || lt.text.startsWith("à", w[0]) && w[1] - w[0] == 1) && !capital) {
        afterJoin = true;
        prevEnd = w[1];
        k++;
        continue;
      }
      // after a join any word; after a capital a lower-case adjective ("Affaires étrangères");
      // a second capital only when titles use it ("Relaciones Exteriores"): else a name begins
      boolean inRole =
          afterJoin
              || afterCountry && !capital && !isFinite(lt, w, lw)
              || lastCapital
                  && (!capital && !isFinite(lt, w, lw)
                      || lexicon.isTitleWord(lw)
                      || capital && ADJECTIVE.matcher(lw).matches()) // "Asuntos Estratégicos"
              || lastAfterJoin && !capital && ADJECTIVE.matcher(lw).matches();
      if (!inRole) {
        break;
      }
      roleEnd = w[1];
      prevEnd = w[1];
      lastCapital = capital;
      lastAfterJoin = afterJoin;
      countryEnded = afterCountry;
      afterJoin = false;
      afterCountry = false;
      k++;
    }
    return new Extent(roleEnd, Collections.unmodifiableSet(roleActors));
  }

  /**
   * An envoy's post, not their state: "embajador designado en Bolivia", "ambassadeur au Mali" (but
   * "embajador de Cuba en Guatemala" is Cuba's).
   */
  private static boolean postedTo(LocalText lt, PhraseList.Hit<String> hit, int actorStart) {
    String head = lt.folded.substring(hit.start(), hit.end());
    if (!(head.startsWith("ambassad") || head.startsWith("embajad"))) {
      return false;
    }
    return POSTED
        .matcher(lt.folded.substring(Math.max(hit.end(), actorStart - 5), actorStart))
        .find();
  }

  /**
   * Whether word {@code w} is a finite verb: a Spanish preterite in "-ó" or one of {@link #FINITE}.
   */
  private static boolean isFinite(LocalText lt, int[] w, String folded) {
    return lt.text.charAt(w[1] - 1) == '\u00f3' || FINITE.contains(folded);
  }
}
