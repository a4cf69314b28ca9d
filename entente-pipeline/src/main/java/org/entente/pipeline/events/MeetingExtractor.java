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
  private static final Set<String> FUTURE =
      Set.of(
          "will",
          "would",
          "'ll",
          "shall",
          "plans",
          "plan",
          "planned",
          "planning",
          "expected",
          "expects",
          "scheduled",
          "due",
          "intends",
          "intend",
          "going",
          "may",
          "might",
          "could",
          "should",
          "can",
          "hopes",
          "hope",
          "hoped",
          "wants",
          "want",
          "seeks",
          "seek",
          "invited",
          "invitation",
          "proposed",
          "propose",
          "ready",
          "prepared",
          "upcoming",
          "forthcoming",
          "next",
          "future",
          "rescheduled",
          "postponed",
          "cancelled",
          "canceled",
          "delayed",
          "ahead",
          "before",
          "prepare",
          "preparing",
          "offered",
          "offer",
          "try",
          "tries",
          "trying",
          "possible",
          "potential",
          "unless",
          "if",
          "whether",
          "set");
  private static final Set<String> NEGATION =
      Set.of("not", "no", "never", "n't", "without", "refused", "declined", "won't", "didn't");
  private static final Set<String> TOPIC_PREPOSITIONS =
      Set.of(
          "about",
          "on",
          "over",
          "regarding",
          "concerning",
          "against",
          "toward",
          "towards",
          "including",
          "into",
          "from",
          "like",
          "than",
          "as",
          "of");
  private static final Set<String> BOTH =
      Set.of(
          "sides",
          "ministers",
          "leaders",
          "countries",
          "presidents",
          "delegations",
          "men",
          "governments",
          "nations",
          "parties",
          "officials",
          "states");

  private static final Set<String> CALL_NOT_OBJECT =
      Set.of(
          "for", "off", "on", "upon", "it", "him", "her", "them", "the", "a", "an", "into", "out",
          "back", "up", "this", "that", "his", "its", "their");
  private static final Set<String> THING_OBJECTS =
      Set.of(
          "letter",
          "letters",
          "message",
          "support",
          "award",
          "aid",
          "invitation",
          "report",
          "money",
          "funds",
          "votes",
          "approval",
          "treatment",
          "criticism",
          "praise",
          "backing",
          "assurances",
          "information",
          "threats",
          "copy",
          "response",
          "reply",
          "answer",
          "request",
          "permission",
          "visa",
          "bid",
          "demand",
          "demands",
          "sentence",
          "donation",
          "loan",
          "resistance",
          "opposition",
          "expectations",
          "target",
          "targets",
          "goals",
          "deadline");
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "minister",
          "ministers",
          "president",
          "counterpart",
          "delegation",
          "leaders",
          "leader",
          "prime",
          "king",
          "queen",
          "prince",
          "secretary",
          "ambassador",
          "envoy",
          "premier",
          "chancellor",
          "officials",
          "emir",
          "sultan",
          "crown",
          "foreign",
          "vice",
          "deputy",
          "commissioner",
          "governor",
          "senator",
          "spokesman",
          "head",
          "chief");

  /** Words before which a subject does not reach back: "…, Kerry said that X met Y". */
  private static final Set<String> SUBJECT_STOP =
      Set.of(
          ";",
          ":",
          "said",
          "say",
          "says",
          "that",
          "when",
          "after",
          "while",
          "as",
          "before",
          "because",
          "since",
          "although",
          "but",
          "(",
          ")",
          "\"",
          "“",
          "”",
          "which",
          "where");

  /** Words at which an object ends: "met X about Y", "spoke with X, who…". */
  private static final Set<String> OBJECT_STOP =
      Set.of(
          ";",
          ":",
          ".",
          "about",
          "over",
          "regarding",
          "concerning",
          "after",
          "before",
          "when",
          "during",
          "amid",
          "following",
          "because",
          "which",
          "who",
          "whom",
          "where",
          "while",
          "as",
          "since",
          "but",
          "to",
          "(",
          ")",
          "\"",
          "“",
          "”",
          "said",
          "says",
          "told",
          "against",
          "for",
          "on");

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
    EventContext ctx = new EventContext(analysis, gazetteer);
    List<Meeting> drafts = new ArrayList<>();
    State state = new State();
    for (Clause c : ctx.clauses()) {
      for (TriggerLexicon.Match m : triggers.find(c.tokens())) {
        Meeting found = read(ctx, c, m, state, drafts);
        if (found != null) {
          state.lastParties = Set.copyOf(found.parties());
          break;
        }
      }
      if (!c.persons().isEmpty()) {
        state.lastPerson = c.persons().get(0);
      }
    }
    analysis.meetings().addAll(merge(drafts));
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
    if (m.trigger().needsPlace() && !placeFollows(c, m)) {
      return null;
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
      String protagonist = state.lastSubject;
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
   * For ambiguous verbs ("called", "received", "met"): a person, an actor or a title must follow
   * within a few words, and not a thing ("called for restraint", "received a letter").
   */
  private static boolean objectFollows(Clause c, TriggerLexicon.Match m) {
    List<Token> tokens = c.tokens();
    int from = m.to();
    boolean call = EventContext.lower(tokens.get(m.from())).startsWith("call");
    if (from < tokens.size()) {
      String next = EventContext.lower(tokens.get(from));
      if (call && CALL_NOT_OBJECT.contains(next)) {
        return false;
      }
    }
    int limit = Math.min(tokens.size(), from + 12);
    for (int k = from; k < limit; k++) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (THING_OBJECTS.contains(w)) {
        return false;
      }
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
      if (PERSON_NOUNS.contains(w)) {
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

  private static boolean isFutureOrNegated(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    List<Token> tokens = c.tokens();
    // Look back to the start of the clause (a comma or semicolon ends the look-back after 3 words).
    for (int k = m.from() - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
      if (inDate(c, tokens.get(k))) {
        continue; // "May 14" is a date, not a modal
      }
      String w = EventContext.lower(tokens.get(k));
      if (w.equals(";") || w.equals(":")) {
        break;
      }
      if (FUTURE.contains(w) || NEGATION.contains(w)) {
        return true;
      }
      if (w.equals("to") && k == m.from() - 1) {
        return true; // "to meet", "to hold talks"
      }
    }
    // Look ahead a little for future time words and negated auxiliaries.
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 4); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("will")
          || w.equals("would")
          || w.equals("are")
              && k + 1 < tokens.size()
              && EventContext.lower(tokens.get(k + 1)).equals("to")) {
        return true;
      }
    }
    DateMention d = nearestDate(c, m);
    LocalDate pub = ctx.published();
    if (d != null && d.pointDate() == null && d.futureDate() != null) {
      return true; // "next week", "tomorrow"
    }
    if (d != null
        && pub != null
        && d.pointDate() != null
        && d.pointDate().earliestDay() != null
        && d.pointDate().earliestDay().isAfter(pub)) {
      return true;
    }
    return false;
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
    while (from > 0
        && m.from() - from < WINDOW
        && !SUBJECT_STOP.contains(lower(tokens, from - 1))) {
      from--;
    }
    int to = m.to();
    while (to < tokens.size() && to - m.to() < WINDOW && !OBJECT_STOP.contains(lower(tokens, to))) {
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
    for (ActorMention a : c.actors()) {
      if (a.span().start() < windowStart || a.span().end() > windowEnd) {
        continue;
      }
      int k = c.tokenAt(a.span().start());
      if (isTopic(tokens, k) || isPlaceContext(tokens, k, a)) {
        continue;
      }
      (a.span().start() < trigStart ? subjects : objects).add(a.code());
    }
  }

  private static String lower(List<Token> tokens, int k) {
    return EventContext.lower(tokens.get(k));
  }

  /** "about Iran", "on the situation in Syria": an actor spoken about, not a party. */
  private static boolean isTopic(List<Token> tokens, int k) {
    for (int back = 1; back <= 3 && k - back >= 0; back++) {
      String w = EventContext.lower(tokens.get(k - back));
      if (TOPIC_PREPOSITIONS.contains(w)) {
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
        && (w.equals("in") || w.equals("at") || w.equals("to") || w.equals("from"));
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
          && BOTH.contains(EventContext.lower(tokens.get(k + 1)))) {
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
      if (w.equals("phone") || w.equals("telephone") || w.equals("calls")) {
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
            && (o.place() == null || d.place() == null || o.place().equals(d.place()))) {
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

  private static boolean compatible(PartialDate a, PartialDate b) {
    return a == null || b == null || a.equals(b);
  }
}
