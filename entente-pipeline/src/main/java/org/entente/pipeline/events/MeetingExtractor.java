package org.entente.pipeline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.events.EventContext.PersonMention;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * Finds meetings that the text says happened or are happening: talks, visits, calls, video
 * conferences, summits, joint signings.
 *
 * <p>Design. Each sentence is searched for trigger phrases ({@link TriggerLexicon}). A trigger is
 * kept when its clause is not future, modal or negated ("will meet", "plans to visit", "did not
 * meet": those are commitments or nothing) and, for ambiguous verbs ("called", "received"), when a
 * person, actor or title follows. The parties are the affiliations of the officials in the sentence
 * and the states and organisations named near the trigger — not those named as a topic ("about
 * Iran") — plus, for "he", "the two sides" or "both ministers", the officials or parties of the
 * sentences before. Phone calls are bilateral: a caller who phones several leaders makes several
 * calls. The date is the nearest time expression read as a past point; the place a city after "in"
 * or "at", or the dateline city for "here" and for hosts. Records identical in parties, mode, date
 * and place are one meeting.
 */
public final class MeetingExtractor implements Stage {

  private static final int WINDOW = 30;

  private static final MeetingContext W = MeetingContext.defaults();
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
          "him", "them", "us", "me", "it", "which", "whom", "what", "be");

  /** Words after an actor that do not make it a modifier ("Iran said", "China has"). */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "said",
          "says",
          "has",
          "had",
          "have",
          "is",
          "was",
          "were",
          "are",
          "will",
          "would",
          "and",
          "or",
          "to",
          "in",
          "on",
          "at",
          "with",
          "for",
          "of",
          "by",
          "as",
          "that",
          "which",
          "who",
          "also",
          "did",
          "does",
          "agreed",
          "met",
          "signed",
          "held",
          "told",
          "called",
          "spoke",
          "talked",
          "visited",
          "received",
          "hosted",
          "welcomed",
          "could",
          "should",
          "may",
          "might",
          "must",
          "can",
          "over",
          "about",
          "after",
          "before",
          "during",
          "since",
          "from");

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "with", "to", "by", "on", "in", "at", "of", "for", "from", "about", "over", "after",
          "before", "during");

  /** Nouns that report a meeting only when anchored by a date, a place or "with"/"between". */
  private static final Set<String> BARE_NOUNS =
      Set.of(
          "talks",
          "negotiations",
          "consultations",
          "meeting",
          "meetings",
          "summit",
          "ministerial",
          "visit",
          "lunch",
          "dinner",
          "call",
          "calls");

  private final Gazetteer gazetteer;
  private final TriggerLexicon triggers;

  public MeetingExtractor() {
    this(Gazetteer.defaults(), TriggerLexicon.meetings());
  }

  public MeetingExtractor(Gazetteer gazetteer, TriggerLexicon triggers) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.triggers = Objects.requireNonNull(triggers);
  }

  @Override
  public void process(Analysis analysis) {
    EventContext ctx = EventContext.of(analysis, gazetteer);
    List<Meeting> drafts = new ArrayList<>();
    State state = new State();
    for (Clause c : ctx.clauses()) {
      for (TriggerLexicon.Match m : triggers.find(c.tokens())) {
        Meeting found = read(ctx, c, m, state, drafts);
        if (found != null) {
          state.lastParties = new LinkedHashSet<>(found.parties());
          break;
        }
      }
      if (!c.persons().isEmpty()) {
        state.lastPerson = c.persons().get(0);
      }
    }
    analysis.meetings().addAll(merge(joinConferences(drafts)));
  }

  private Meeting read(
      EventContext ctx, Clause c, TriggerLexicon.Match m, State state, List<Meeting> out) {
    List<Token> tokens = c.tokens();
    if (m.trigger().needsObject()
        && !m.trigger().kind().equals("signing")
        && !objectFollows(c, m)) {
      return null;
    }
    if (isFutureOrNegated(ctx, c, m)) {
      return null;
    }
    if (m.trigger().needsPlace() && !(placeFollows(c, m) && subjectBefore(c, m))) {
      return null;
    }
    if (m.to() - m.from() == 1 && BARE_NOUNS.contains(EventContext.lower(tokens.get(m.from())))) {
      if (isGerund(tokens, m.from()) || !anchored(c, m)) {
        return null; // "meeting a demand"; "talks" with no date, place or partner
      }
    }
    int trigStart = tokens.get(m.from()).start();
    int trigEnd = tokens.get(m.to() - 1).end();
    Set<String> subjects = new LinkedHashSet<>();
    Set<String> objects = new LinkedHashSet<>();
    collectParties(c, m, trigStart, trigEnd, subjects, objects);
    if (subjects.isEmpty()) {
      // "He also talked to…", "The former senator spoke to…", "X was also on the list of calls":
      // the party of the story's protagonist — the subject of the last meeting, else the last
      // official named before.
      String protagonist = hasPronoun(tokens, m.from()) ? personBefore(c, trigStart) : null;
      if (protagonist == null) {
        protagonist = state.lastSubject;
      }
      if (protagonist == null && state.lastPerson != null) {
        protagonist = state.lastPerson.person().affiliation();
      }
      if (protagonist != null && (hasPronoun(tokens, m.from()) || !objects.isEmpty())) {
        if (!objects.contains(protagonist) || objects.size() > 1) {
          subjects.add(protagonist);
        }
      }
    }
    if (mentionsBothSides(tokens)) {
      if (state.lastParties.size() >= 2) {
        subjects.addAll(state.lastParties);
      } else {
        subjects.addAll(ctx.topActors(2));
      }
    }
    objects.removeAll(subjects.size() == 1 ? subjects : Set.of());
    boolean visit = m.trigger().kind().equals("visit") || m.trigger().kind().equals("host");
    PlaceMatch place = placeOf(ctx, c, visit);
    if (visit && place != null && subjects.size() + objects.size() < 2) {
      String host = place.location() == null ? null : place.location().country();
      if (host != null) {
        objects.add(host);
      }
    }
    Set<String> all = new TreeSet<>(subjects);
    all.addAll(objects);
    if (all.size() == 1
        && state.lastSubject != null
        && !all.contains(state.lastSubject)
        && !m.trigger().kind().equals("signing")) {
      // "Canadian Foreign Minister John Baird was also on the list of calls": with the protagonist.
      subjects.add(state.lastSubject);
      all.add(state.lastSubject);
    }
    if (all.size() < 2) {
      return null;
    }
    if (m.trigger().kind().equals("signing") && subjects.size() + objects.size() < 2) {
      return null;
    }
    if (!subjects.isEmpty()) {
      state.lastSubject = subjects.iterator().next();
    }
    PartialDate date = dateOf(ctx, c, m);
    Meeting.Mode mode = modeOf(ctx, c, m);
    List<Span> spans = List.of(new Span(c.sentence().start(), c.sentence().end()));
    String placeName = place == null ? null : place.name();
    boolean conversation = mode == Meeting.Mode.PHONE || isSpeech(tokens.get(m.from()));
    if (conversation && !subjects.isEmpty() && objects.size() > 1) {
      // Calls and conversations are bilateral: one caller, several calls.
      String caller = subjects.iterator().next();
      Meeting first = null;
      for (String o : objects) {
        if (!o.equals(caller)) {
          Meeting call =
              new Meeting(
                  new ArrayList<>(new TreeSet<>(List.of(caller, o))),
                  mode,
                  m.trigger().kind(),
                  null,
                  null,
                  date,
                  null,
                  spans);
          out.add(call);
          first = first == null ? call : first;
        }
      }
      return first;
    }
    Meeting meeting =
        new Meeting(
            new ArrayList<>(all),
            mode,
            m.trigger().kind(),
            mode == Meeting.Mode.IN_PERSON ? placeName : null,
            mode == Meeting.Mode.IN_PERSON && place != null ? place.location() : null,
            date,
            null,
            spans);
    out.add(meeting);
    return meeting;
  }

  /**
   * For ambiguous verbs ("called", "received", "met", "welcomed"): the object must be a person, an
   * actor or a title, and not a thing ("called for restraint", "received a letter", "welcomed a
   * U.S. court decision"). The object is read up to the first preposition or punctuation.
   */
  private static boolean objectFollows(Clause c, TriggerLexicon.Match m) {
    List<Token> tokens = c.tokens();
    int from = m.to();
    boolean call = EventContext.lower(tokens.get(m.from())).startsWith("call");
    if (from < tokens.size()
        && call
        && W.is("call-not-object", EventContext.lower(tokens.get(from)))) {
      return false;
    }
    from = skipDuration(tokens, from);
    while (from < tokens.size() && PREPOSITIONS.contains(EventContext.lower(tokens.get(from)))) {
      from++; // "met with", "spoke to"
    }
    boolean party = false;
    int limit = Math.min(tokens.size(), from + 10);
    for (int k = from; k < limit; k++) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (k > from
          && (PREPOSITIONS.contains(w) || t.type() == Token.Type.PUNCTUATION && !w.equals("."))) {
        break;
      }
      if (W.is("thing", w)) {
        return false;
      }
      if (W.is("person-noun", w) || isMention(c, t)) {
        party = true;
      }
    }
    return party;
  }

  /** "met for an hour with", "talked for 40 minutes to": the duration is not the object. */
  private static int skipDuration(List<Token> tokens, int from) {
    if (from + 2 < tokens.size() && EventContext.lower(tokens.get(from)).equals("for")) {
      for (int k = from + 1; k < Math.min(tokens.size(), from + 4); k++) {
        String w = EventContext.lower(tokens.get(k));
        if (w.startsWith("hour")
            || w.startsWith("minute")
            || w.startsWith("day")
            || w.startsWith("week")) {
          return k + 1;
        }
      }
    }
    return from;
  }

  private static boolean isMention(Clause c, Token t) {
    for (PersonMention p : c.persons()) {
      if (p.span().start() >= t.start() && p.span().start() < t.end()) {
        return true;
      }
    }
    for (ActorMention a : c.actors()) {
      if (a.span().start() >= t.start() && a.span().start() < t.end()) {
        return true;
      }
    }
    return false;
  }

  /** "X and Y agreed in Rabat", not "the delay agreed in Brussels". */
  private static boolean subjectBefore(Clause c, TriggerLexicon.Match m) {
    if (m.from() == 0) {
      return false;
    }
    Token prev = c.tokens().get(m.from() - 1);
    String w = EventContext.lower(prev);
    return isMention(c, prev)
        || w.equals("they")
        || w.equals("sides")
        || w.equals("ministers")
        || w.equals("leaders");
  }

  /** "meeting a longstanding demand": a verb, not a meeting. */
  private static boolean isGerund(List<Token> tokens, int k) {
    if (!EventContext.lower(tokens.get(k)).equals("meeting") || k + 1 >= tokens.size()) {
      return false;
    }
    String next = EventContext.lower(tokens.get(k + 1));
    String prev = k > 0 ? EventContext.lower(tokens.get(k - 1)) : "";
    return DETERMINERS.contains(next) && !DETERMINERS.contains(prev);
  }

  /** A bare meeting noun counts with a date, a place, or a partner right after it. */
  private static boolean anchored(Clause c, TriggerLexicon.Match m) {
    if (!c.dates().isEmpty() || !c.places().isEmpty()) {
      return true;
    }
    List<Token> tokens = c.tokens();
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 2); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("with") || w.equals("between")) {
        return true;
      }
    }
    for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("held")
          || w.equals("hold")
          || w.equals("holds")
          || w.equals("during")
          || w.equals("after")
          || w.equals("attended")
          || w.equals("opened")
          || w.equals("began")
          || w.equals("concluded")
          || w.equals("ended")) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeFollows(Clause c, TriggerLexicon.Match m) {
    if (m.to() >= c.tokens().size()) {
      return false;
    }
    int at = c.tokens().get(m.to()).start();
    for (PlaceMatch p : c.places()) {
      if (p.start() == at) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpeech(Token t) {
    String w = EventContext.lower(t);
    return w.startsWith("spoke") || w.startsWith("speak") || w.startsWith("talked");
  }

  /**
   * True when the clause puts the meeting in the future, in a purpose, a condition or a denial:
   * "will meet", "to resume talks", "when he visits", "did not meet", "talks next week".
   */
  private static boolean isFutureOrNegated(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    List<Token> tokens = c.tokens();
    for (int k = m.from() - 1, seen = 0; k >= 0 && seen < 20; k--, seen++) {
      if (inDate(c, tokens.get(k))) {
        continue; // "May 14" is a date, not a modal
      }
      String w = EventContext.lower(tokens.get(k));
      if ((W.is("subject-stop", w) || w.equals(",")) && seen > 2) {
        break;
      }
      if (w.equals("may") && tokens.get(k + 1).isCapitalised()) {
        continue; // "may God assist him"
      }
      if (W.is("future", w) || W.is("negation", w)) {
        return true;
      }
      if (w.equals("to") && (k == m.from() - 1 || isInfinitive(tokens, k))) {
        return true; // "to meet", "leaders to resume peace talks"
      }
      if ((w.equals("when") || w.equals("once") || w.equals("until"))
          && isPresent(tokens.get(m.from()))) {
        return true; // "when he visits Washington"
      }
    }
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 4); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("will")
          || w.equals("would")
          || W.is("negation", w)
          || (w.equals("are") || w.equals("is"))
              && k + 1 < tokens.size()
              && (EventContext.lower(tokens.get(k + 1)).equals("to")
                  || EventContext.lower(tokens.get(k + 1)).equals("expected")
                  || EventContext.lower(tokens.get(k + 1)).equals("scheduled")
                  || EventContext.lower(tokens.get(k + 1)).equals("due"))) {
        return true;
      }
    }
    DateMention d = nearestDate(c, m);
    LocalDate pub = ctx.published();
    if (d != null
        && pub != null
        && isPresent(tokens.get(m.from()))
        && d.due() != null
        && d.due().latestDay() != null
        && d.due().latestDay().isAfter(pub)) {
      return true; // "King Fahd visits Britain this week"
    }
    if (d != null && d.pointDate() == null && d.futureDate() != null) {
      return true; // "next week", "tomorrow"
    }
    return d != null
        && pub != null
        && d.pointDate() != null
        && d.pointDate().earliestDay() != null
        && d.pointDate().earliestDay().isAfter(pub);
  }

  /** "to" followed by a verb: a lower-case word that is no determiner or pronoun. */
  private static boolean isInfinitive(List<Token> tokens, int to) {
    if (to + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(to + 1);
    String w = EventContext.lower(next);
    return next.type() == Token.Type.WORD
        && !next.isCapitalised()
        && !DETERMINERS.contains(w)
        && !w.endsWith("ing");
  }

  private static boolean isPresent(Token t) {
    String w = EventContext.lower(t);
    return w.equals("visits")
        || w.equals("meets")
        || w.equals("hosts")
        || w.equals("receives")
        || w.equals("holds")
        || w.equals("speaks")
        || w.equals("travels");
  }

  private static boolean inDate(Clause c, Token t) {
    for (DateMention d : c.dates()) {
      if (t.start() >= d.start() && t.end() <= d.end()) {
        return true;
      }
    }
    return false;
  }

  private void collectParties(
      Clause c,
      TriggerLexicon.Match m,
      int trigStart,
      int trigEnd,
      Set<String> subjects,
      Set<String> objects) {
    List<Token> tokens = c.tokens();
    // The subject: back from the trigger to a clause boundary; the object: on to the next one.
    int from = m.from();
    while (from > 0 && m.from() - from < WINDOW && !W.is("subject-stop", lower(tokens, from - 1))) {
      from--;
    }
    int to = m.to();
    while (to < tokens.size() && to - m.to() < WINDOW && !W.is("object-stop", lower(tokens, to))) {
      to++;
    }
    int windowStart = tokens.get(from).start();
    int windowEnd = to < tokens.size() ? tokens.get(to).start() : c.sentence().end();
    for (PersonMention p : c.persons()) {
      String aff = p.person().affiliation();
      if (aff == null || p.span().start() < windowStart || p.span().end() > windowEnd) {
        continue;
      }
      (p.span().start() < trigStart ? subjects : objects).add(aff);
    }
    int datelineEnd = datelineEnd(c);
    for (ActorMention a : c.actors()) {
      if (a.span().start() < windowStart || a.span().end() > windowEnd) {
        continue;
      }
      if (a.span().end() <= datelineEnd) {
        continue; // "UNITED NATIONS, March 9 -": where the story was filed
      }
      int k = c.tokenAt(a.span().start());
      if (isTopic(tokens, k) || isPlaceContext(tokens, k, a) || isRole(tokens, c, a)) {
        continue;
      }
      if (a.span().start() >= trigEnd && topicBetween(tokens, m.to(), k)) {
        continue; // "the talks covered the Iran war, Gaza and Ukraine"
      }
      (a.span().start() < trigStart ? subjects : objects).add(a.code());
    }
  }

  private static boolean topicBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to && k < tokens.size(); k++) {
      if (W.is("topic-preposition", EventContext.lower(tokens.get(k)))) {
        String w = EventContext.lower(tokens.get(k));
        if (!w.equals("of") && !w.equals("from") && !w.equals("as")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The end of a dateline ("CITY, Month Day -") opening the clause, or -1. */
  private static int datelineEnd(Clause c) {
    List<Token> tokens = c.tokens();
    for (int k = 1; k < Math.min(tokens.size(), 9); k++) {
      String w = tokens.get(k).text();
      if (w.equals("-") || w.equals("–") || w.equals("—") || w.equals(".-")) {
        return tokens.get(k).start();
      }
    }
    return -1;
  }

  private static String lower(List<Token> tokens, int k) {
    return EventContext.lower(tokens.get(k));
  }

  /** "their U.N. representatives": an organisation naming a post, not a party. */
  private static boolean isRole(List<Token> tokens, Clause c, ActorMention a) {
    if (a.kind() != ActorKind.ORGANISATION) {
      return false;
    }
    int next = c.tokenAt(a.span().end());
    return next < tokens.size()
        && next > 0
        && tokens.get(next).start() >= a.span().end()
        && W.is("person-noun", EventContext.lower(tokens.get(next)));
  }

  /** "about Iran", "on the situation in Syria": an actor spoken about, not a party. */
  private static boolean isTopic(List<Token> tokens, int k) {
    if (k + 1 < tokens.size()) {
      // "the Iran war", "Iran's nuclear programme": an actor naming a thing, not a party
      Token next = tokens.get(k + 1);
      String n = EventContext.lower(next);
      if (next.type() == Token.Type.WORD
          && !next.isCapitalised()
          && !n.equals("and")
          && !n.equals("or")
          && !W.is("person-noun", n)
          && !W.is("both", n)
          && !TriggerLexicon.meetings().startsTrigger(n)
          && !FUNCTION_WORDS.contains(n)) {
        return true;
      }
    }
    for (int back = 1; back <= 3 && k - back >= 0; back++) {
      String w = EventContext.lower(tokens.get(k - back));
      if ((w.equals("from") || w.equals("of"))
          && k - back > 0
          && W.is("person-noun", EventContext.lower(tokens.get(k - back - 1)))) {
        return false; // "a delegation from Mexico"
      }
      if (W.is("topic-preposition", w)) {
        return true;
      }
      if (!(w.equals("the")
          || w.equals("situation")
          || w.equals("in")
          || w.equals("'s")
          || w.equals("war")
          || w.equals("crisis"))) {
        return false;
      }
    }
    return false;
  }

  /** "in Rabat", "in Geneva": a capital or city named as the place, not as its government. */
  private static boolean isPlaceContext(List<Token> tokens, int k, ActorMention a) {
    if (k == 0) {
      return false;
    }
    String w = EventContext.lower(tokens.get(k - 1));
    if (a.kind() == ActorKind.ORGANISATION) {
      String w2 = k > 1 ? EventContext.lower(tokens.get(k - 2)) : "";
      return w.equals("at") || (w.equals("the") && (w2.equals("at") || w2.equals("in")));
    }
    return a.how() == ActorMention.How.CAPITAL
        && (w.equals("in")
            || w.equals("at")
            || w.equals("to")
            || w.equals("from")
            || w.equals("for"));
  }

  /** "Trump told reporters … as he met with…": the official named last before the pronoun. */
  private static String personBefore(Clause c, int offset) {
    String found = null;
    for (PersonMention p : c.persons()) {
      if (p.span().end() <= offset && p.person().affiliation() != null) {
        found = p.person().affiliation();
      }
    }
    return found;
  }

  /** Per-document reading state, carried from sentence to sentence. */
  private static final class State {
    Set<String> lastParties = Set.of();
    PersonMention lastPerson;
    String lastSubject;
  }

  private static boolean hasPronoun(List<Token> tokens, int before) {
    for (int k = Math.max(0, before - 8); k < before; k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("he") || w.equals("she") || w.equals("they")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithPronoun(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    String w = EventContext.lower(tokens.get(0));
    return w.equals("he")
        || w.equals("she")
        || w.equals("they")
        || w.equals("later")
        || w.equals("meanwhile")
        || w.equals("also");
  }

  private static boolean mentionsBothSides(List<Token> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String w = EventContext.lower(tokens.get(k));
      if ((w.equals("two") || w.equals("both"))
          && W.is("both", EventContext.lower(tokens.get(k + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static PlaceMatch placeOf(EventContext ctx, Clause c, boolean host) {
    List<Token> tokens = c.tokens();
    for (PlaceMatch p : c.places()) {
      int k = c.tokenAt(p.start());
      if (k > 0) {
        String w = EventContext.lower(tokens.get(k - 1));
        if (w.equals("in") || w.equals("at") || (host && w.equals("to"))) {
          return p;
        }
      }
    }
    for (Token t : tokens) {
      if (EventContext.lower(t).equals("here")) {
        return ctx.dateline();
      }
    }
    return host ? ctx.dateline() : null;
  }

  private static DateMention nearestDate(Clause c, TriggerLexicon.Match m) {
    if (c.dates().isEmpty()) {
      return null;
    }
    int at = c.tokens().get(m.from()).start();
    DateMention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (DateMention d : c.dates()) {
      if (c.dates().size() > 1 && d.start() < c.sentence().start() + 40 && c.index() <= 2) {
        continue; // the dateline's date, when the clause says more
      }
      if (d.start() > at && relativeBetween(c, at, d.start())) {
        continue; // "a meeting … which had been agreed upon last week"
      }
      int dist = Math.abs(d.start() - at);
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best;
  }

  /**
   * The date in the clause nearest the trigger (a dateline date only when the clause has no other),
   * else the last past date of the three sentences before, else the story's own date for the lead
   * sentences.
   */
  private static boolean relativeBetween(Clause c, int from, int to) {
    for (Token t : c.tokens()) {
      if (t.start() > from && t.end() <= to) {
        String w = EventContext.lower(t);
        if (w.equals("which") || w.equals("that") || w.equals("who")) {
          return true;
        }
      }
    }
    return false;
  }

  private static PartialDate dateOf(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    DateMention d = nearestDate(c, m);
    if (d != null && d.pointDate() != null) {
      return d.pointDate();
    }
    List<Clause> all = ctx.clauses();
    for (int i = c.index() - 1; i >= Math.max(0, c.index() - 3); i--) {
      List<DateMention> ds = all.get(i).dates();
      for (int k = ds.size() - 1; k >= 0; k--) {
        PartialDate p = ds.get(k).pointDate();
        if (p != null && p.day() != null && notAfter(p, ctx.published())) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean notAfter(PartialDate p, LocalDate published) {
    return published == null || p.earliestDay() == null || !p.earliestDay().isAfter(published);
  }

  private static Meeting.Mode modeOf(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    if (m.trigger().mode() != Meeting.Mode.IN_PERSON) {
      return m.trigger().mode();
    }
    for (Token t : c.tokens()) {
      String w = EventContext.lower(t);
      if (w.equals("phone") || w.equals("telephone")) {
        return Meeting.Mode.PHONE;
      }
      if (w.equals("videoconference") || w.equals("teleconference") || w.equals("video")) {
        return Meeting.Mode.VIRTUAL;
      }
    }
    // "spoke with" in a story about calls is a call.
    if (isSpeech(c.tokens().get(m.from())) && ctx.mentionsPhone()) {
      return Meeting.Mode.PHONE;
    }
    return Meeting.Mode.IN_PERSON;
  }

  /**
   * A video conference and the calls of the same day that share a party with it are one conference:
   * "a video conference between Obama and the leaders of…", then "other leaders participating in
   * Monday's call were…".
   */
  static List<Meeting> joinConferences(List<Meeting> drafts) {
    List<Meeting> out = new ArrayList<>(drafts);
    for (int i = 0; i < out.size(); i++) {
      Meeting conf = out.get(i);
      if (conf.mode() != Meeting.Mode.VIRTUAL) {
        continue;
      }
      for (int j = 0; j < out.size(); j++) {
        Meeting o = out.get(j);
        if (j == i
            || o.mode() == Meeting.Mode.IN_PERSON
            || !compatible(conf.date(), o.date())
            || o.parties().stream().noneMatch(conf.parties()::contains)) {
          continue;
        }
        Set<String> parties = new TreeSet<>(conf.parties());
        parties.addAll(o.parties());
        List<Span> spans = new ArrayList<>(conf.spans());
        spans.addAll(o.spans());
        conf =
            new Meeting(
                new ArrayList<>(parties),
                conf.mode(),
                conf.kind(),
                null,
                null,
                conf.date() != null ? conf.date() : o.date(),
                conf.code(),
                spans.stream().distinct().sorted().toList());
        out.set(i, conf);
        out.remove(j);
        if (j < i) {
          i--;
        }
        j = -1;
      }
    }
    return out;
  }

  /** Meetings with the same parties and mode whose dates and places do not conflict are one. */
  static List<Meeting> merge(List<Meeting> drafts) {
    List<Meeting> out = new ArrayList<>();
    for (Meeting d : drafts) {
      int hit = -1;
      for (int i = 0; i < out.size(); i++) {
        Meeting o = out.get(i);
        if (o.parties().equals(d.parties())
            && o.mode() == d.mode()
            && compatible(o.date(), d.date())
            && (o.place() == null || d.place() == null || o.place().equals(d.place()))
            && !complementary(o, d)) {
          hit = i;
          break;
        }
      }
      if (hit < 0) {
        out.add(d);
        continue;
      }
      Meeting o = out.get(hit);
      List<Span> spans = new ArrayList<>(o.spans());
      spans.addAll(d.spans());
      out.set(
          hit,
          new Meeting(
              o.parties(),
              o.mode(),
              o.kind(),
              o.place() != null ? o.place() : d.place(),
              o.location() != null ? o.location() : d.location(),
              o.date() != null ? o.date() : d.date(),
              o.code(),
              spans.stream().distinct().sorted().toList()));
    }
    return out;
  }

  /**
   * One record knows only the place, the other only the date: two meetings more likely than one ("a
   * working meeting in Rabat" and "the State visit in October 2024").
   */
  private static boolean complementary(Meeting a, Meeting b) {
    return a.date() == null && a.place() != null && b.date() != null && b.place() == null
        || b.date() == null && b.place() != null && a.date() != null && a.place() == null;
  }

  private static boolean compatible(PartialDate a, PartialDate b) {
    return a == null || b == null || a.equals(b);
  }
}
