package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.Commitment;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.events.CommitmentLexicon.Complement;
import org.entente.pipeline.events.CommitmentLexicon.Guard;
import org.entente.pipeline.events.CommitmentLexicon.Trigger;
import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.text.FrozenList;
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
 * trigger with those coordinated with it ("Chile and Peru"); "the two sides" and "they" are the
 * parties of the last meeting or the document's two main actors; "he" or "the minister" the last
 * official's affiliation. "will" and "would" need such a subject ("the forum will deepen" is no
 * undertaking), "would" also a reporting verb. The deadline is the time expression inside the
 * phrase, read as a deadline. Repeated undertakings are one record.
 */
public final class CommitmentExtractor implements Stage {
  /** What separates the words of an action. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "it", "them", "its", "their", "his",
          "her", "our", "which", "what", "any", "some", "such");

  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");

  private final Gazetteer gazetteer;
  private final CommitmentLexicon lexicon;
  private final ActionReader reader;
  private final UndertakingSubjects subjects;
  private final CommitmentFrames frames = CommitmentFrames.defaults();
  private final PassiveUndertakings passives = PassiveUndertakings.defaults();
  private final ForthcomingOccasions forthcoming;

  public CommitmentExtractor() {
    this(Gazetteer.defaults());
  }

  public CommitmentExtractor(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.lexicon = CommitmentLexicon.defaults();
    this.reader = new ActionReader(lexicon);
    this.subjects = new UndertakingSubjects(lexicon);
    this.forthcoming = new ForthcomingOccasions(lexicon, reader);
  }

  @Override
  public void process(Analysis analysis) {
    EventContext ctx = EventContext.of(analysis, gazetteer);
    List<Commitment> found = new ArrayList<>();
    String lastOfficial = null;
    Clause previousClause = null;
    Set<String> listed = null; // the parties of a list of undertakings being read
    for (Clause c : ctx.clauses()) {
      FrozenList<Token> tokens = c.tokens();
      int item = listed == null ? -1 : ListedUndertakings.itemVerb(c, lexicon);
      if (item >= 0) {
        for (ActionReader.Action a : reader.read(ctx, c, item, false)) {
          CommitmentMerge.add(found, c, listed, a);
        }
        previousClause = c;
        continue;
      }
      listed = null;
      List<PartyFinder.Named> named = tokens.isEmpty() ? List.of() : PartyFinder.named(c);
      if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).text().contains("?")) {
        int coveredTo = -1;
        Set<String> previous = Set.of();
        List<PhraseTable.Match<Trigger>> matches = lexicon.triggers().find(tokens);
        for (int i = 0; i < matches.size(); i++) {
          PhraseTable.Match<Trigger> m = matches.get(i);
          boolean headline = m.value().guard() == Guard.HEADLINE;
          ActionReader.Action reduced = headline ? reducedRelative(ctx, c, m) : null;
          if (reduced != null) {
            CommitmentMerge.add(found, c, AnnouncedOccasions.parties(ctx, c, reduced), reduced);
            coveredTo = Math.max(coveredTo, reduced.to());
            continue;
          }
          PassiveUndertakings.Reading passiveRelative =
              headline ? reducedPassive(ctx, c, named, m) : null;
          if (passiveRelative != null) {
            // "a further EUR 150 million, to be disbursed in 2026"
            CommitmentMerge.add(found, c, passiveRelative.parties(), passiveRelative.action());
            coveredTo = Math.max(coveredTo, passiveRelative.action().to());
            continue;
          }
          if (headline && subjects.headlineSubject(c, named, m.from()).isEmpty()) {
            continue; // most "to" are no headline's future: reject them before any other reading
          }
          if (m.from() < coveredTo || blocked(c, m) || !verbReading(c, named, m)) {
            continue;
          }
          int end = ClauseCut.end(c, matches, i, lexicon);
          PassiveUndertakings.Reading passive = headline ? null : passive(ctx, c, named, m);
          if (passive != null) {
            CommitmentMerge.add(found, c, passive.parties(), passive.action());
            coveredTo = Math.max(coveredTo, passive.action().to());
            continue;
          }
          ActionReader.Action held = headline ? null : announced(ctx, c, m);
          if (held != null) {
            CommitmentMerge.add(found, c, AnnouncedOccasions.parties(ctx, c, held), held);
            coveredTo = Math.max(coveredTo, held.to());
            continue;
          }
          if (m.value().complement() == Complement.NOMINAL) {
            ActionReader.Action a = nominal(ctx, c, m);
            Set<String> parties = proposer(c, named, m, previousClause);
            if (a != null && !parties.isEmpty()) {
              CommitmentMerge.add(found, c, parties, a);
              coveredTo = Math.max(coveredTo, a.to());
            }
            continue;
          }
          int start = complementStart(c, m);
          if (start < 0 && ListedUndertakings.opensList(c, skip(c, m.to()))) {
            Set<String> parties =
                subjects.subject(ctx, c, subjects.subjects(c, named), m, lastOfficial, previous);
            listed = parties.isEmpty() ? null : parties;
          }
          if (start < 0) {
            continue;
          }
          String occasion = headline ? null : occasionSubject(c, m);
          if (occasion != null) {
            // "Talks are due to open in Oslo on Friday": the parties are those of the talks.
            String verb = EventContext.lower(tokens.get(start));
            List<ActionReader.Action> read = reader.read(ctx, c, start, false);
            Set<String> pair = UndertakingSubjects.pair(ctx, c);
            if (!occasion.isEmpty()
                && lexicon.is(verb, WordClass.ONSET)
                && !read.isEmpty()
                && pair.size() >= 2) {
              ActionReader.Action a = read.get(0);
              CommitmentMerge.add(
                  found,
                  c,
                  pair,
                  new ActionReader.Action(
                      a.from(), a.to(), verb + " " + occasion, a.place(), a.date()));
              coveredTo = Math.max(coveredTo, a.to());
            }
            continue;
          }
          Set<String> parties =
              subjects.subject(ctx, c, subjects.subjects(c, named), m, lastOfficial, previous);
          if (parties.isEmpty()) {
            continue;
          }
          previous = parties;
          boolean nouns =
              m.value().complement() == Complement.NOUN
                  && !EventContext.lower(tokens.get(start - 1)).equals("to");
          DateMention fronted = frontedDate(c, m, ctx.published());
          for (ActionReader.Action a : reader.read(ctx, c, start, nouns, end)) {
            if (a.date() == null && fronted != null) {
              a = new ActionReader.Action(a.from(), a.to(), a.text(), a.place(), fronted);
            }
            if (pronounObject(a.text())) {
              continue; // "agreed to carry them out": the undertaking is told elsewhere
            }
            Set<String> bound = new LinkedHashSet<>(parties);
            bound.addAll(frames.counterparts(c, named, a.from(), a.to(), lexicon));
            CommitmentMerge.add(found, c, bound, a);
            coveredTo = Math.max(coveredTo, a.to());
          }
        }
      }
      if (!tokens.isEmpty()) {
        for (ForthcomingOccasions.Reading r : forthcoming.find(ctx, c, named)) {
          CommitmentMerge.add(found, c, r.parties(), r.action());
        }
        for (ActionReader.Action a : AnnouncedOccasions.scheduled(ctx, c, lexicon)) {
          CommitmentMerge.add(found, c, AnnouncedOccasions.parties(ctx, c, a), a);
        }
      }
      for (EventContext.PersonMention p : c.persons()) {
        if (p.person().affiliation() != null && !UndertakingSubjects.object(c, p)) {
          lastOfficial = p.person().affiliation();
        }
      }
      previousClause = c;
    }
    for (Commitment s : ScheduledOccasions.find(ctx, lexicon)) {
      if (found.stream().noneMatch(f -> CommitmentMerge.sameOccasion(f, s))) {
        found.add(s);
      }
    }
    analysis
        .commitments()
        .addAll(OccasionMerge.merge(ctx, lexicon, EventDeadlines.anchor(ctx, lexicon, found)));
  }

  /** An undertaking in the passive after a modal ("an accord will be signed"), or null. */
  private PassiveUndertakings.Reading passive(
      EventContext ctx, Clause c, List<PartyFinder.Named> named, PhraseTable.Match<Trigger> m) {
    int k = skip(c, m.to());
    if (m.value().complement() == Complement.TO
        && k + 1 < c.tokens().size()
        && EventContext.lower(c.tokens().get(k)).equals("to")) {
      k = skip(c, k + 1); // "two accords are expected to be signed"
    } else if (m.value().complement() != Complement.BARE) {
      return null;
    }
    return passives.read(ctx, c, named, m.from(), k, lexicon);
  }

  /** An occasion announced in the passive after a modal trigger ("will be held"), or null. */
  private ActionReader.Action announced(EventContext ctx, Clause c, PhraseTable.Match<Trigger> m) {
    Complement want = m.value().complement();
    if (want != Complement.BARE && want != Complement.TO) {
      return null;
    }
    int k = skip(c, m.to());
    if (want == Complement.TO) {
      if (k >= c.tokens().size() || !EventContext.lower(c.tokens().get(k)).equals("to")) {
        return null;
      }
      k = skip(c, k + 1);
    }
    return AnnouncedOccasions.read(ctx, c, m.from(), k, lexicon);
  }

  /** An undertaking in a reduced passive relative: "EUR 5 million, to be disbursed in 2026". */
  private PassiveUndertakings.Reading reducedPassive(
      EventContext ctx, Clause c, List<PartyFinder.Named> named, PhraseTable.Match<Trigger> m) {
    if (m.from() < 2 || !c.tokens().get(m.from() - 1).text().equals(",")) {
      return null;
    }
    return passives.read(ctx, c, named, m.from() - 1, skip(c, m.to()), lexicon);
  }

  /** An occasion announced in a reduced relative clause: "the forum, to be held in May". */
  private ActionReader.Action reducedRelative(
      EventContext ctx, Clause c, PhraseTable.Match<Trigger> m) {
    if (m.from() < 2 || !c.tokens().get(m.from() - 1).text().equals(",")) {
      return null;
    }
    return AnnouncedOccasions.read(ctx, c, m.from() - 1, skip(c, m.to()), lexicon);
  }

  private static final Set<String> PRONOUN_OBJECTS =
      Set.of("them", "it", "this", "that", "these", "those", "so");

  /** "pursue them", "do so": a verb whose only object is a pronoun. */
  private static boolean pronounObject(String action) {
    String[] w = WHITESPACE.split(action.toLowerCase(java.util.Locale.ROOT));
    if (w.length < 2) {
      return false;
    }
    for (int i = 1; i < w.length; i++) {
      if (!PRONOUN_OBJECTS.contains(w[i])) {
        return false;
      }
    }
    return true;
  }

  /** Negated, hedged or a wish: "did not agree to", "may be expected to", "if ... will". */
  private boolean blocked(Clause c, PhraseTable.Match<Trigger> m) {
    FrozenList<Token> tokens = c.tokens();
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

  /** The most words of a subject between a fronted date without a comma and its trigger. */
  private static final int FRONTED_SUBJECT = 4;

  /**
   * A time expression that opens the sentence and is set off by a comma ("Next year, the government
   * has promised to ask ...") or followed by a short subject ("On 1 June he will visit ..."): it
   * governs every undertaking of the sentence that has no time of its own. Null when there is none
   * before the trigger.
   */
  private static DateMention frontedDate(
      Clause c, PhraseTable.Match<Trigger> m, java.time.LocalDate published) {
    FrozenList<Token> tokens = c.tokens();
    for (DateMention d : c.dates()) {
      java.time.LocalDate last = d.due() == null ? null : d.due().latestDay();
      boolean reported = m.value().guard() == CommitmentLexicon.Guard.REPORTED;
      if (last == null
          || published != null
              && (last.isBefore(published) || last.isEqual(published) && reported)) {
        // "Also on Wednesday, the agency said it would ...": the day of the report; "This
        // afternoon, the minister will open the fair" is the day of the occasion
        continue;
      }
      int from = c.tokenAt(d.start());
      int to = c.tokenAt(d.end());
      if (from <= 1
          && to < m.from()
          && (tokens.get(to).text().equals(",") || m.from() - to <= FRONTED_SUBJECT)) {
        return d; // "On 1 June, the minister will …", "On 1 June he will …"
      }
    }
    return null;
  }

  /**
   * The undertaking a proposal's content names: "would involve an extension of X" gives "extend X",
   * or null when no listed noun and "of" follow the trigger.
   */
  private ActionReader.Action nominal(EventContext ctx, Clause c, PhraseTable.Match<Trigger> m) {
    FrozenList<Token> tokens = c.tokens();
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
    FrozenList<Token> tokens = c.tokens();
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
    FrozenList<Token> tokens = c.tokens();
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
        return ""; // "a trip to Lima where talks will begin": part of another undertaking
      }
    }
    return lexicon.is(w, WordClass.EVENT) ? w : null;
  }

  /** The token where the undertaking's words begin, or -1 when the complement is missing. */
  private int complementStart(Clause c, PhraseTable.Match<Trigger> m) {
    FrozenList<Token> tokens = c.tokens();
    Complement want = m.value().complement();
    int k = skip(c, m.to());
    if (want == Complement.NOUN
        && k < tokens.size()
        && EventContext.lower(tokens.get(k)).equals("to")) {
      want = Complement.TO;
    }
    if (want == Complement.TO) {
      if (k < tokens.size() && !EventContext.lower(tokens.get(k)).equals("to")) {
        k = TriggerAdjuncts.past(c, k); // "agreed, as a first step, to"
      }
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
    if (want == Complement.BARE && w.equals("be") && progressive(tokens.get(k + 1))) {
      return k + 1; // "will be visiting Tonga tomorrow": the future in the progressive
    }
    if (t.type() != Token.Type.WORD
        || t.isCapitalised()
        || lexicon.is(w, WordClass.UNLIKELY) && !lexicon.haveOccasion(tokens, k)) {
      return -1;
    }
    switch (want) {
      case BARE:
        return lexicon.isBaseVerb(w) ? k : -1;
      case TO:
        return lexicon.verbBase(w) != null || !FUNCTION_WORDS.contains(w) ? k : -1;
      case ING:
        return progressive(t) ? k : -1;
      default:
        return FUNCTION_WORDS.contains(w) || lexicon.is(w, WordClass.NEGATION) ? -1 : k;
    }
  }

  /** A verb in its -ing form ("visiting", "meeting"): "will be" and it is a future. */
  private boolean progressive(Token t) {
    String w = EventContext.lower(t);
    return w.endsWith("ing") && !t.isCapitalised() && lexicon.verbBase(w) != null;
  }

  /** Skips time words, quotes and adverbs ("formally", "also") between a trigger and its verb. */
  private int skip(Clause c, int k) {
    FrozenList<Token> tokens = c.tokens();
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
}
