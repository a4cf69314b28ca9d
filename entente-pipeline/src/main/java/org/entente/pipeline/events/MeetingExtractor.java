package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.events.EventContext.PersonMention;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
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
  /** The separators of a role's words. */
  private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[ ,]+");

  /** The sentences after the headline that carry a news story's lead. */
  static final int LEAD = 2;

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
      List<TriggerLexicon.Match> matches = triggers.find(c.tokens());
      for (TriggerLexicon.Match m : matches) {
        if (foundEnd >= 0 && !MeetingParties.relativeBetween(c.tokens(), foundEnd, m.from())) {
          continue; // one meeting a sentence, but for "…, who met with X last week"
        }
        Meeting found = read(ctx, c, m, state, drafts);
        if (found != null && foundEnd < 0) {
          state.lastParties = new LinkedHashSet<>(found.parties());
          foundEnd = m.to();
        }
      }
      if (foundEnd < 0 && state.roundDay == null && c.index() <= LEAD && !matches.isEmpty()) {
        // "met four counterparts in X on Wednesday": the day of the talks each told next
        state.roundDay = MeetingDates.roundDay(ctx, c, matches.get(0));
        state.roundAt = c.sentence().end();
      }
      if (!c.persons().isEmpty()) {
        state.lastPerson = c.persons().get(0);
      }
      for (PersonMention p : c.persons()) {
        String role = p.person().role();
        if (role != null && p.person().affiliation() != null) {
          for (String w : SPACES_OR_COMMAS.split(role.toLowerCase(java.util.Locale.ROOT))) {
            state.byOffice.put(w, p.person().affiliation()); // "minister" of "Minister of X"
          }
        }
      }
    }
    if (!state.leadFutureKinds.isEmpty()
        && !ctx.clauses().isEmpty()
        && isHeadline(analysis.text(), ctx.clauses().get(0).sentence())) {
      // "KING VISITS BRITAIN THIS WEEK" over "The King begins a state visit on Tuesday": the
      // headline's present tense announces what the lead puts in the future.
      Sentence first = ctx.clauses().get(0).sentence();
      Span headline = new Span(first.start(), first.end());
      drafts.removeIf(
          d ->
              state.leadFutureKinds.contains(d.kind())
                  && d.spans().stream().allMatch(headline::contains));
    }
    MeetingDates.inherit(ctx, drafts, state.ownOccasion, state.hosts);
    if (state.roundDay != null) {
      MeetingDates.inheritRound(drafts, state.roundDay, state.roundAt, state.ownOccasion);
    }
    List<Meeting> merged =
        MeetingMerge.absorbVisits(
            MeetingMerge.merge(
                MeetingMerge.joinConferences(MeetingMerge.joinHosted(ctx, drafts, state.hosts))));
    analysis.meetings().addAll(SidelineGatherings.add(ctx, merged));
  }

  /** The most words of a headline that ends with a period. */
  private static final int HEADLINE_WORDS = 14;

  /**
   * Whether the text's first sentence stands as a headline, on a line of its own, short or with no
   * period of its own. "X met Y in Accra on Monday. They will …" opening a paragraph is a report,
   * whatever the sentences after it announce.
   */
  private static boolean isHeadline(String text, Sentence first) {
    String words = text.substring(first.start(), first.end()).strip();
    if (words.endsWith(".") && words.split("\\s+").length > HEADLINE_WORDS) {
      return false; // a lead of its own, a full sentence with its period, over the next paragraph
    }
    int after = first.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r';
  }

  /**
   * The kinds whose verbs report a meeting with a pair of officials as their subject and no partner
   * after them ("X and Y met", "… signed a memorandum"); "X and Y welcomed the work" does not.
   */
  private static final Set<String> PAIR_KINDS = Set.of("meeting", "talks", "signing");

  /**
   * Whether a clause of its own opens between the verb and the date: "discussed the summit that
   * Kenya will host in May", "… the forum to be held in June".
   */
  private static boolean embeddedAfter(
      FrozenList<Token> tokens, TriggerLexicon.Match m, DateMention d) {
    for (int k = m.to(); k < tokens.size() && tokens.get(k).end() <= d.start(); k++) {
      if (EMBEDDING.contains(EventContext.lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> EMBEDDING =
      Set.of("that", "which", "who", "where", "will", "would", "to", "scheduled", "due", "since");

  private Meeting read(
      EventContext ctx, Clause c, TriggerLexicon.Match m, State state, List<Meeting> out) {
    FrozenList<Token> tokens = c.tokens();
    String fronted = MeetingTriggers.frontedObject(c, m);
    Set<String> pair = ImpliedParties.pairBefore(c, m);
    if (m.trigger().needsPair() && pair.isEmpty()) {
      return null; // "the ministers discussed": a report of talks told before, not a meeting
    }
    if (m.trigger().needsObject()
        && !m.trigger().kind().equals("signing")
        && (pair.isEmpty() || !PAIR_KINDS.contains(m.trigger().kind()))
        && fronted == null
        && !MeetingTriggers.objectFollows(c, m)
        && !SessionFrames.sessionBefore(c, m)) {
      return null; // "the Joint Commission met in Lusaka": what met is a mechanism
    }
    if (m.trigger().needsSession()
        && pair.isEmpty()
        && (!SessionFrames.sessionBefore(c, m)
                && !SessionFrames.sessionAfter(c, m)
                && !ImpliedParties.definitePluralBefore(tokens, m.from())
                && !ImpliedParties.theyBefore(tokens, m)
                && !ImpliedParties.mentionsBothSides(tokens)
            || SessionFrames.futureInSentence(c))) {
      return null; // "the session, co-chaired by the two ministers, will be held on 5 May"
    }
    if (tokens.get(m.from()).text().equals(",") && !SessionFrames.sessionNounAt(c, m.from() - 1)) {
      return null; // "the elections, held in May": a reduced relative reports only a session
    }
    if (MeetingTense.isFutureOrNegated(ctx, c, m)) {
      if (c.index() > 0 && c.index() <= LEAD) {
        state.leadFutureKinds.add(m.trigger().kind());
      }
      return null;
    }
    if (m.trigger().needsPlace()
        && !(MeetingTriggers.placeFollows(c, m) && MeetingTriggers.subjectBefore(c, m))) {
      return null;
    }
    if (m.trigger().needsDestination()
        && !(MeetingTriggers.destinationFollows(c, m)
            && (MeetingTriggers.subjectBefore(c, m) || MeetingTriggers.travellerNamed(c, m)))) {
      return null;
    }
    if (m.to() - m.from() == 1
        && MeetingTriggers.BARE_NOUNS.contains(EventContext.lower(tokens.get(m.from())))) {
      if (MeetingTriggers.isGerund(tokens, m.from())
              && MeetingTriggers.hostOrganisation(c, m) == null
          || !MeetingTriggers.anchored(c, m)) {
        return null; // "meeting a demand"; "talks" with no date, place or partner
      }
    }
    int trigStart = tokens.get(m.from()).start();
    int trigEnd = tokens.get(m.to() - 1).end();
    Set<String> subjects = new LinkedHashSet<>();
    Set<String> objects = new LinkedHashSet<>();
    if (fronted != null) {
      objects.add(fronted); // "Chile, which she visited three weeks ago"
    } else {
      MeetingParties.collectParties(c, m, trigStart, trigEnd, subjects, objects);
    }
    if (m.trigger().kind().equals(MultilateralMeetings.JOIN)) {
      MultilateralMeetings.join(out, subjects, c, EventContext.lower(tokens.get(m.to() - 1)));
      return null;
    }
    if (subjects.isEmpty()
        && objects.isEmpty()
        && state.lastParties.size() >= 2
        && ImpliedParties.theyBefore(tokens, m)) {
      subjects.addAll(state.lastParties); // "They last met in Lima in May."
    }
    if (subjects.isEmpty()) {
      String office = ImpliedParties.officeBefore(tokens, m.from(), state.byOffice);
      if (office != null && !objects.contains(office)) {
        subjects.add(office); // "the Minister held a working session with X": the minister's side
      }
    }
    if (subjects.isEmpty()) {
      // "He also talked to…", "The former senator spoke to…", "X was also among those called":
      // the party of the story's protagonist — the subject of the last meeting, else the last
      // official named before.
      String protagonist =
          ImpliedParties.hasPronoun(tokens, m.from())
              ? ImpliedParties.personBefore(c, trigStart)
              : null;
      if (protagonist == null) {
        protagonist = state.lastSubject;
      }
      if (protagonist == null && state.lastPerson != null) {
        protagonist = state.lastPerson.person().affiliation();
      }
      if (protagonist != null
          && (ImpliedParties.hasPronoun(tokens, m.from()) || !objects.isEmpty())) {
        if (!objects.contains(protagonist) || objects.size() > 1) {
          subjects.add(protagonist);
        }
      }
    }
    if (pair.isEmpty() && ImpliedParties.mentionsBothSides(tokens)
        || subjects.isEmpty()
            && objects.isEmpty()
            && ImpliedParties.definitePluralBefore(tokens, m.from())) {
      if (state.lastParties.size() >= 2) {
        subjects.addAll(state.lastParties);
      } else {
        subjects.addAll(ctx.topActors(2));
      }
    }
    objects.removeAll(subjects.size() == 1 ? subjects : Set.of());
    boolean visit = m.trigger().kind().equals("visit") || m.trigger().kind().equals("host");
    PlaceMatch place = MeetingPlaces.placeOf(ctx, c, visit);
    if (visit && place != null && subjects.size() + objects.size() < 2) {
      String host = place.location() == null ? null : place.location().country();
      if (host != null) {
        objects.add(host);
      }
    }
    Set<String> all = new TreeSet<>(subjects);
    all.addAll(objects);
    MultilateralMeetings.addMembers(ctx, m, all);
    if (all.size() == 1
        && state.lastSubject != null
        && !all.contains(state.lastSubject)
        && !m.trigger().kind().equals("signing")) {
      // "Chilean Foreign Minister Ana Rojas was also among those called": with the protagonist.
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
    if (place == null
        && MeetingParties.datelineEnd(c) >= 0
        && MeetingPlaces.hostedHere(ctx.dateline(), all)
        && !MeetingPlaces.placeNamed(c)) {
      place = ctx.dateline(); // "LIMA, March 31 - Rojas opened talks with Vega"
    }
    if (m.trigger().kind().equals("signing") && subjects.size() + objects.size() < 2) {
      return null;
    }
    if (!subjects.isEmpty() && MeetingParties.relativeStart(tokens, m.from()) == 0) {
      state.lastSubject = subjects.iterator().next(); // the story's protagonist, not "…, who met"
    }
    PartialDate date = dates.dateOf(ctx, c, m);
    if (m.trigger().needsPair()) {
      // "X and Y discussed the summit to be held in Lima in May": that date and place are the
      // summit's, not the talks'; the talks take the story's day
      DateMention d = MeetingDates.nearestDate(c, m);
      if (d != null && embeddedAfter(tokens, m, d)) {
        date = null;
      }
      place = null;
    }
    if (m.trigger().kind().equals("signing") && MeetingDates.longBefore(date, ctx.published())) {
      return null; // "In 2019 the two countries signed a treaty": the instrument's history
    }
    if (date == null && MeetingDates.earlierOccasion(c, m)) {
      state.ownOccasion.add(c.sentence().start()); // "the recent meeting": no date by inheritance
    }
    Meeting.Mode mode = MeetingModes.modeOf(ctx, c, m);
    List<Span> spans = List.of(new Span(c.sentence().start(), c.sentence().end()));
    boolean conversation =
        mode == Meeting.Mode.PHONE || MeetingModes.isSpeech(tokens.get(m.from()));
    boolean trips = m.trigger().kind().equals("visit") && objects.size() > 1;
    if (trips && subjects.isEmpty() && MultilateralMeetings.isPluralVisit(tokens, m)) {
      return null; // "visits to Mali and Niger": separate trips, and no traveller named
    }
    Meeting meeting = draft(all, mode, m.trigger().kind(), place, date, spans);
    if ((conversation
            || trips
            || MultilateralMeetings.separateMeetings(tokens, m)
            || subjects.size() == 1 && MultilateralMeetings.namedCounterparts(c, m, objects))
        && !subjects.isEmpty()
        && objects.size() > 1) {
      return MultilateralMeetings.splitBilateral(meeting, subjects.iterator().next(), objects, out);
    }
    if (m.trigger().isBilateral()) {
      // "Presenting credentials were the envoys of A, B and C": one ceremony each, with the host —
      // the dateline's state, else the story's protagonist ("resident in Port of Spain" is where
      // an envoy lives, not where the credentials were presented)
      String host =
          ctx.dateline() != null && ctx.dateline().location() != null
              ? ctx.dateline().location().country()
              : state.lastSubject;
      Set<String> others = new LinkedHashSet<>(all);
      others.remove(host);
      if (host != null && !others.isEmpty() && (others.size() > 1 || !all.contains(host))) {
        return MultilateralMeetings.splitBilateral(meeting, host, others, out);
      }
    }
    out.add(meeting);
    String host = MeetingTriggers.hostOrganisation(c, m);
    if (host != null) {
      state.hosts.put(meeting, host);
    }
    PartialDate again = MeetingDates.gappedDate(c, MeetingDates.nearestDate(c, m));
    if (again != null) {
      // "King A came in 1972 and King B in 1990": the same visit again, on the second date.
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

  /** A meeting of {@code parties}; it has a place only when held in person. */
  private static Meeting draft(
      Set<String> parties,
      Meeting.Mode mode,
      String kind,
      PlaceMatch place,
      PartialDate date,
      List<Span> spans) {
    boolean inPerson = mode == Meeting.Mode.IN_PERSON && place != null;
    return new Meeting(
        new ArrayList<>(parties),
        mode,
        kind,
        inPerson ? place.name() : null,
        inPerson ? place.location() : null,
        date,
        null,
        spans);
  }

  /** Per-document reading state, carried from sentence to sentence. */
  private static final class State {
    Set<String> lastParties = Set.of();
    final Set<String> leadFutureKinds = new HashSet<>();
    final Map<Meeting, String> hosts = new IdentityHashMap<>();
    final Set<Integer> ownOccasion = new HashSet<>();
    PersonMention lastPerson;
    String lastSubject;

    /** The side of the official last named with each office ("minister" → "CAF"). */
    final Map<String, String> byOffice = new java.util.HashMap<>();

    PartialDate roundDay;
    int roundAt;
  }
}
