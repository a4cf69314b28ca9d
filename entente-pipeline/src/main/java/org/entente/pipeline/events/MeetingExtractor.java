package org.entente.pipeline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.entente.pipeline.text.Sentence;
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

  /** How far from a journey word its traveller may be named, in tokens. */
  private static final int TRAVELLER_REACH = 10;

  /** The sentences after the headline that carry a news story's lead. */
  static final int LEAD = 2;

  private static final MeetingContext W = MeetingContext.defaults();
  private static final org.entente.pipeline.actors.OrganisationOffices ORGANISATION_OFFICES =
      org.entente.pipeline.actors.OrganisationOffices.defaults();
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

  private static final Set<String> RELATIVES = Set.of("who", "whom", "which");

  /** The kind of trigger that adds parties to the meeting reported last. */
  private static final String JOIN = "join";

  /** Kinds of meeting that a group holds as a whole. */
  private static final Set<String> GROUP_KINDS = Set.of("meeting", "summit", "talks");

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
  private final MeetingDates dates;

  public MeetingExtractor() {
    this(Gazetteer.defaults(), TriggerLexicon.meetings());
  }

  public MeetingExtractor(Gazetteer gazetteer, TriggerLexicon triggers) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.triggers = Objects.requireNonNull(triggers);
    this.dates = new MeetingDates(triggers);
  }

  @Override
  public void process(Analysis analysis) {
    EventContext ctx = EventContext.of(analysis, gazetteer);
    List<Meeting> drafts = new ArrayList<>();
    State state = new State();
    for (Clause c : ctx.clauses()) {
      int foundEnd = -1;
      for (TriggerLexicon.Match m : triggers.find(c.tokens())) {
        if (foundEnd >= 0 && !relativeBetween(c.tokens(), foundEnd, m.from())) {
          continue; // one meeting a sentence, but for "…, who met with X last week"
        }
        Meeting found = read(ctx, c, m, state, drafts);
        if (found != null && foundEnd < 0) {
          state.lastParties = new LinkedHashSet<>(found.parties());
          foundEnd = m.to();
        }
      }
      if (!c.persons().isEmpty()) {
        state.lastPerson = c.persons().get(0);
      }
    }
    if (!state.leadFutureKinds.isEmpty() && !ctx.clauses().isEmpty()) {
      // "KING VISITS BRITAIN THIS WEEK" over "The King begins a state visit on Tuesday": the
      // headline's present tense announces what the lead puts in the future.
      Sentence first = ctx.clauses().get(0).sentence();
      Span headline = new Span(first.start(), first.end());
      drafts.removeIf(
          d ->
              state.leadFutureKinds.contains(d.kind())
                  && d.spans().stream().allMatch(headline::contains));
    }
    analysis
        .meetings()
        .addAll(
            MeetingMerge.merge(
                MeetingMerge.joinConferences(MeetingMerge.joinHosted(ctx, drafts, state.hosts))));
  }

  private Meeting read(
      EventContext ctx, Clause c, TriggerLexicon.Match m, State state, List<Meeting> out) {
    List<Token> tokens = c.tokens();
    String fronted = frontedObject(c, m);
    if (m.trigger().needsObject()
        && !m.trigger().kind().equals("signing")
        && fronted == null
        && !objectFollows(c, m)
        && !SessionFrames.sessionBefore(c, m)) {
      return null; // "the Joint Commission met in Lusaka": what met is a mechanism
    }
    if (m.trigger().needsSession()
        && (!SessionFrames.sessionBefore(c, m)
                && !SessionFrames.sessionAfter(c, m)
                && !definitePluralBefore(tokens, m.from())
                && !mentionsBothSides(tokens)
            || SessionFrames.futureInSentence(c))) {
      return null; // "the session, co-chaired by the two ministers, will be held on 5 May"
    }
    if (isFutureOrNegated(ctx, c, m)) {
      if (c.index() > 0 && c.index() <= LEAD) {
        state.leadFutureKinds.add(m.trigger().kind());
      }
      return null;
    }
    if (m.trigger().needsPlace() && !(placeFollows(c, m) && subjectBefore(c, m))) {
      return null;
    }
    if (m.trigger().needsDestination()
        && !(destinationFollows(c, m) && (subjectBefore(c, m) || travellerNamed(c, m)))) {
      return null;
    }
    if (m.to() - m.from() == 1 && BARE_NOUNS.contains(EventContext.lower(tokens.get(m.from())))) {
      if (isGerund(tokens, m.from()) && hostOrganisation(c, m) == null || !anchored(c, m)) {
        return null; // "meeting a demand"; "talks" with no date, place or partner
      }
    }
    int trigStart = tokens.get(m.from()).start();
    int trigEnd = tokens.get(m.to() - 1).end();
    Set<String> subjects = new LinkedHashSet<>();
    Set<String> objects = new LinkedHashSet<>();
    if (fronted != null) {
      objects.add(fronted); // "Norway, which he visited two weeks ago"
    } else {
      collectParties(c, m, trigStart, trigEnd, subjects, objects);
    }
    if (m.trigger().kind().equals(JOIN)) {
      join(out, subjects, c, EventContext.lower(tokens.get(m.to() - 1)));
      return null;
    }
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
    if (mentionsBothSides(tokens)
        || subjects.isEmpty() && objects.isEmpty() && definitePluralBefore(tokens, m.from())) {
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
    addMembers(ctx, m, all);
    if (all.size() == 1
        && state.lastSubject != null
        && !all.contains(state.lastSubject)
        && !m.trigger().kind().equals("signing")) {
      // "Canadian Foreign Minister John Baird was also on the list of calls": with the protagonist.
      subjects.add(state.lastSubject);
      all.add(state.lastSubject);
    }
    if (all.size() < 2 && m.trigger().needsSession() && SessionFrames.sessionBefore(c, m)) {
      // "The third meeting of the commission was held in Brasília": the mechanism the story is
      // about, between its two main sides
      all.addAll(state.lastParties.size() >= 2 ? state.lastParties : ctx.topActors(2));
    }
    if (all.size() < 2) {
      return null;
    }
    if (place == null && datelineEnd(c) >= 0 && hostedHere(ctx.dateline(), all) && !placeNamed(c)) {
      place = ctx.dateline(); // "WASHINGTON, March 31 - Chirac opened talks with Reagan"
    }
    if (m.trigger().kind().equals("signing") && subjects.size() + objects.size() < 2) {
      return null;
    }
    if (!subjects.isEmpty() && relativeStart(tokens, m.from()) == 0) {
      state.lastSubject = subjects.iterator().next(); // the story's protagonist, not "…, who met"
    }
    PartialDate date = dates.dateOf(ctx, c, m);
    Meeting.Mode mode = modeOf(ctx, c, m);
    List<Span> spans = List.of(new Span(c.sentence().start(), c.sentence().end()));
    String placeName = place == null ? null : place.name();
    boolean conversation = mode == Meeting.Mode.PHONE || isSpeech(tokens.get(m.from()));
    boolean trips = m.trigger().kind().equals("visit") && objects.size() > 1;
    if (trips && subjects.isEmpty() && isPluralVisit(tokens, m)) {
      return null; // "visits to Mali and Niger": separate trips, and no traveller named
    }
    if ((conversation || trips || separateMeetings(tokens, m))
        && !subjects.isEmpty()
        && objects.size() > 1) {
      // Calls and conversations are bilateral: one caller, several calls; so are "bilateral
      // meetings" or "separate talks" with several partners, "each with" or "separately with" them,
      // and "visits to" several states: one trip to each.
      String caller = subjects.iterator().next();
      Meeting first = null;
      for (String o : objects) {
        if (!o.equals(caller)) {
          Meeting call =
              new Meeting(
                  new ArrayList<>(new TreeSet<>(List.of(caller, o))),
                  mode,
                  m.trigger().kind(),
                  mode == Meeting.Mode.IN_PERSON ? placeName : null,
                  mode == Meeting.Mode.IN_PERSON && place != null ? place.location() : null,
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
    String host = hostOrganisation(c, m);
    if (host != null) {
      state.hosts.put(meeting, host);
    }
    PartialDate again = MeetingDates.gappedDate(c, MeetingDates.nearestDate(c, m));
    if (again != null) {
      // "King A visited in 1967 and King B in 1981": the same visit again, on the second date.
      out.add(
          new Meeting(
              meeting.parties(),
              mode,
              meeting.kind(),
              meeting.place(),
              meeting.location(),
              again,
              null,
              spans));
    }
    return meeting;
  }

  /**
   * "The IMF also took part in the meeting": the parties join the meeting reported last that the
   * noun names ("the meeting" a meeting rather than a summit), else the meeting reported last.
   */
  private static void join(List<Meeting> out, Set<String> parties, Clause c, String noun) {
    if (out.isEmpty() || parties.isEmpty()) {
      return;
    }
    int at = out.size() - 1;
    for (int i = out.size() - 1; i >= 0; i--) {
      if (out.get(i).kind().equals(noun)) {
        at = i;
        break;
      }
    }
    Meeting last = out.get(at);
    Set<String> all = new TreeSet<>(last.parties());
    all.addAll(parties);
    List<Span> spans = new ArrayList<>(last.spans());
    spans.add(new Span(c.sentence().start(), c.sentence().end()));
    out.set(
        at,
        new Meeting(
            new ArrayList<>(all),
            last.mode(),
            last.kind(),
            last.place(),
            last.location(),
            last.date(),
            last.code(),
            spans.stream().distinct().sorted().toList()));
  }

  /**
   * Multilateral meetings take every member the text lists for their group. A meeting noun with no
   * party of its own ("after a Washington meeting", "at the 1986 Tokyo summit of their heads of
   * state") in a text about one enumerated group is that group's meeting.
   */
  private static void addMembers(EventContext ctx, TriggerLexicon.Match m, Set<String> parties) {
    Map<String, List<String>> groups = ctx.members();
    if (groups.isEmpty()) {
      return;
    }
    if (parties.isEmpty() && groups.size() == 1 && GROUP_KINDS.contains(m.trigger().kind())) {
      parties.addAll(groups.keySet());
    }
    for (String code : List.copyOf(parties)) {
      parties.addAll(groups.getOrDefault(code, List.of()));
    }
  }

  /**
   * The first token of the relative clause holding token {@code k} ("…, who met with X"), or 0 when
   * it stands in the main clause.
   */
  private static int relativeStart(List<Token> tokens, int k) {
    for (int i = k - 1; i > 0; i--) {
      String w = EventContext.lower(tokens.get(i));
      if (RELATIVES.contains(w) && EventContext.lower(tokens.get(i - 1)).equals(",")) {
        return i;
      }
    }
    return 0;
  }

  /** A relative pronoun opens a new clause between tokens {@code from} and {@code to}. */
  private static boolean relativeBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = EventContext.lower(tokens.get(k));
      if (RELATIVES.contains(w)) {
        return true;
      }
    }
    return false;
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
    boolean callOn = call && EventContext.lower(tokens.get(m.to() - 1)).equals("on");
    if (callOn) {
      for (int k = from; k < tokens.size(); k++) {
        if (EventContext.lower(tokens.get(k)).equals("to")) {
          return false; // "called on Iran to release …" urges
        }
      }
    } else if (from < tokens.size()
        && call
        && W.is("call-not-object", EventContext.lower(tokens.get(from)))) {
      return false;
    }
    from = SessionFrames.skipDateBeforePartner(c, skipDuration(tokens, from));
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

  /**
   * The party that a relative clause puts before its verb — "Norway, which he visited", "the envoy,
   * whom she met" — or null: the state or official right before ", which/whom" and a pronoun
   * subject.
   */
  private static String frontedObject(Clause c, TriggerLexicon.Match m) {
    List<Token> tokens = c.tokens();
    int k = m.from();
    if (k < 3 || !c.tokens().get(k - 3).text().equals(",")) {
      return null;
    }
    String rel = EventContext.lower(tokens.get(k - 2));
    String subject = EventContext.lower(tokens.get(k - 1));
    if (!(rel.equals("which") || rel.equals("whom") || rel.equals("that"))
        || !(subject.equals("he") || subject.equals("she") || subject.equals("they"))) {
      return null;
    }
    int comma = tokens.get(k - 3).start();
    for (ActorMention a : c.actors()) {
      if (a.span().end() <= comma && comma - a.span().end() <= 1 && a.kind() == ActorKind.STATE) {
        return a.code();
      }
    }
    for (PersonMention p : c.persons()) {
      if (p.span().end() <= comma && comma - p.span().end() <= 1) {
        return p.person().affiliation();
      }
    }
    return null;
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

  /**
   * "Minister Ana Rojas made a trip to Lima", "a trip to Lima by Minister Ana Rojas": an official
   * or a state named before the journey word in its clause, or after "by" behind it.
   */
  private static boolean travellerNamed(Clause c, TriggerLexicon.Match m) {
    List<Token> tokens = c.tokens();
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - TRAVELLER_REACH); k--) {
      if (W.is("subject-stop", lower(tokens, k)) || lower(tokens, k).equals(",")) {
        break;
      }
      if (isMention(c, tokens.get(k))) {
        return true;
      }
    }
    int end = Math.min(tokens.size(), m.to() + TRAVELLER_REACH);
    for (int k = m.to(); k + 1 < end; k++) {
      if (lower(tokens, k).equals("by")) {
        for (int a = k + 1; a < Math.min(end, k + 5); a++) {
          if (isMention(c, tokens.get(a))) {
            return true;
          }
        }
        return false;
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
    if (!c.dates().isEmpty() || !c.places().isEmpty() || hostOrganisation(c, m) != null) {
      return true; // "on Monday", "in Rabat", "at the U.N. meeting"
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

  /** "went to Canada", "flew to Rabat": a state or a city right after the trigger. */
  private static boolean destinationFollows(Clause c, TriggerLexicon.Match m) {
    if (placeFollows(c, m)) {
      return true;
    }
    if (m.to() >= c.tokens().size()) {
      return false;
    }
    int at = c.tokens().get(m.to()).start();
    for (ActorMention a : c.actors()) {
      if (a.span().start() == at && a.kind() == ActorKind.STATE) {
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
      if ((W.is("subject-stop", w) || w.equals(",")) && seen > 2
          || w.equals("after")
          || w.equals("following")
          || w.equals("since")) {
        break; // "agreed to expand trade after a visit to Lima": the visit is not the purpose
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
    DateMention d = MeetingDates.nearestDate(c, m);
    LocalDate pub = ctx.published();
    if (possessiveAhead(ctx, c, m)) {
      return true; // "before the start of this weekend's summit"
    }
    if (d != null
        && pub != null
        && (isPresent(tokens.get(m.from())) || opensInPresent(tokens, m.from()))
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

  /**
   * A possessive time expression a few words before the trigger that ends after publication: "this
   * weekend's Group of Seven summit", "next month's talks".
   */
  private static boolean possessiveAhead(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    LocalDate pub = ctx.published();
    int at = c.tokens().get(m.from()).start();
    String text = ctx.text();
    for (DateMention d : c.dates()) {
      if (pub != null
          && d.end() < at
          && c.tokenAt(at) - c.tokenAt(d.end()) <= 6
          && d.end() + 2 <= text.length()
          && (text.startsWith("'s", d.end()) || text.startsWith("’s", d.end()))
          && d.due() != null
          && d.due().latestDay() != null
          && d.due().latestDay().isAfter(pub)) {
        return true;
      }
    }
    return false;
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

  /** "begins a four-day visit", "starts talks": a present-tense verb opening the meeting noun. */
  private static boolean opensInPresent(List<Token> tokens, int trigger) {
    for (int k = Math.max(0, trigger - 4); k < trigger; k++) {
      if (W.is("opening-present", EventContext.lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "held bilateral meetings with", "separate talks with", "met each of", "talks, each with": a
   * word of the {@code separate} class right before the trigger or in the few words after it.
   */
  private static boolean separateMeetings(List<Token> tokens, TriggerLexicon.Match m) {
    for (int k = Math.max(0, m.from() - 2); k < Math.min(tokens.size(), m.to() + 3); k++) {
      if (k >= m.from() && k < m.to()) {
        continue;
      }
      if (W.is("separate", lower(tokens, k))) {
        return true;
      }
    }
    return false;
  }

  /** "his visits to Mali and Niger": a plural journey noun, one trip to each destination. */
  private static boolean isPluralVisit(List<Token> tokens, TriggerLexicon.Match m) {
    return m.trigger().kind().equals("visit")
        && lower(tokens, m.from()).equals("visits")
        && m.to() - m.from() > 1;
  }

  /** "(WA)" at {@code k}: one word of capitals between brackets. */
  private static boolean acronymInBrackets(List<Token> tokens, int k) {
    if (!lower(tokens, k).equals("(") || !lower(tokens, k + 2).equals(")")) {
      return false;
    }
    String w = tokens.get(k + 1).text();
    return w.length() >= 2 && w.chars().noneMatch(Character::isLowerCase);
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

  static boolean inDate(Clause c, Token t) {
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
    int relative = relativeStart(tokens, m.from());
    while (from > (relative > 0 ? relative + 1 : 0) && m.from() - from < WINDOW) {
      if (from >= 3 && acronymInBrackets(tokens, from - 3)) {
        from -= 3; // "Director of the Water Agency (WA) Ana Rojas and …": the subject goes on
        continue;
      }
      if (W.is("subject-stop", lower(tokens, from - 1))) {
        break;
      }
      from--;
    }
    if (relative > 0 && from == relative + 1) {
      from = antecedentStart(c, relative - 1); // "…, Luis Ortega, who met with X": Ortega met X
    }
    int objectStart = SessionFrames.skipDateBeforePartner(c, skipDuration(tokens, m.to()));
    int to = objectStart;
    while (to < tokens.size()
        && to - objectStart < WINDOW
        && !W.is("object-stop", lower(tokens, to))) {
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
    for (int k = Math.max(1, from); k < to; k++) {
      String org = bareOrganisationOffice(tokens, k);
      if (org != null) {
        (k < m.from() ? subjects : objects).add(org);
      }
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
      if (a.span().start() >= trigEnd && isVenue(tokens, k, a)) {
        continue; // "met … in Portugal": where, not who
      }
      if (a.span().start() >= trigEnd && topicBetween(tokens, objectStart, k)) {
        continue; // "the talks covered the Iran war, Gaza and Ukraine"
      }
      (a.span().start() < trigStart ? subjects : objects).add(a.code());
    }
  }

  /**
   * "The Secretary-General met…": an organisation's office named bare, after "the" and with no name
   * or "of" after it, stands for the organisation ({@link OrganisationOffices}). Null when token
   * {@code k} opens no such office.
   */
  private static String bareOrganisationOffice(List<Token> tokens, int k) {
    if (!lower(tokens, k - 1).equals("the") || !tokens.get(k).isCapitalised()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (int i = k; i < Math.min(tokens.size(), k + 3); i++) {
      s.append(i > k && tokens.get(i).start() > tokens.get(i - 1).end() ? " " : "");
      s.append(tokens.get(i).text());
    }
    String org = ORGANISATION_OFFICES.defaultAtText(s, 0);
    if (org == null) {
      return null;
    }
    int endOffset = tokens.get(k).start() + ORGANISATION_OFFICES.lengthAtText(s, 0);
    int end = k;
    while (end < tokens.size() && tokens.get(end).start() < endOffset) {
      end++;
    }
    if (end < tokens.size() && tokens.get(end).text().matches("['’]s?")) {
      end++; // "the Secretary-General's visit"
    }
    if (end < tokens.size()
        && (lower(tokens, end).equals("of")
            || tokens.get(end).isCapitalised() && tokens.get(end).type() == Token.Type.WORD)) {
      return null; // "Secretary-General of NATO", "Secretary-General Ban"
    }
    return org;
  }

  /** A state named by its name after "in": the venue of a meeting ("met in Portugal"). */
  private static boolean isVenue(List<Token> tokens, int k, ActorMention a) {
    return a.kind() == ActorKind.STATE
        && a.how() == ActorMention.How.NAME
        && k > 0
        && EventContext.lower(tokens.get(k - 1)).equals("in");
  }

  /** The first token of the official or actor named right before token {@code comma}. */
  private static int antecedentStart(Clause c, int comma) {
    int end = c.tokens().get(comma).start();
    for (PersonMention p : c.persons()) {
      if (p.span().end() <= end && end - p.span().end() <= 1) {
        return c.tokenAt(p.span().start());
      }
    }
    for (ActorMention a : c.actors()) {
      if (a.span().end() <= end && end - a.span().end() <= 1) {
        return c.tokenAt(a.span().start());
      }
    }
    return comma + 1;
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
      if (w.equals("of")
          && k - back > 0
          && W.is("session-noun", EventContext.lower(tokens.get(k - back - 1)))) {
        return false; // "the tenth session of the EU-Chile Association Council": who met
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
      return !meetingNounAfter(tokens, a)
          && (w.equals("at") || (w.equals("the") && (w2.equals("at") || w2.equals("in"))));
    }
    if (a.how() == ActorMention.How.CAPITAL && meetingNounAfter(tokens, a)) {
      return true; // "a Washington meeting", "the 1986 Tokyo summit": where, not who
    }
    return a.how() == ActorMention.How.CAPITAL
        && (w.equals("in")
            || w.equals("at")
            || w.equals("to")
            || w.equals("from")
            || w.equals("for"));
  }

  /** The organisation named right before a meeting noun ("the U.N. meeting"), or null. */
  private static String hostOrganisation(Clause c, TriggerLexicon.Match m) {
    int at = c.tokens().get(m.from()).start();
    for (ActorMention a : c.actors()) {
      if (a.kind() == ActorKind.ORGANISATION && a.span().end() <= at && at - a.span().end() <= 1) {
        return a.code();
      }
    }
    return null;
  }

  /** The token right after the mention is a meeting noun. */
  private static boolean meetingNounAfter(List<Token> tokens, ActorMention a) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() >= a.span().end()) {
        return BARE_NOUNS.contains(EventContext.lower(tokens.get(k)));
      }
    }
    return false;
  }

  /** "Ruiz told reporters … as she met with…": the official named last before the pronoun. */
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
    final Set<String> leadFutureKinds = new HashSet<>();
    final Map<Meeting, String> hosts = new IdentityHashMap<>();
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

  /** "the statement that the men signed", "the leaders met": the sides, named just before. */
  private static boolean definitePluralBefore(List<Token> tokens, int trigger) {
    int k = trigger - 1;
    while (k > 1 && AUXILIARIES.contains(EventContext.lower(tokens.get(k)))) {
      k--; // "the leaders had last met"
    }
    return k >= 1
        && EventContext.lower(tokens.get(k - 1)).equals("the")
        && W.is("both", EventContext.lower(tokens.get(k)));
  }

  private static final Set<String> AUXILIARIES = Set.of("had", "have", "has");

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

  /** "in West Germany", "at the United Nations": the clause places the meeting elsewhere. */
  private static boolean placeNamed(Clause c) {
    for (ActorMention a : c.actors()) {
      int k = c.tokenAt(a.span().start());
      if (k > 0 && k < c.tokens().size()) {
        String w = EventContext.lower(c.tokens().get(k - 1));
        if (w.equals("in") || w.equals("at")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The dateline city is the capital or a city of one of the parties. */
  private static boolean hostedHere(PlaceMatch dateline, Set<String> parties) {
    return dateline != null
        && dateline.location() != null
        && parties.contains(dateline.location().country());
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
      int next = c.tokenAt(p.end());
      if (next < tokens.size() && BARE_NOUNS.contains(EventContext.lower(tokens.get(next)))) {
        return p; // "a Washington meeting"
      }
    }
    for (Token t : tokens) {
      if (EventContext.lower(t).equals("here")) {
        return ctx.dateline();
      }
    }
    return host ? ctx.dateline() : null;
  }

  private static Meeting.Mode modeOf(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    if (m.trigger().mode() != Meeting.Mode.IN_PERSON) {
      return m.trigger().mode();
    }
    List<Token> tokens = c.tokens();
    for (Token t : tokens.subList(relativeStart(tokens, m.from()), tokens.size())) {
      String w = EventContext.lower(t);
      if (w.equals("phone") || w.equals("telephone")) {
        return Meeting.Mode.PHONE;
      }
      if (w.equals("videoconference")
          || w.equals("teleconference")
          || w.equals("video")
          || w.equals("virtual")
          || w.equals("virtually")
          || w.equals("online")) {
        return Meeting.Mode.VIRTUAL;
      }
    }
    // "spoke with" in a story about calls is a call; so is one with no place, no occasion
    if (isSpeech(c.tokens().get(m.from())) && (ctx.mentionsPhone() || c.places().isEmpty())) {
      return Meeting.Mode.PHONE;
    }
    return Meeting.Mode.IN_PERSON;
  }
}
