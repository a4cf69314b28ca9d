package org.entente.pipeline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * The date of a meeting that {@link MeetingExtractor} has found: the time expression of its clause
 * nearest the trigger (not the dateline's, not one inside a relative clause), else the last past
 * day of the few sentences before that report a meeting too; and the second date of a gapped repeat
 * ("visited in 1972 and Queen Ana in 1985"). Immutable and thread-safe.
 */
final class MeetingDates {

  private static final MeetingContext W = MeetingContext.defaults();

  private final TriggerLexicon triggers;

  MeetingDates(TriggerLexicon triggers) {
    this.triggers = Objects.requireNonNull(triggers);
  }

  /**
   * The date of a gapped repeat after the meeting's date {@code used}: "visited in 1972 and Queen
   * Ana in 1985" — "and", then only names or titles, then "in" or "on" and a past date.
   */
  static PartialDate gappedDate(Clause c, DateMention used) {
    if (used == null || used.pointDate() == null) {
      return null;
    }
    FrozenList<Token> tokens = c.tokens();
    for (DateMention d : c.dates()) {
      if (d.start() <= used.end() || d.pointDate() == null) {
        continue;
      }
      int from = c.tokenAt(used.end());
      int to = c.tokenAt(d.start());
      String opening = EventContext.lower(tokens.get(to));
      if (opening.equals("in") || opening.equals("on")) {
        to++; // the mention holds its preposition: "in 1981"
      }
      if (to - from < 3 || to - from > 8) {
        return null;
      }
      String first = EventContext.lower(tokens.get(from));
      String last = EventContext.lower(tokens.get(to - 1));
      if (!first.equals("and") || !(last.equals("in") || last.equals("on"))) {
        return null;
      }
      for (int k = from + 1; k < to - 1; k++) {
        if (!tokens.get(k).isCapitalised()) {
          return null;
        }
      }
      return d.pointDate();
    }
    return null;
  }

  static DateMention nearestDate(Clause c, TriggerLexicon.Match m) {
    return nearestDate(c, m, null);
  }

  /** As {@link #nearestDate(Clause, TriggerLexicon.Match)}, among past days only when given. */
  private static DateMention nearestDate(Clause c, TriggerLexicon.Match m, LocalDate pastOf) {
    if (c.dates().isEmpty()) {
      return null;
    }
    int at = c.tokens().get(m.from()).start();
    DateMention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (DateMention d : c.dates()) {
      if (pastOf == null
          && c.dates().size() > 1
          && d.start() < c.sentence().start() + 40
          && c.index() <= 2) {
        continue; // the dateline's date, when the clause says more
      }
      if (d.start() > at && relativeBetween(c, at, d.start())) {
        continue; // "a meeting … which had been arranged last month"
      }
      if (d.start() > at && afterReporting(c, d)) {
        continue; // "held talks in Lima, the ministry said Friday": the report's day
      }
      if (pastOf != null && (d.pointDate() == null || !notAfter(d.pointDate(), pastOf))) {
        continue;
      }
      int dist = Math.abs(d.start() - at);
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return pastOf == null ? dayWithin(c, best, at) : best;
  }

  /**
   * Whether a verb of reporting stands right before {@code d}, or before its "on": "said Friday",
   * "announced on Monday".
   */
  private static boolean afterReporting(Clause c, DateMention d) {
    int k = c.tokenAt(d.start()) - 1;
    if (k >= 0 && EventContext.lower(c.tokens(), k).equals("on")) {
      k--;
    }
    return k >= 0 && W.is("reporting", EventContext.lower(c.tokens(), k));
  }

  /**
   * "held talks, the third round this year, on 4 March": a day of the clause after the trigger that
   * falls in the month or year chosen is the meeting's day.
   */
  private static DateMention dayWithin(Clause c, DateMention best, int at) {
    PartialDate p = best == null ? null : best.pointDate();
    if (p == null || p.isComplete() || p.year() == null) {
      return best;
    }
    for (DateMention d : c.dates()) {
      PartialDate q = d.pointDate();
      if (d != best
          && d.start() > at
          && q != null
          && q.isComplete()
          && !q.toLocalDate().isBefore(p.earliestDay())
          && !q.toLocalDate().isAfter(p.latestDay())) {
        return d;
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

  PartialDate dateOf(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    DateMention d = nearestDate(c, m);
    if (d != null && d.pointDate() != null && notAfter(d.pointDate(), ctx.published())) {
      return d.pointDate();
    }
    if (d != null && ctx.published() != null) {
      // "agreed on Monday to meet next month, … after they met": a past meeting's day is past
      DateMention past = nearestDate(c, m, ctx.published());
      if (past != null) {
        return past.pointDate();
      }
    }
    if (earlierOccasion(c, m)) {
      return null; // "the recent Paris meeting": not the occasion of the sentences before
    }
    List<Clause> all = ctx.clauses();
    // "On the sidelines, A met B": the day of the gathering, however far back the text gave it
    boolean sidelines = onTheSidelines(c);
    int reach = sidelines ? c.index() : 3;
    for (int i = c.index() - 1; i >= Math.max(0, c.index() - reach); i--) {
      if (triggers.find(all.get(i).tokens()).isEmpty()) {
        continue; // "Speaking last night, …": a date of something else
      }
      List<DateMention> ds = all.get(i).dates();
      for (int k = ds.size() - 1; k >= 0; k--) {
        PartialDate p = ds.get(k).pointDate();
        if (p != null
            && p.day() != null
            && notAfter(p, ctx.published())
            && (!sidelines || recent(p, ctx.published()))) {
          return p;
        }
      }
    }
    return null;
  }

  /** How many days before publication the gathering of a sidelines meeting may be. */
  private static final int GATHERING_DAYS = 31;

  /** Whether {@code p} falls within {@link #GATHERING_DAYS} before {@code published}. */
  private static boolean recent(PartialDate p, LocalDate published) {
    return published == null
        || p.earliestDay() != null && !p.earliestDay().plusDays(GATHERING_DAYS).isBefore(published);
  }

  /** Whether the clause opens with "On the sidelines" or "On the margins". */
  private static boolean onTheSidelines(Clause c) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = 0; k + 2 < Math.min(tokens.size(), 4); k++) {
      if (EventContext.lower(tokens.get(k)).equals("on")
          && EventContext.lower(tokens.get(k + 1)).equals("the")
          && SessionFrames.MARGINS.contains(EventContext.lower(tokens.get(k + 2)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether "the recent" or "the previous" stands just before the trigger: another occasion. */
  static boolean earlierOccasion(Clause c, TriggerLexicon.Match m) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
      if (W.is("earlier-occasion", EventContext.lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives a meeting without a date of its own the day of the last meeting reported before it that
   * shares a party: "held talks on Tuesday … The meeting with X centred on trade". Not to meetings
   * whose sentence starts in {@code ownOccasion} ("the recent meeting"); {@code hosts} follows the
   * replaced drafts.
   */
  static void inherit(
      EventContext ctx,
      List<Meeting> drafts,
      Set<Integer> ownOccasion,
      Map<Meeting, String> hosts) {
    for (int i = 0; i < drafts.size(); i++) {
      Meeting d = drafts.get(i);
      if (d.date() != null || d.spans().isEmpty()) {
        continue;
      }
      int at = d.spans().get(0).start();
      if (ownOccasion.contains(at)) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Meeting e = drafts.get(j);
        PartialDate p = e.date();
        if (!e.spans().isEmpty()
            && e.spans().get(0).start() < at
            && p != null
            && p.day() != null
            && notAfter(p, ctx.published())
            && e.parties().stream().anyMatch(d.parties()::contains)) {
          Meeting dated =
              new Meeting(
                  d.parties(), d.mode(), d.kind(), d.place(), d.location(), p, d.code(), d.spans());
          drafts.set(i, dated);
          String host = hosts.remove(d);
          if (host != null) {
            hosts.put(dated, host);
          }
          break;
        }
      }
    }
  }

  /**
   * The day of a lead sentence that reports talks without telling them ("held five bilateral
   * meetings on Wednesday", "met four counterparts in X on Wednesday"): a meeting trigger and a
   * whole day, not after publication; null otherwise.
   */
  static PartialDate roundDay(EventContext ctx, Clause c, TriggerLexicon.Match trigger) {
    if (MeetingTense.isFutureOrNegated(ctx, c, trigger)) {
      return null; // "begins a state visit on Tuesday": talks to come date nothing told now
    }
    // the date nearest the verb, not the dateline's ("LIMA, June 26 -"): the story's day
    DateMention d = nearestDate(c, trigger);
    PartialDate p = d == null ? null : d.pointDate();
    int body = MeetingParties.datelineEnd(c);
    return d != null
            && d.start() > body
            && p != null
            && p.day() != null
            && notAfter(p, ctx.published())
        ? p
        : null;
  }

  /**
   * Gives the meetings told after a round's lead sentence, still without a date, the round's day
   * (see {@link #roundDay}); not to those whose sentence names an occasion of its own.
   */
  static void inheritRound(
      List<Meeting> drafts, PartialDate day, int after, Set<Integer> ownOccasion) {
    for (int i = 0; i < drafts.size(); i++) {
      Meeting d = drafts.get(i);
      if (d.date() != null || d.spans().isEmpty()) {
        continue;
      }
      int at = d.spans().get(0).start();
      if (at >= after && !ownOccasion.contains(at)) {
        drafts.set(
            i,
            new Meeting(
                d.parties(),
                d.mode(),
                d.kind(),
                d.place(),
                d.location(),
                day,
                d.code(),
                d.spans()));
      }
    }
  }

  /** How long before publication an event is background rather than news. */
  static final int BACKGROUND_DAYS = 365;

  /** Whether {@code p} ends more than {@link #BACKGROUND_DAYS} before {@code published}. */
  static boolean longBefore(PartialDate p, LocalDate published) {
    return p != null
        && published != null
        && p.latestDay() != null
        && p.latestDay().plusDays(BACKGROUND_DAYS).isBefore(published);
  }

  static boolean notAfter(PartialDate p, LocalDate published) {
    return published == null || p.earliestDay() == null || !p.earliestDay().isAfter(published);
  }
}
