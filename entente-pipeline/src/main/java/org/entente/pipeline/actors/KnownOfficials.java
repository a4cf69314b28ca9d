package org.entente.pipeline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.lang.Folding;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.text.WordFilter;

/**
 * Officials whom news names without a title, from a list of heads of state and government, foreign
 * ministers and heads of organisations ({@code known-officials.tsv}): "Ana Rojas said", "los
 * presidentes Ana Rojas y Luis Vega", when the list gives those names. A name written in full that
 * no official of the text covers is an official of the state the list gives; an official the text
 * found is given that state when its name is one of the list's, or whose surname the list gives
 * alone (one no one else in the news bears: "President Rojas"), a person's state not changing with
 * the sentence, the one they served in the month of publication when they served several (a prime
 * minister who became an organisation's head). Titles stay what the text says. Runs after the
 * officials stages, in every language. Immutable and thread-safe.
 */
public final class KnownOfficials implements Stage {

  /** One actor a listed official served, from a month on (year * 100 + month; 0: always). */
  private record Served(int from, String code) {}

  /** The actors each folded full name served, latest first; filled by {@link #load}. */
  private static final Map<String, List<Served>> SERVED = new HashMap<>();

  /** The listed officials' folded names by their first word, longest first. */
  private static final Map<String, List<String>> BY_FIRST_WORD = load();

  /** The keys of {@link #BY_FIRST_WORD}: every capitalised word asks, few start a name. */
  private static final WordFilter FIRST_WORDS = new WordFilter(BY_FIRST_WORD.keySet());

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new HashMap<>();
    java.util.Set<String> rows = new java.util.HashSet<>();
    for (ResourceFile.Line l : ResourceFile.read(KnownOfficials.class, "known-officials.tsv")) {
      String name = l.field(0).strip();
      String code = l.field(1).strip();
      String start = l.field(2).strip();
      if (!code.matches("[A-Z][A-Z0-9_]{1,15}")
          || !start.isEmpty() && !start.matches("(19|20)\\d\\d(-(0[1-9]|1[0-2]))?")) {
        throw l.error("expected FULL NAME <TAB> ACTOR CODE [<TAB> FROM YYYY or YYYY-MM]");
      }
      String folded = Folding.fold(name);
      int from =
          start.isEmpty()
              ? 0
              : Integer.parseInt(start.substring(0, 4)) * 100
                  + (start.length() > 4 ? Integer.parseInt(start.substring(5)) : 1);
      if (!rows.add(folded + "\t" + from)) {
        throw l.error("'" + name + "' is listed twice from the same month");
      }
      List<Served> served = SERVED.computeIfAbsent(folded, k -> new ArrayList<>());
      if (served.isEmpty()) {
        int sp = folded.indexOf(' ');
        out.computeIfAbsent(sp < 0 ? folded : folded.substring(0, sp), k -> new ArrayList<>())
            .add(folded);
      }
      served.add(new Served(from, code));
      served.sort((a, b) -> b.from() - a.from());
    }
    out.values().forEach(v -> v.sort((a, b) -> b.length() - a.length()));
    // a hash map, not Map.copyOf: asked about every capitalised word, and its lookup compares hash
    // codes before it compares strings
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The actor {@code folded} served in {@code month} (year * 100 + month; 0: the latest). */
  private static String servedIn(String folded, int month) {
    List<Served> served = SERVED.get(folded);
    if (served == null) {
      return null;
    }
    for (Served s : served) {
      if (month == 0 || s.from() <= month) {
        return s.code();
      }
    }
    return served.get(served.size() - 1).code();
  }

  @Override
  public String name() {
    return "KnownOfficials";
  }

  @Override
  public void process(Analysis analysis) {
    String text = analysis.text();
    LocalDate published = analysis.referenceDate();
    int month = published == null ? 0 : published.getYear() * 100 + published.getMonthValue();
    Map<String, List<Span>> mentions = new LinkedHashMap<>(); // folded name -> where it stands
    Map<String, String> written = new HashMap<>(); // folded name -> the text's first form
    int n = text.length();
    int after = 0; // the end of the last name found: a name's own words start no other
    for (Sentence sentence : analysis.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int tk = 0, count = tokens.size(); tk < count; tk++) { // by index: one call per token
        Token t = tokens.get(tk);
        // only a capitalised word may start a name: most words cost no lookup
        if (t.start() < after || t.type() != Token.Type.WORD || !t.isCapitalised()) {
          continue;
        }
        String key = ascii(t.lower()) ? t.lower() : Folding.fold(t.lower());
        List<String> ks = FIRST_WORDS.mayContain(key) ? BY_FIRST_WORD.get(key) : null;
        if (ks == null) {
          continue;
        }
        int i = t.start();
        for (String k : ks) {
          int end = i + k.length();
          if (foldedAt(text, i, k) && (end == n || !Character.isLetterOrDigit(text.charAt(end)))) {
            mentions.computeIfAbsent(k, x -> new ArrayList<>()).add(new Span(i, end));
            written.putIfAbsent(k, text.substring(i, end));
            after = end;
            break;
          }
        }
      }
    }
    List<Person> persons = analysis.persons();
    for (int p = 0; p < persons.size(); p++) {
      Person person = persons.get(p);
      String code = codeOf(person.name(), mentions, month);
      if (code != null
          && !code.equals(person.affiliation())
          && !servedOrganisation(analysis, person)) {
        persons.set(p, new Person(person.name(), person.role(), code, person.spans()));
      }
    }
    for (Map.Entry<String, List<Span>> m : mentions.entrySet()) {
      // a surname alone ("Rojas's plan") gives a found official its state, but names no one new
      if (m.getKey().indexOf(' ') > 0 && !covered(persons, m.getKey(), m.getValue())) {
        persons.add(
            new Person(written.get(m.getKey()), null, servedIn(m.getKey(), month), m.getValue()));
      }
    }
  }

  /**
   * Whether the text gave {@code person} an organisation that the list says they served at some
   * time ("the alliance's Secretary General X", in a text dated before the list's month): the
   * text's own words about an office outweigh the list's month.
   */
  private static boolean servedOrganisation(Analysis analysis, Person person) {
    String affiliation = person.affiliation();
    List<Served> served =
        affiliation == null ? null : SERVED.get(Folding.fold(person.name().strip()));
    if (served == null) {
      return false;
    }
    boolean listed = false;
    for (Served s : served) {
      listed |= s.code().equals(affiliation);
    }
    if (!listed) {
      return false;
    }
    for (ActorMention a : analysis.actors()) {
      if (a.code().equals(affiliation)) {
        return a.kind() != ActorKind.STATE;
      }
    }
    return false;
  }

  private static boolean ascii(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} holds {@code folded}, folded, at {@code at}. */
  private static boolean foldedAt(String text, int at, String folded) {
    if (at + folded.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < folded.length(); j++) {
      if (Folding.fold(text.charAt(at + j)) != folded.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The listed state of an official the text found: by the full name, by the first and last word of
   * it ("Ana María Rojas Vega" is not "María Rojas"), or by a surname alone when the text writes
   * one listed name ending in it in full.
   */
  private static String codeOf(String name, Map<String, List<Span>> mentions, int month) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String f = Folding.fold(name.strip());
    if (SERVED.containsKey(f)) {
      return servedIn(f, month);
    }
    String[] w = f.split("\\s+");
    String found = null;
    for (String listed : mentions.keySet()) {
      String[] lw = listed.split(" ");
      boolean same =
          w.length == 1
              ? lw[lw.length - 1].equals(w[0])
              : lw[0].equals(w[0]) && lw[lw.length - 1].equals(w[w.length - 1]);
      if (same) {
        String code = servedIn(listed, month);
        if (found != null && !found.equals(code)) {
          return null; // two listed names of the text end so: no reading
        }
        found = code;
      }
    }
    return found;
  }

  /** Whether an official of the text already stands for the listed name's mentions. */
  private static boolean covered(List<Person> persons, String folded, List<Span> spans) {
    String[] lw = folded.split(" ");
    for (Person p : persons) {
      if (p.name() == null) {
        continue;
      }
      String[] w = Folding.fold(p.name().strip()).split("\\s+");
      if (w[w.length - 1].equals(lw[lw.length - 1])
          && (w.length == 1 || w[0].charAt(0) == lw[0].charAt(0))) {
        return true;
      }
      for (Span s : p.spans()) {
        for (Span m : spans) {
          if (s.start() < m.end() && m.start() < s.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
