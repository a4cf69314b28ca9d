package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>For each title the reader asks {@link TitleExtent} where it ends and which actors it names,
 * {@link TitleAffiliation} whose officials it makes, and {@link TitleNames} (with {@link NameRun})
 * the names it introduces; {@link RespectiveNames} pairs the names after a plural title with its
 * states. Once {@link OfficialSides} has corrected the guessed sides of counterparts and of
 * officials listed in one delegation, this class merges the officials of the document by name.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficialsReader implements Stage {

  private final Lexicon lexicon;
  private final TitleExtent titles;
  private final TitleNames names;

  public OfficialsReader(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.titles = new TitleExtent(lexicon);
    this.names = new TitleNames(new NameRun(lexicon));
  }

  @Override
  public String name() {
    return "OfficialsExtractor";
  }

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
    found = OfficialSides.coordinated(lt, lexicon, OfficialSides.counterparts(lt, lexicon, found));
    found = OfficialSides.hosts(lt, lexicon, found);
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
        } else if (before.role() == null) {
          // "son homologue togolais, M. X, ministre d'État": the side first, the office after
          byName.put(
              f.name(),
              new FoundOfficial(
                  f.name(), f.role(), before.affiliation(), before.span(), before.told()));
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

  /** The name in {@code byName} that is {@code surname} or ends with it, or null. */
  private static String bySurname(Map<String, FoundOfficial> byName, String surname) {
    for (String n : byName.keySet()) {
      if (n.endsWith(" " + surname) || n.equals(surname)) {
        return n;
      }
    }
    return null;
  }

  /** Adds to {@code out} the officials that the title headed by {@code hit} names. */
  private void read(
      LocalText lt, List<int[]> words, PhraseList.Hit<String> hit, List<FoundOfficial> out) {
    int k = 0;
    while (k < words.size() && words.get(k)[0] < hit.end()) {
      k++;
    }
    if (RespectiveNames.pluralHead(lt, hit.start(), hit.end())) {
      // "les présidents malien Oumar Traoré et sénégalais Abdou Diop"
      List<FoundOfficial> each = byDemonym(lt, words, k, hit);
      if (each != null) {
        out.addAll(each);
        return;
      }
    }
    TitleExtent.Extent title = titles.read(lt, words, hit);
    int roleEnd = title.end();
    // back to the first word after the role
    k = 0;
    while (k < words.size() && words.get(k)[0] < roleEnd) {
      k++;
    }
    String role = lt.text.substring(hit.start(), roleEnd);
    if (title.actors().size() >= 2 && RespectiveNames.pluralHead(lt, hit.start(), hit.end())) {
      List<FoundOfficial> each = respective(lt, words, k, roleEnd, role, title);
      if (each != null) {
        out.addAll(each);
        return;
      }
    }
    String affiliation = TitleAffiliation.of(lt, hit, title);
    int listStart = out.size();
    names.read(lt, words, k, hit.start(), roleEnd, role, affiliation, out);
    if (out.size() > listStart && RespectiveNames.pluralHead(lt, hit.start(), hit.end())) {
      nextPortfolios(lt, words, hit, affiliation, out);
    }
    TitleAffiliation.inTextOrder(lt, out.subList(listStart, out.size()));
  }

  /**
   * A plural title's next portfolio, its head left out, and the name it introduces: "los ministros
   * de Pesca, X, y de Turismo, Y"; "les ministres de la Santé, X, et de l'Éducation, Y". Adds one
   * official for each to {@code out}.
   */
  private void nextPortfolios(
      LocalText lt,
      List<int[]> words,
      PhraseList.Hit<String> hit,
      String affiliation,
      List<FoundOfficial> out) {
    for (int guard = 0; guard < MAX_PORTFOLIOS; guard++) {
      int last = out.get(out.size() - 1).span().end();
      Matcher m = NEXT_PORTFOLIO.matcher(lt.text);
      m.region(last, Math.min(lt.text.length(), last + NEXT_PORTFOLIO_REACH));
      if (!m.lookingAt()) {
        return;
      }
      int k = 0;
      while (k < words.size() && words.get(k)[0] < m.end(1)) {
        k++;
      }
      String role = lt.text.substring(hit.start(), hit.end()) + " " + m.group(1);
      int before = out.size();
      names.read(lt, words, k, hit.start(), m.end(1), role, affiliation, out);
      if (out.size() == before) {
        return;
      }
    }
  }

  /** The most portfolios a plural title lists with their names. */
  private static final int MAX_PORTFOLIOS = 4;

  /** How far after a name its next portfolio may end. */
  private static final int NEXT_PORTFOLIO_REACH = 80;

  /** ", y de Turismo," / ", et de l'Éducation nationale,": a portfolio without its head. */
  private static final Pattern NEXT_PORTFOLIO =
      Pattern.compile(
          ",?\\s+(?:y|e|et)\\s+((?:del?|des|du|d['’])\\s*(?:la\\s+|l['’])?\\p{Lu}[^,.;:()]{0,50}?)(?=,)");

  /**
   * The officials listed from word {@code k} after a plural title, each after their state's
   * demonym, or null when no such list stands there.
   */
  private static List<FoundOfficial> byDemonym(
      LocalText lt, List<int[]> words, int k, PhraseList.Hit<String> hit) {
    List<String> states = new ArrayList<>();
    List<int[]> named = RespectiveNames.byDemonym(lt, words, k, states);
    if (named == null) {
      return null;
    }
    String head = lt.text.substring(hit.start(), hit.end());
    List<FoundOfficial> out = new ArrayList<>();
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
    return out;
  }

  /**
   * The officials listed after a comma from word {@code k}, one for each state the plural title
   * names, or null when no such list stands there.
   */
  private static List<FoundOfficial> respective(
      LocalText lt, List<int[]> words, int k, int roleEnd, String role, TitleExtent.Extent title) {
    if (k >= words.size() || !lt.text.substring(roleEnd, words.get(k)[0]).strip().equals(",")) {
      return null;
    }
    List<int[]> named = RespectiveNames.names(lt, words, k, title.actors().size());
    if (named == null) {
      return null;
    }
    // each state of the title is the official's named in the same place of the list
    Iterator<String> states = title.actors().iterator();
    List<FoundOfficial> out = new ArrayList<>();
    for (int[] span : named) {
      out.add(
          new FoundOfficial(
              lt.text.substring(span[0], span[1]),
              role,
              states.next(),
              new Span(span[0], span[1]),
              true));
    }
    return out;
  }
}
