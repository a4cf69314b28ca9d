package org.entente.pipeline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * A per-document index that the event extractors share: for each sentence, its tokens, the actor
 * mentions, officials, time expressions and places inside it, plus the document's dateline city and
 * the salience of each actor. Built once per extractor call; not thread-safe.
 *
 * <p>All offsets are in repaired-text coordinates.
 */
public final class EventContext {

  /**
   * One sentence and what lies inside it. The places of the document are looked up on the first
   * call to {@link #places()} of any of its clauses (or to {@link EventContext#dateline()}): a
   * document without a trigger never needs them.
   */
  public static final class Clause {

    private final EventContext context;
    private final int index;
    private final Sentence sentence;
    private final List<ActorMention> actors;
    private final List<PersonMention> persons;
    private final List<DateMention> dates;

    Clause(
        EventContext context,
        int index,
        Sentence sentence,
        List<ActorMention> actors,
        List<PersonMention> persons,
        List<DateMention> dates) {
      this.context = context;
      this.index = index;
      this.sentence = sentence;
      this.actors = actors;
      this.persons = persons;
      this.dates = dates;
    }

    /** The sentence's index in the document. */
    public int index() {
      return index;
    }

    public Sentence sentence() {
      return sentence;
    }

    /** The actor mentions inside the sentence, in text order. */
    public List<ActorMention> actors() {
      return actors;
    }

    /** The mentions of officials inside the sentence, in text order. */
    public List<PersonMention> persons() {
      return persons;
    }

    /** The time expressions inside the sentence, in text order. */
    public List<DateMention> dates() {
      return dates;
    }

    /** The places (cities) named inside the sentence, in text order. */
    public List<PlaceMatch> places() {
      return context.places().get(index);
    }

    /**
     * The sentence's tokens, as the one list class they are in (the sentence copies them into it):
     * calls to {@code get} and {@code size} on that final class are bound and inlined by the
     * launcher's client compiler, where calls through {@link List} are dispatched.
     */
    public FrozenList<Token> tokens() {
      return (FrozenList<Token>) sentence.tokens();
    }

    /** The index of the first token that ends after {@code offset}; the token count if none. */
    public int tokenAt(int offset) {
      // A binary search: a sentence's tokens are in text order and apart, so their ends increase.
      FrozenList<Token> t = tokens();
      int lo = 0;
      int hi = t.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (t.get(mid).end() > offset) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }

  /** A mention of an official in the text, by full name, surname or title. */
  public record PersonMention(Person person, Span span) {}

  private final Analysis analysis;
  private final String text;
  private final LocalDate published;
  private final List<Clause> clauses;
  private final Gazetteer gazetteer;
  private final List<Sentence> sentences;

  /** The places of each sentence, looked up on first use; see {@link #places()}. */
  private List<List<PlaceMatch>> placesIn;

  private PlaceMatch dateline;
  private final Map<String, Double> salience;
  private final Map<String, List<String>> members;

  /**
   * The index of {@code analysis}, built on first use and shared by the event stages (they run
   * after sentences, actors, dates and officials are complete).
   */
  public static EventContext of(Analysis analysis, Gazetteer gazetteer) {
    return analysis.memo(EventContext.class, a -> new EventContext(a, gazetteer));
  }

  public EventContext(Analysis analysis, Gazetteer gazetteer) {
    this.analysis = analysis;
    this.text = analysis.text();
    this.published = analysis.referenceDate();
    this.gazetteer = gazetteer;
    List<PersonMention> personMentions = new ArrayList<>();
    for (Person p : analysis.persons()) {
      for (Span s : p.spans()) {
        personMentions.add(new PersonMention(p, s));
      }
    }
    personMentions.sort((a, b) -> a.span().compareTo(b.span()));
    List<Sentence> sentences = analysis.sentences();
    this.sentences = sentences;
    List<List<ActorMention>> actors = bySentence(analysis.actors(), sentences, a -> a.span());
    List<List<PersonMention>> persons = bySentence(personMentions, sentences, PersonMention::span);
    List<List<DateMention>> dates = bySentence(analysis.dates(), sentences, DateMention::span);
    List<Clause> cs = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      cs.add(new Clause(this, i, sentences.get(i), actors.get(i), persons.get(i), dates.get(i)));
    }
    this.clauses = List.copyOf(cs);
    this.salience = computeSalience();
    this.members = Map.copyOf(MemberLists.find(clauses));
  }

  /**
   * For each sentence, the items whose span lies within it, in the order of {@code items}.
   * Sentences that are not empty, in text order and apart, as the splitter makes them, hold a
   * non-empty item each at most: it is put in its sentence, found by binary search, in one pass
   * instead of a scan of the whole list for each sentence. Otherwise each sentence takes its items
   * from the list.
   */
  private static <T> List<List<T>> bySentence(
      List<T> items, List<Sentence> sentences, java.util.function.Function<T, Span> span) {
    int n = sentences.size();
    List<List<T>> out = new ArrayList<>(n);
    if (!inOrderAndApart(sentences)) {
      for (Sentence s : sentences) {
        out.add(within(items, s, span));
      }
      return out;
    }
    int[] starts = new int[n];
    for (int k = 0; k < n; k++) {
      starts[k] = sentences.get(k).start();
      out.add(new ArrayList<>());
    }
    for (T t : items) {
      Span sp = span.apply(t);
      if (sp.start() == sp.end()) {
        // an empty span on the boundary of two sentences lies within both
        for (int k = 0; k < n; k++) {
          Sentence s = sentences.get(k);
          if (sp.start() >= s.start() && sp.end() <= s.end()) {
            out.get(k).add(t);
          }
        }
        continue;
      }
      int k = java.util.Arrays.binarySearch(starts, sp.start());
      k = k >= 0 ? k : -k - 2; // the last sentence starting at or before the item
      if (k >= 0 && sp.end() <= sentences.get(k).end()) {
        out.get(k).add(t);
      }
    }
    return out;
  }

  private static boolean inOrderAndApart(List<Sentence> sentences) {
    for (int k = 0; k + 1 < sentences.size(); k++) {
      Sentence a = sentences.get(k);
      if (a.start() >= a.end() || a.end() > sentences.get(k + 1).start()) {
        return false;
      }
    }
    return true;
  }

  private static <T> List<T> within(
      List<T> items, Sentence s, java.util.function.Function<T, Span> span) {
    List<T> out = new ArrayList<>();
    for (T t : items) {
      Span sp = span.apply(t);
      if (sp.start() >= s.start() && sp.end() <= s.end()) {
        out.add(t);
      }
    }
    return out;
  }

  public Analysis analysis() {
    return analysis;
  }

  public String text() {
    return text;
  }

  /** The publication date, or null. */
  public LocalDate published() {
    return published;
  }

  public List<Clause> clauses() {
    return clauses;
  }

  /** The city of the dateline ("RABAT, March 2 -", "Rabat –"), or null. */
  public PlaceMatch dateline() {
    places();
    return dateline;
  }

  /**
   * The places of each sentence, by sentence index: the gazetteer's walk over the whole text, made
   * on first use (with the dateline, which is read from the same matches).
   */
  private List<List<PlaceMatch>> places() {
    if (placesIn == null) {
      List<PlaceMatch> places = gazetteer.findPlaces(text);
      placesIn = bySentence(places, sentences, p -> new Span(p.start(), p.end()));
      dateline = findDateline(places);
    }
    return placesIn;
  }

  /** Actor codes by how much the document is about them: mentions, the headline counting double. */
  public Map<String, Double> salience() {
    return salience;
  }

  /**
   * Groups whose members the text enumerates ("the Andean Community — Bolivia, Colombia … —"): the
   * group's code → its member states in text order.
   */
  public Map<String, List<String>> members() {
    return members;
  }

  /** The two most salient actor codes that are states or organisations, most salient first. */
  public List<String> topActors(int n) {
    return salience.entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The words of a token, lower case. */
  public static String lower(Token t) {
    return t.lower();
  }

  /** The lower-case text of token {@code k}, or "" outside the list. */
  static String lower(FrozenList<Token> tokens, int k) {
    return k < 0 || k >= tokens.size() ? "" : lower(tokens.get(k));
  }

  private PlaceMatch findDateline(List<PlaceMatch> places) {
    // The dateline opens the first paragraph after the headline: "CITY, Month Day -" or "City –".
    int bodyStart = 0;
    int blank = text.indexOf("\n\n");
    if (blank >= 0 && blank < 400) {
      bodyStart = blank + 2;
      while (bodyStart < text.length() && Character.isWhitespace(text.charAt(bodyStart))) {
        bodyStart++;
      }
    }
    for (PlaceMatch p : places) {
      if (p.start() < bodyStart) {
        continue;
      }
      if (p.start() > bodyStart + 2) {
        break;
      }
      int k = p.end();
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      if (k < text.length() && ",–—-(".indexOf(text.charAt(k)) >= 0) {
        return p;
      }
    }
    return null;
  }

  /** The word after an organisation that makes it a ministry's portfolio: "ASEAN Affairs". */
  private static final String PORTFOLIO = " affairs";

  private Map<String, Double> computeSalience() {
    Map<String, Double> s = new HashMap<>();
    int headlineEnd = text.indexOf("\n\n");
    for (ActorMention a : analysis.actors()) {
      if (a.kind() == ActorKind.ORGANISATION
          && text.regionMatches(true, a.span().end(), " affairs", 0, PORTFOLIO.length())) {
        continue; // "the Trade and ASEAN Affairs Ministry": a portfolio, nobody's side
      }
      double w = headlineEnd > 0 && a.span().start() < headlineEnd ? 2.0 : 1.0;
      s.merge(a.code(), w, Double::sum);
    }
    for (Person p : analysis.persons()) {
      if (p.affiliation() != null) {
        s.merge(p.affiliation(), 0.5 * p.spans().size(), Double::sum);
      }
    }
    return s;
  }

  /** True when the document speaks of phone calls anywhere. */
  public boolean mentionsPhone() {
    for (Clause c : clauses) {
      for (Token t : c.tokens()) {
        String w = lower(t);
        if (w.equals("phone") || w.equals("telephone") || w.equals("readout")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Codes in first-seen order without repeats. */
  public static Set<String> codes() {
    return new LinkedHashSet<>();
  }
}
