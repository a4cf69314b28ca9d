package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Meeting;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.events.CommitmentLexicon.Complement;
import org.entente.pipeline.events.CommitmentLexicon.Guard;
import org.entente.pipeline.events.CommitmentLexicon.Trigger;
import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * Finds forward-looking undertakings: what parties agreed, decided, pledged, planned or are
 * scheduled to do.
 *
 * <p>Design. Each sentence is searched for trigger phrases ({@code commitment-triggers.tsv}:
 * "agreed to", "will", "is expected to", "commitment to", "planned"). A trigger is dropped when
 * negated ("did not agree to"), hedged ("may", "hoped", "if ... will") or, in a question. Its
 * complement must follow: "to" and a verb, a bare verb, a gerund or a noun phrase; wishes ("would
 * like to") never qualify. The {@link ActionReader} reads the verb phrase to the end of its clause
 * and splits coordinated phrases. The parties are the subject: the party named nearest before the
 * trigger with those coordinated with it ("Egypt and the Soviet Union"); "the two sides" and "they"
 * are the parties of the last meeting or the document's two main actors; "he" or "the minister" the
 * last official's affiliation. "will" and "would" need such a subject ("the forum will deepen" is
 * no undertaking), "would" also a reporting verb. The deadline is the time expression inside the
 * phrase, read as a deadline. Repeated undertakings are one record.
 */
public final class CommitmentExtractor implements Stage {

  private static final Set<String> MARKERS =
      Set.of(",", ";", ":", "that", "said", "says", "told", "\"", "“", "”");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "it", "them", "its", "their", "his",
          "her", "our", "which", "what", "any", "some", "such");

  /** How many earlier records a new undertaking is compared with (linear time on garbled text). */
  static final int MERGE_WINDOW = 64;

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "in", "to", "from", "for", "on", "at", "by", "against", "into", "toward", "towards",
          "over", "about", "between", "among");
  private static final Set<String> OBJECT_MARKERS =
      Set.of(
          "to",
          "with",
          "from",
          "by",
          "met",
          "meets",
          "called",
          "phoned",
          "invited",
          "told",
          "received",
          "hosted",
          "visited",
          "urged");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");

  private final Gazetteer gazetteer;
  private final CommitmentLexicon lexicon;
  private final ActionReader reader;

  public CommitmentExtractor() {
    this(Gazetteer.defaults());
  }

  public CommitmentExtractor(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.lexicon = CommitmentLexicon.defaults();
    this.reader = new ActionReader(lexicon);
  }

  @Override
  public void process(Analysis analysis) {
    EventContext ctx = EventContext.of(analysis, gazetteer);
    List<Commitment> found = new ArrayList<>();
    String lastOfficial = null;
    Clause previousClause = null;
    for (Clause c : ctx.clauses()) {
      List<Token> tokens = c.tokens();
      if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).text().contains("?")) {
        List<PartyFinder.Named> named = PartyFinder.named(c);
        int coveredTo = -1;
        Set<String> previous = Set.of();
        for (PhraseTable.Match<Trigger> m : lexicon.triggers().find(tokens)) {
          if (m.from() < coveredTo || blocked(c, m) || !verbReading(c, named, m)) {
            continue;
          }
          if (m.value().complement() == Complement.NOMINAL) {
            ActionReader.Action a = nominal(ctx, c, m);
            Set<String> parties = proposer(c, named, m, previousClause);
            if (a != null && !parties.isEmpty()) {
              add(found, c, parties, a);
              coveredTo = Math.max(coveredTo, a.to());
            }
            continue;
          }
          int start = complementStart(c, m);
          if (start < 0) {
            continue;
          }
          String occasion = occasionSubject(c, m);
          if (occasion != null) {
            // "Talks are due to begin in Moscow on Wednesday": the parties are those of the talks.
            String verb = EventContext.lower(tokens.get(start));
            List<ActionReader.Action> read = reader.read(ctx, c, start, false);
            Set<String> pair = pair(ctx, c);
            if (!occasion.isEmpty()
                && lexicon.is(verb, WordClass.ONSET)
                && !read.isEmpty()
                && pair.size() >= 2) {
              ActionReader.Action a = read.get(0);
              add(
                  found,
                  c,
                  pair,
                  new ActionReader.Action(
                      a.from(), a.to(), verb + " " + occasion, a.place(), a.date()));
              coveredTo = Math.max(coveredTo, a.to());
            }
            continue;
          }
          Set<String> parties = subject(ctx, c, subjects(c, named), m, lastOfficial, previous);
          if (parties.isEmpty()) {
            continue;
          }
          previous = parties;
          boolean nouns =
              m.value().complement() == Complement.NOUN
                  && !EventContext.lower(tokens.get(start - 1)).equals("to");
          DateMention fronted = frontedDate(c, m, ctx.published());
          for (ActionReader.Action a : reader.read(ctx, c, start, nouns)) {
            if (a.date() == null && fronted != null) {
              a = new ActionReader.Action(a.from(), a.to(), a.text(), a.place(), fronted);
            }
            add(found, c, parties, a);
            coveredTo = Math.max(coveredTo, a.to());
          }
        }
      }
      for (EventContext.PersonMention p : c.persons()) {
        if (p.person().affiliation() != null && !object(c, p)) {
          lastOfficial = p.person().affiliation();
        }
      }
      previousClause = c;
    }
    for (Commitment s : ScheduledOccasions.find(ctx, lexicon)) {
      if (found.stream().noneMatch(f -> sameOccasion(f, s))) {
        found.add(s);
      }
    }
    analysis
        .commitments()
        .addAll(OccasionMerge.merge(ctx, lexicon, EventDeadlines.anchor(ctx, lexicon, found)));
  }

  /**
   * Adds an undertaking, or folds it into an earlier one with the same head verb whose words
   * overlap by half, or whose words contain or are contained in its own (the headline and the body
   * often say the same thing): parties and spans are joined, the fuller wording is kept.
   */
  private static void add(
      List<Commitment> found, Clause c, Set<String> parties, ActionReader.Action a) {
    List<Token> tokens = c.tokens();
    Span span = new Span(tokens.get(a.from()).start(), tokens.get(a.to() - 1).end());
    Deadline deadline = a.date() == null ? null : a.date().deadline();
    Set<String> words = ContentWords.of(a.text());
    String head = headWord(a.text());
    for (int i = Math.max(0, found.size() - MERGE_WINDOW); i < found.size(); i++) {
      Commitment old = found.get(i);
      Set<String> ow = ContentWords.of(old.action());
      Set<String> shared = new HashSet<>(words);
      shared.retainAll(ow);
      int smaller = Math.min(words.size(), ow.size());
      boolean sameHead = headWord(old.action()).equals(head) && shared.size() * 2 >= smaller;
      boolean contained = shared.size() >= 2 && shared.size() == smaller;
      if (!sameHead && !contained) {
        continue;
      }
      boolean longer = words.size() > ow.size();
      Set<String> joined = new TreeSet<>(old.parties());
      joined.addAll(parties);
      List<Span> spans = new ArrayList<>(old.spans());
      spans.add(span);
      found.set(
          i,
          new Commitment(
              new ArrayList<>(joined),
              longer ? a.text() : old.action(),
              old.place() != null ? old.place() : a.place(),
              old.deadline() != null && old.deadline().due() != null ? old.deadline() : deadline,
              null,
              spans));
      return;
    }
    found.add(
        new Commitment(
            new ArrayList<>(new TreeSet<>(parties)),
            a.text(),
            a.place(),
            deadline,
            null,
            List.of(span)));
  }

  /** An undertaking already read that shares a party and half its words with {@code s}. */
  private static boolean sameOccasion(Commitment f, Commitment s) {
    if (f.parties().stream().noneMatch(s.parties()::contains)) {
      return false;
    }
    Set<String> a = ContentWords.of(f.action());
    Set<String> b = ContentWords.of(s.action());
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size() * 2 >= Math.min(a.size(), b.size());
  }

  private static String headWord(String action) {
    int space = action.indexOf(' ');
    return (space < 0 ? action : action.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /** Negated, hedged or a wish: "did not agree to", "may be expected to", "if ... will". */
  private boolean blocked(Clause c, PhraseTable.Match<Trigger> m) {
    List<Token> tokens = c.tokens();
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - 8); k--) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";")) {
        break;
      }
      boolean near = m.from() - k <= 3;
      if (near && lexicon.is(w, WordClass.NEGATION)
          || lexicon.is(w, WordClass.HEDGE) && (near || w.equals("if") || w.equals("whether"))) {
        return true;
      }
    }
    for (int k = m.from(); k < m.to(); k++) {
      if (lexicon.is(EventContext.lower(tokens.get(k)), WordClass.NEGATION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A time expression that opens the sentence and is set off by a comma ("Next year, the government
   * has promised to ask ..."): it governs every undertaking of the sentence that has no time of its
   * own. Null when there is none before the trigger.
   */
  private static DateMention frontedDate(
      Clause c, PhraseTable.Match<Trigger> m, java.time.LocalDate published) {
    List<Token> tokens = c.tokens();
    for (DateMention d : c.dates()) {
      java.time.LocalDate last = d.due() == null ? null : d.due().latestDay();
      if (last == null || published != null && !last.isAfter(published)) {
        continue; // "Also on Wednesday, the agency reported ...": the day of the report
      }
      int from = c.tokenAt(d.start());
      int to = c.tokenAt(d.end());
      if (from <= 1 && to < m.from() && tokens.get(to).text().equals(",")) {
        return d;
      }
    }
    return null;
  }

  /**
   * The undertaking a proposal's content names: "would involve a revision of X" gives "revise X",
   * or null when no listed noun and "of" follow the trigger.
   */
  private ActionReader.Action nominal(EventContext ctx, Clause c, PhraseTable.Match<Trigger> m) {
    List<Token> tokens = c.tokens();
    int k = skip(c, m.to());
    if (k < tokens.size() && FUNCTION_WORDS.contains(EventContext.lower(tokens.get(k)))) {
      k++;
    }
    if (k + 2 >= tokens.size() || !EventContext.lower(tokens.get(k + 1)).equals("of")) {
      return null;
    }
    String verb = lexicon.verbOfNoun(EventContext.lower(tokens.get(k)));
    if (verb == null) {
      return null;
    }
    List<ActionReader.Action> read = reader.read(ctx, c, k + 2, true);
    if (read.isEmpty()) {
      return null;
    }
    ActionReader.Action a = read.get(0);
    return new ActionReader.Action(k, a.to(), verb + " " + a.text(), a.place(), a.date());
  }

  /**
   * Who is bound by a proposal's content: the party named before the trigger ("Morocco's plan would
   * include"), else the first party of the sentence before ("X proposed a framework. This framework
   * would involve ...").
   */
  private Set<String> proposer(
      Clause c, List<PartyFinder.Named> named, PhraseTable.Match<Trigger> m, Clause previous) {
    Set<String> s = PartyFinder.subject(c, named, 0, m.from());
    if (!s.isEmpty() || previous == null) {
      return s;
    }
    List<PartyFinder.Named> before = PartyFinder.named(previous);
    return before.isEmpty() ? Set.of() : Set.of(before.get(0).code());
  }

  /**
   * False when a trigger that is also a noun is read as the noun: "his vow to", "a plan to",
   * "Korea's plans to", "for planning to", "the planned signing". The word before a verb reading is
   * its subject (a party, an official, a pronoun, a title), "and", a form of "be" or an adverb.
   */
  private boolean verbReading(
      Clause c, List<PartyFinder.Named> named, PhraseTable.Match<Trigger> m) {
    List<Token> tokens = c.tokens();
    int k = m.from() - 1;
    if (m.value().complement() == Complement.NOUN) {
      return k < 0 || !FUNCTION_WORDS.contains(EventContext.lower(tokens.get(k)));
    }
    if (m.value().guard() != Guard.VERB) {
      return true;
    }
    while (k >= 0 && adverb(EventContext.lower(tokens.get(k)))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    Token t = tokens.get(k);
    String w = EventContext.lower(t);
    if (w.endsWith("'s") || w.endsWith("’s") || w.equals("'") || w.equals("’")) {
      return false;
    }
    if (lexicon.is(w, WordClass.PRONOUN)
        || lexicon.is(w, WordClass.BE)
        || lexicon.is(w, WordClass.TITLE)
        || w.equals("and")
        || w.equals("who")) {
      return true;
    }
    for (PartyFinder.Named n : named) {
      if (n.to() == k + 1) {
        return true;
      }
    }
    return false;
  }

  private boolean adverb(String w) {
    return lexicon.is(w, WordClass.SKIP)
        || (w.endsWith("ly") && w.length() > 4 && lexicon.verbBase(w) == null);
  }

  /**
   * The occasion that is the subject of a trigger ("talks are due to", "negotiations that are
   * scheduled to", "the summit, scheduled to"); empty when the occasion is set in a relative clause
   * ("where talks will begin"), null when the subject is something else.
   */
  private String occasionSubject(Clause c, PhraseTable.Match<Trigger> m) {
    List<Token> tokens = c.tokens();
    int k = m.from() - 1;
    while (k >= 0) {
      String w = EventContext.lower(tokens.get(k));
      if (adverb(w)
          || lexicon.is(w, WordClass.BE)
          || w.equals("that")
          || w.equals("which")
          || w.equals(",")
          || QUOTES.contains(w)) {
        k--;
      } else {
        break;
      }
    }
    if (k < 0) {
      return null;
    }
    String w = EventContext.lower(tokens.get(k));
    if (k > 0) {
      String lead = EventContext.lower(tokens.get(k - 1));
      if (lead.equals("where") || lead.equals("when")) {
        return ""; // "a visit to Beijing where talks will begin": part of another undertaking
      }
    }
    return lexicon.is(w, WordClass.EVENT) ? w : null;
  }

  /**
   * The parties that can be a subject: not one inside a prepositional phrase ("investment in the
   * U.S. would") nor a possessor ("Saudi Arabia's investment would"), unless it owns a title
   * ("China's foreign minister").
   */
  private List<PartyFinder.Named> subjects(Clause c, List<PartyFinder.Named> named) {
    List<Token> tokens = c.tokens();
    List<PartyFinder.Named> out = new ArrayList<>();
    for (PartyFinder.Named n : named) {
      int k = n.from() - 1;
      if (k >= 0 && EventContext.lower(tokens.get(k)).equals("the")) {
        k--;
      }
      if (k >= 0 && PREPOSITIONS.contains(EventContext.lower(tokens.get(k)))) {
        continue;
      }
      int last = n.to() - 1;
      boolean possessor =
          last < tokens.size()
                  && (EventContext.lower(tokens.get(last)).endsWith("'s")
                      || EventContext.lower(tokens.get(last)).endsWith("’s"))
              || n.to() < tokens.size()
                  && tokens.get(n.to()).isCapitalised()
                  && (EventContext.lower(tokens.get(n.to())).endsWith("'s")
                      || EventContext.lower(tokens.get(n.to())).endsWith("’s"));
      if (possessor && !ownsTitle(tokens, n.to())) {
        continue;
      }
      out.add(n);
    }
    return out;
  }

  private boolean ownsTitle(List<Token> tokens, int k) {
    for (int i = k; i < Math.min(tokens.size(), k + 4); i++) {
      if (lexicon.is(EventContext.lower(tokens.get(i)), WordClass.TITLE)) {
        return true;
      }
    }
    return false;
  }

  /** The token where the undertaking's words begin, or -1 when the complement is missing. */
  private int complementStart(Clause c, PhraseTable.Match<Trigger> m) {
    List<Token> tokens = c.tokens();
    Complement want = m.value().complement();
    int k = skip(c, m.to());
    if (want == Complement.NOUN
        && k < tokens.size()
        && EventContext.lower(tokens.get(k)).equals("to")) {
      want = Complement.TO;
    }
    if (want == Complement.TO) {
      if (k >= tokens.size() || !EventContext.lower(tokens.get(k)).equals("to")) {
        return -1;
      }
      k = skip(c, k + 1);
    }
    if (k >= tokens.size() || k + 1 >= tokens.size()) {
      return -1;
    }
    Token t = tokens.get(k);
    String w = EventContext.lower(t);
    if (t.type() != Token.Type.WORD || t.isCapitalised() || lexicon.is(w, WordClass.UNLIKELY)) {
      return -1;
    }
    switch (want) {
      case BARE:
        return lexicon.isBaseVerb(w) ? k : -1;
      case TO:
        return lexicon.verbBase(w) != null || !FUNCTION_WORDS.contains(w) ? k : -1;
      default:
        return FUNCTION_WORDS.contains(w) || lexicon.is(w, WordClass.NEGATION) ? -1 : k;
    }
  }

  /** Skips time words, quotes and adverbs ("formally", "also") between a trigger and its verb. */
  private int skip(Clause c, int k) {
    List<Token> tokens = c.tokens();
    int guard = k + 8;
    while (k < tokens.size() && k < guard) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (inDate(c, t)
          || t.text().equals("“")
          || t.text().equals("\"")
          || lexicon.is(w, WordClass.SKIP)
          || (w.endsWith("ly") && w.length() > 4 && lexicon.verbBase(w) == null)) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  private static boolean inDate(Clause c, Token t) {
    for (var d : c.dates()) {
      if (t.start() >= d.start() && t.end() <= d.end()) {
        return true;
      }
    }
    return false;
  }

  /** Who is bound; empty when the trigger's guard asks for a subject and none is found. */
  private Set<String> subject(
      EventContext ctx,
      Clause c,
      List<PartyFinder.Named> named,
      PhraseTable.Match<Trigger> m,
      String lastOfficial,
      Set<String> previous) {
    List<Token> tokens = c.tokens();
    Guard guard = m.value().guard() == Guard.VERB ? Guard.NONE : m.value().guard();
    if (guard == Guard.REPORTED && !reported(tokens)) {
      return Set.of();
    }
    int before = m.from() - 1;
    while (before > 0 && lexicon.is(EventContext.lower(tokens.get(before)), WordClass.SKIP)) {
      before--;
    }
    String joint = before >= 0 ? EventContext.lower(tokens.get(before)) : "";
    if (guard != Guard.NONE && (joint.equals("that") || joint.equals("which"))) {
      return Set.of(); // "a path that will defuse": the subject is no party
    }
    if (before > 0 && joint.equals("and") && !previous.isEmpty()) {
      return previous; // "he will sign X, and plans to visit Y": the subject of the first verb
    }
    if (before > 0 && joint.equals("and")) {
      // "He talked to X about Y and vowed to ...": the subject opens the sentence.
      Set<String> first = firstSubject(c, named, m.from(), lastOfficial);
      if (!first.isEmpty()) {
        return first;
      }
    }
    int segment = 0;
    for (int k = m.from() - 1; k >= 0; k--) {
      if (MARKERS.contains(EventContext.lower(tokens.get(k)))) {
        segment = k + 1;
        break;
      }
    }
    if (PartyFinder.bothSides(tokens, segment, m.from())) {
      return pair(ctx, c);
    }
    Set<String> s = PartyFinder.subject(c, named, segment, m.from());
    if (!s.isEmpty()) {
      return s;
    }
    for (int k = segment; k < m.from(); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("they") || w.equals("we")) {
        return pair(ctx, c);
      }
      if (w.equals("it")
          && !(k > 0
              && (lexicon.is(EventContext.lower(tokens.get(k - 1)), WordClass.REPORTING)
                  || EventContext.lower(tokens.get(k - 1)).equals("that")))) {
        continue; // "it will strengthen": a thing, unless reported ("said it would")
      }
      if (lexicon.is(w, WordClass.PRONOUN) || lexicon.is(w, WordClass.TITLE)) {
        String official = officialBefore(c, tokens.get(k).start(), lastOfficial);
        if (official != null) {
          return Set.of(official);
        }
      }
    }
    if (guard != Guard.NONE) {
      return Set.of();
    }
    s = PartyFinder.subject(c, named, 0, m.from());
    if (!s.isEmpty()) {
      return s;
    }
    if (lastOfficial != null) {
      return Set.of(lastOfficial);
    }
    return new LinkedHashSet<>(ctx.topActors(1));
  }

  /** The subject that opens the sentence: its first party group, or "he" as the last official. */
  private Set<String> firstSubject(
      Clause c, List<PartyFinder.Named> named, int to, String lastOfficial) {
    List<Token> tokens = c.tokens();
    String w = tokens.isEmpty() ? "" : EventContext.lower(tokens.get(0));
    if (lexicon.is(w, WordClass.PRONOUN) && !w.equals("they") && !w.equals("we")) {
      return lastOfficial == null ? Set.of() : Set.of(lastOfficial);
    }
    if (named.isEmpty() || named.get(0).from() > 3) {
      return Set.of();
    }
    int end = named.get(0).to();
    for (PartyFinder.Named n : named) {
      if (n.from() <= end + 3 && n.to() <= to) {
        end = Math.max(end, n.to());
      }
    }
    return PartyFinder.subject(c, named, 0, Math.min(to, end));
  }

  /**
   * True when an official is named as the object of a preposition or a verb of meeting ("spoke to
   * Prime Minister X", "met X"): "he" in the next sentence is rather the one who spoke.
   */
  private static boolean object(Clause c, EventContext.PersonMention p) {
    List<Token> tokens = c.tokens();
    int k = c.tokenAt(p.span().start()) - 1;
    while (k >= 0 && tokens.get(k).isCapitalised()) {
      k--;
    }
    return k >= 0 && OBJECT_MARKERS.contains(EventContext.lower(tokens.get(k)));
  }

  /** The official named last before {@code offset} in the sentence, else the last one before. */
  private static String officialBefore(Clause c, int offset, String lastOfficial) {
    String found = lastOfficial;
    for (EventContext.PersonMention p : c.persons()) {
      if (p.span().end() <= offset && p.person().affiliation() != null && !object(c, p)) {
        found = p.person().affiliation();
      }
    }
    return found;
  }

  private boolean reported(List<Token> tokens) {
    for (Token t : tokens) {
      if (lexicon.is(EventContext.lower(t), WordClass.REPORTING)) {
        return true;
      }
    }
    return false;
  }

  /** "The two sides": the parties of the last meeting so far, else the two main actors. */
  private static Set<String> pair(EventContext ctx, Clause c) {
    Meeting best = null;
    for (Meeting m : ctx.analysis().meetings()) {
      if (!m.spans().isEmpty() && m.spans().get(0).start() <= c.sentence().end()) {
        best = m;
      }
    }
    if (best != null) {
      return new LinkedHashSet<>(best.parties());
    }
    return new LinkedHashSet<>(ctx.topActors(2));
  }
}
