package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Meeting;
import org.entente.model.Span;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * The gatherings on whose sidelines an English text's talks were held: "A and B held talks on the
 * sidelines of the Pacific Forum summit in Suva" reports the summit too, a meeting of the
 * organisation the phrase names and of every side of the talks held on its sidelines (the
 * guidelines' "a summit or ministerial: all named parties"). Dated as the first of those talks, and
 * placed in the city the phrase names, else where the talks were held when the sentence says so.
 * Stateless.
 */
final class SidelineGatherings {

  /** The words that lead into the margins of a gathering: "on the sidelines of", "at the". */
  private static final Set<String> LEAD = Set.of("on", "at", "in");

  /** Words that end the name of a gathering: a partner or another clause follows. */
  private static final Set<String> PHRASE_END =
      Set.of(",", ";", ".", "with", "to", "and", "where", "which", "that", "on", "from");

  private SidelineGatherings() {}

  /** A gathering a sidelines phrase names: its organisations and the city it names, if any. */
  private record Gathering(Set<String> organisations, PlaceMatch city) {}

  /**
   * {@code meetings} and, after them, one meeting for each gathering on whose sidelines some of
   * them were held, unless a meeting of all its parties is already there.
   */
  static List<Meeting> add(EventContext ctx, List<Meeting> meetings) {
    Map<Set<String>, List<Meeting>> talksOf = new LinkedHashMap<>();
    Map<Set<String>, Gathering> gatherings = new LinkedHashMap<>();
    Map<Meeting, Clause> clauseOf = new LinkedHashMap<>();
    for (Meeting m : meetings) {
      if (m.mode() != Meeting.Mode.IN_PERSON) {
        continue;
      }
      for (Clause c : ctx.clauses()) {
        if (!contains(c, m)) {
          continue;
        }
        Gathering g = gathering(c);
        if (g != null) {
          talksOf.computeIfAbsent(g.organisations(), k -> new ArrayList<>()).add(m);
          gatherings.putIfAbsent(g.organisations(), g);
          clauseOf.putIfAbsent(m, c);
          break;
        }
      }
    }
    List<Meeting> out = new ArrayList<>(meetings);
    talksOf.forEach(
        (orgs, talks) -> {
          TreeSet<String> parties = new TreeSet<>(orgs);
          talks.forEach(t -> parties.addAll(t.parties()));
          if (parties.size() <= orgs.size() + 1
              || out.stream().anyMatch(m -> m.parties().containsAll(parties))) {
            return;
          }
          Meeting first = talks.get(0);
          Clause c = clauseOf.get(first);
          PlaceMatch city = gatherings.get(orgs).city();
          boolean talksPlace = city == null && placeIn(c, first);
          out.add(
              new Meeting(
                  List.copyOf(parties),
                  Meeting.Mode.IN_PERSON,
                  "summit",
                  city != null ? city.name() : talksPlace ? first.place() : null,
                  city != null ? city.location() : talksPlace ? first.location() : null,
                  first.date(),
                  null,
                  List.of(new Span(c.sentence().start(), c.sentence().end()))));
        });
    return out;
  }

  /** Whether a span of {@code m} lies in the sentence of {@code c}. */
  private static boolean contains(Clause c, Meeting m) {
    for (Span s : m.spans()) {
      if (s.start() >= c.sentence().start() && s.end() <= c.sentence().end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence of {@code c} names the place of {@code m}. */
  private static boolean placeIn(Clause c, Meeting m) {
    if (m.place() == null) {
      return false;
    }
    for (PlaceMatch p : c.places()) {
      if (p.name().equals(m.place())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The gathering that a sidelines phrase of the sentence names, "on the sidelines of the AU summit
   * in Accra": the organisations named within it and a city after "in"; null when the sentence has
   * no such phrase or its phrase names no organisation.
   */
  private static Gathering gathering(Clause c) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = 0; k + 3 < tokens.size(); k++) {
      if (!LEAD.contains(EventContext.lower(tokens, k))
          || !EventContext.lower(tokens, k + 1).equals("the")
          || !SessionFrames.MARGINS.contains(EventContext.lower(tokens, k + 2))
          || !EventContext.lower(tokens, k + 3).equals("of")) {
        continue;
      }
      int from = tokens.get(k + 3).end();
      int end = k + 4;
      int reach = Math.min(tokens.size(), k + 4 + SessionFrames.OCCASION_REACH);
      while (end < reach && !PHRASE_END.contains(EventContext.lower(tokens, end))) {
        end++;
      }
      PlaceMatch city = null;
      if (end + 1 < tokens.size() && EventContext.lower(tokens, end).equals("in")) {
        int at = tokens.get(end + 1).start();
        for (PlaceMatch p : c.places()) {
          if (p.start() == at) {
            city = p;
          }
        }
      }
      int to = tokens.get(end - 1).end();
      Set<String> orgs = new TreeSet<>();
      for (ActorMention a : c.actors()) {
        if (a.kind() == ActorKind.ORGANISATION
            && a.span().start() >= from
            && a.span().end() <= to) {
          orgs.add(a.code());
        }
      }
      if (!orgs.isEmpty()) {
        return new Gathering(orgs, city);
      }
    }
    return null;
  }
}
