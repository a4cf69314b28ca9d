package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.model.ActorMention;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.text.Sentence;

/**
 * Finds the officials of a French or Spanish text from their titles, never from a list of people: a
 * title of the lexicon ("ministre", "canciller"), its complements ("des Affaires étrangères du
 * Niger", "panameño"), an optional comma and honorific ("l'honorable", "Dr."), then a name of at
 * least two capitalised words ("Jean-Marc Le Berre"); a list of names after one title ("los
 * ministros X de Paraguay, Y de Brasil") gives one official each. The affiliation is the first
 * state or organisation inside the title, else the one right after the name ("de Paraguay"), else
 * the document's home state. A later mention by surname alone ("la ministre Dubois") adds a span.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficialsReader implements Stage {

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

  /** Lower-case words that may stand inside a name ("Ortiz de Rozas", "Sidi Ould Cheikh"). */
  static final Set<String> PARTICLES =
      Set.of("de", "del", "la", "las", "los", "le", "ould", "ben", "da");

  /**
   * A lower-case adjective that ends a portfolio after its noun: "chargée des affaires politiques",
   * "de relations extérieures", "ambassadeur extraordinaire et plénipotentiaire".
   */
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

  private static final java.util.regex.Pattern POSTED =
      java.util.regex.Pattern.compile("(?:\\ben|\\bau|\\baux|\\ba)\\s+(?:la |le |l'|el )?$");

  /**
   * Finite verbs that end a title in lower case after its capitals: "el ministro de Relaciones
   * Exteriores recibió …", "le ministre des Affaires Étrangères a reçu …" — a Spanish preterite
   * ("recibió", "sostuvo") or a French auxiliary.
   */
  private static boolean isFinite(LocalText lt, int[] w, String folded) {
    return lt.text.charAt(w[1] - 1) == '\u00f3' || FINITE.contains(folded);
  }

  private static final Set<String> FINITE =
      Set.of(
          "a", "ont", "est", "sont", "avait", "avaient", "sera", "seront", "fut", "dijo", "fue",
          "tuvo", "sostuvo", "hizo", "estuvo", "mantuvo", "es", "ha", "han", "seran");

  private static final java.util.regex.Pattern ADJECTIVE =
      java.util.regex.Pattern.compile(
          "\\p{L}+(?:iques?|al|ales?|aux|elles?|ieure?s?|icas?|icos?|eres?|ers|aires?|ari[oa]s?"
              + "|iv[oa]s?|ive?s?)"
              + "|adjointe?s?|adjunt[oa]s?"
              // an office's standing: interim, designate, elect, outgoing
              + "|interin[oa]s?|interimaire|designad[oa]s?|designee?s?|elect[oa]s?|elue?s?"
              + "|sortante?s?|saliente");

  /**
   * A state or organisation named as a portfolio, not as the official's side: "ministre déléguée
   * chargée de la Francophonie", "ministro de Asuntos Exteriores, Unión Europea y Cooperación".
   */
  private static final java.util.regex.Pattern PORTFOLIO =
      java.util.regex.Pattern.compile(
          "(?:\\bcharge(?:e|s|es)? (?:de|du|des|de la|de l')|\\b(?:exteriores|etrangeres),)\\s*(?:la |l')?$");

  /** A body's short name in brackets after a title: " (SICA)", " (OEA)". */
  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}\\-]{1,11}\\)");

  private static final int ACRONYM_REACH = 16;

  /** The most words a title runs on after its head. */
  private static final int MAX_ROLE_WORDS = 20;

  private final Lexicon lexicon;

  public OfficialsReader(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public String name() {
    return "OfficialsExtractor";
  }

  private static final java.util.regex.Pattern PAYS =
      java.util.regex.Pattern.compile("\\b(?:du|del) (?:pays|pais)\\b");

  @Override
  public void process(Analysis analysis) {
    LocalText lt = LocalText.of(analysis);
    List<FoundOfficial> found = new ArrayList<>();
    for (Sentence s : lt.sentences()) {
      List<int[]> words = lt.words(s.start(), s.end());
      for (PhraseList.Hit<String> hit : lexicon.titles().find(lt.folded, s.start(), s.end())) {
        read(lt, words, hit, found);
      }
    }
    found = OfficialSides.coordinated(lt, lexicon, OfficialSides.counterparts(lt, found));
    // full names first, then surnames alone that name one of them
    Map<String, FoundOfficial> byName = new LinkedHashMap<>();
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    for (FoundOfficial f : found) {
      if (f.name().indexOf(' ') > 0 && bySurname(found, f.name()) == null) {
        FoundOfficial before = byName.get(f.name());
        if (before == null) {
          byName.put(f.name(), f);
          spans.put(f.name(), new ArrayList<>());
        } else if (!before.told() && f.told()) {
          // a later title of the same official says whose: "ministre d'État, ministre ... du Togo"
          byName.put(
              f.name(),
              new FoundOfficial(f.name(), before.role(), f.affiliation(), before.span(), true));
        }
      }
    }
    for (FoundOfficial f : found) {
      String key = byName.containsKey(f.name()) ? f.name() : bySurname(byName, f.name());
      if (key != null) {
        spans.get(key).add(f.span());
      }
    }
    byName.forEach(
        (n, f) -> analysis.persons().add(new Person(n, f.role(), f.affiliation(), spans.get(n))));
  }

  /** A longer name in {@code found} that ends with {@code name}, or null. */
  private static String bySurname(List<FoundOfficial> found, String name) {
    for (FoundOfficial f : found) {
      if (f.name().endsWith(" " + name)) {
        return f.name();
      }
    }
    return null;
  }

  private static String bySurname(Map<String, FoundOfficial> byName, String surname) {
    for (String n : byName.keySet()) {
      if (n.endsWith(" " + surname) || n.equals(surname)) {
        return n;
      }
    }
    return null;
  }

  private void read(
      LocalText lt, List<int[]> words, PhraseList.Hit<String> hit, List<FoundOfficial> out) {
    int k = 0;
    while (k < words.size() && words.get(k)[0] < hit.end()) {
      k++;
    }
    if (RespectiveNames.pluralHead(lt, hit.start(), hit.end())) {
      // "les présidents malien Oumar Traoré et sénégalais Abdou Diop"
      List<String> states = new ArrayList<>();
      List<int[]> named = RespectiveNames.byDemonym(lt, words, k, states);
      if (named != null) {
        String head = lt.text.substring(hit.start(), hit.end());
        for (int x = 0; x < named.size(); x++) {
          int[] span = named.get(x);
          out.add(
              new FoundOfficial(
                  lt.text.substring(span[0], span[1]),
                  head,
                  states.get(x),
                  new Span(span[0], span[1]),
                  true));
        }
        return;
      }
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
          && TitleContext.listedPortfolios(lt, words, k)) {
        // "ministro de Relaciones Exteriores, Comercio Internacional y Culto": capitalised
        // portfolios listed after the comma, the last after "y"
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
    // back to the first word after the role
    k = 0;
    while (k < words.size() && words.get(k)[0] < roleEnd) {
      k++;
    }
    String role = lt.text.substring(hit.start(), roleEnd);
    if (roleActors.size() >= 2 && RespectiveNames.pluralHead(lt, hit.start(), hit.end())) {
      int n = k;
      if (n < words.size() && lt.text.substring(roleEnd, words.get(n)[0]).strip().equals(",")) {
        List<int[]> named = RespectiveNames.names(lt, words, n, roleActors.size());
        if (named != null) {
          // each state of the title is the official's named in the same place of the list
          java.util.Iterator<String> states = roleActors.iterator();
          for (int[] span : named) {
            out.add(
                new FoundOfficial(
                    lt.text.substring(span[0], span[1]),
                    role,
                    states.next(),
                    new Span(span[0], span[1]),
                    true));
          }
          return;
        }
      }
    }
    String head = lt.folded.substring(hit.start(), hit.end());
    if (head.contains("ministr") || head.contains("canciller")) {
      // "ministre des Affaires étrangères, des Affaires européennes et de la Coopération": a
      // minister serves a state; an organisation among the portfolios is a subject
      roleActors.removeIf(lt::isOrganisation);
    }
    String affiliation =
        roleActors.isEmpty()
            ? (hit.value().isEmpty() ? null : TitleContext.titleDefault(lt, hit.value()))
            : roleActors.iterator().next();
    if (affiliation == null) {
      affiliation = TitleContext.delegationLedBy(lt, hit.start());
    }
    if (affiliation == null && PAYS.matcher(lt.folded.substring(hit.start(), roleEnd)).find()) {
      affiliation = lt.other(); // "del país andino": the home state's counterpart
    }
    int listStart = out.size();
    int from = roleEnd;
    java.util.regex.Matcher acronym = ACRONYM.matcher(lt.text);
    acronym.region(roleEnd, Math.min(lt.text.length(), roleEnd + ACRONYM_REACH));
    if (acronym.lookingAt()) {
      // "secretario general del Sistema de la Integración Centroamericana (SICA), Sr. X": the
      // body's short name between title and name
      from = acronym.end();
      while (k < words.size() && words.get(k)[0] < from) {
        k++;
      }
    }
    boolean first = true;
    String listed = null; // the state a list names before its next name: "…, y de Bolivia, Name"
    while (k < words.size()) {
      if (!first) {
        ActorMention before = TitleContext.stateAfter(lt, words, k);
        int at = before == null ? -1 : closed(lt, before.span().end());
        if (at >= 0 && lt.text.startsWith(",", at)) {
          listed = before.code();
          from = at + 1;
          while (k < words.size() && words.get(k)[0] < from) {
            k++;
          }
          if (k >= words.size()) {
            break;
          }
        }
      }
      int gapEnd = words.get(k)[0];
      String gap = lt.text.substring(from, gapEnd).strip();
      if (!(gap.isEmpty() || gap.equals(","))) {
        break;
      }
      String article = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
      if ((article.equals("le") || article.equals("la") || article.equals("el"))
          && k + 1 < words.size()
          && lexicon.honorifics().first(lt.folded, words.get(k + 1)[0], words.get(k + 1)[1] + 1)
              != null) {
        k++; // "…de la santé (OMS), le Dr Name"
        gapEnd = words.get(k)[0];
      }
      // honorifics
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
      int start = k;
      int end = k;
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
        if (lt.actorAt(w[0]) != null
                && !(end == start && TitleContext.givenNameCity(lt, words, end))
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
      if (end == start) {
        break;
      }
      int ns = words.get(start)[0];
      int ne = words.get(end - 1)[1];
      String name = lt.text.substring(ns, ne);
      if (end - start == 1 && !first) {
        break;
      }
      if ((!first || gap.equals(",")) && ownTitleAfter(lt, ne)) {
        break; // "…, S.E. Mme Ana Couto, ambassadrice du Brésil": a name with a title of its own
      }
      String after = TitleContext.affiliationAfter(lt, words, end);
      String own = after != null ? after : listed;
      listed = null;
      String aff = own != null ? own : affiliation != null ? affiliation : lt.homeFor(ne);
      out.add(
          new FoundOfficial(name, role, aff, new Span(ns, ne), own != null || affiliation != null));
      // a list of names after one title: ", Y de Brasil" / " et M. Z"
      k = end;
      from = ne;
      if (after != null) {
        while (k < words.size() && lt.actorAt(words.get(k)[0]) == null) {
          k++;
        }
        if (k < words.size()) {
          from = lt.actorAt(words.get(k)[0]).span().end();
          while (k < words.size() && words.get(k)[0] < from) {
            k++;
          }
        }
      }
      if (k < words.size()) {
        String lw = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
        if ((lw.equals("et") || lw.equals("y"))
            && lt.text.substring(from, words.get(k)[0]).strip().matches("\\)?,?")) {
          from = words.get(k)[1];
          k++;
        }
      }
      first = false;
    }
    if (out.size() == listStart) {
      apposition(lt, hit, role, affiliation, out);
    }
    // "les chefs de gouvernement des deux pays, M. X et M. Y": one state each, in the text's order
    List<FoundOfficial> list = out.subList(listStart, out.size());
    List<String> states = lt.statesInOrder();
    if (list.size() >= 2
        && list.stream().noneMatch(FoundOfficial::told)
        && states.size() >= list.size()) {
      for (int i = 0; i < list.size(); i++) {
        FoundOfficial f = list.get(i);
        list.set(i, new FoundOfficial(f.name(), f.role(), states.get(i), f.span(), true));
      }
    }
  }

  /** The end of a state's mention at {@code end}, its closing bracket included ("(Guatemala)"). */
  private static int closed(LocalText lt, int end) {
    return lt.text.startsWith(")", end) ? end + 1 : end;
  }

  /** A name before its title: "Jean Dupont, ministre des Affaires étrangères du Maroc". */
  private static final java.util.regex.Pattern NAME_BEFORE =
      java.util.regex.Pattern.compile(
          "(\\p{Lu}[\\p{L}'’-]+(?:[ \\u00a0]+(?:(?:de|del|da|ould|ben)[ \\u00a0]+)?\\p{Lu}[\\p{L}'’-]+){1,3}),\\s+"
              + "(?:(?:le|la|l'|l’|el|actuel|actuelle|actual)\\s*)?"
              // a first title between: "X, ministre d'État, ministre des Affaires étrangères"
              + "(?:\\p{Ll}[^,.;:()«»\"]{2,40},\\s+)?$");

  private void apposition(
      LocalText lt,
      PhraseList.Hit<String> hit,
      String role,
      String affiliation,
      List<FoundOfficial> out) {
    int from = Math.max(0, hit.start() - 80);
    java.util.regex.Matcher m = NAME_BEFORE.matcher(lt.text.substring(from, hit.start()));
    if (!m.find()) {
      return;
    }
    int ns = from + m.start(1);
    int ne = from + m.end(1);
    if (lt.actorAt(ns) != null || lt.actorAt(ne - 1) != null) {
      return;
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
      return;
    }
    String name = lt.text.substring(ns, ne);
    out.add(
        new FoundOfficial(
            name,
            role,
            affiliation != null ? affiliation : lt.homeFor(ne),
            new Span(ns, ne),
            affiliation != null));
  }

  /** Whether a comma and a title follow offset {@code at}: "Ana Couto, ambassadrice du Brésil". */
  private boolean ownTitleAfter(LocalText lt, int at) {
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
}
