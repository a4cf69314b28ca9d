package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Meeting;
import org.entente.model.Span;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Handles meetings with more than two sides: members of a listed group join their group's meeting,
 * a "join" trigger adds parties to the meeting reported last, and calls, separate talks and plural
 * visits are split into one bilateral meeting for each partner. Stateless.
 */
final class MultilateralMeetings {

  private static final MeetingContext W = MeetingContext.defaults();

  /** The kind of trigger that adds parties to the meeting reported last. */
  static final String JOIN = "join";

  /** Kinds of meeting that a group holds as a whole. */
  private static final Set<String> GROUP_KINDS = Set.of("meeting", "summit", "talks");

  private MultilateralMeetings() {}

  /**
   * "The IMF also took part in the meeting": the parties join the meeting reported last that the
   * noun names ("the meeting" a meeting rather than a summit), else the meeting reported last.
   */
  static void join(List<Meeting> out, Set<String> parties, Clause c, String noun) {
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
   * party of its own ("after a Washington meeting", "at the 2019 Lima gathering of its leaders") in
   * a text about one enumerated group is that group's meeting.
   */
  static void addMembers(EventContext ctx, TriggerLexicon.Match m, Set<String> parties) {
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
   * "held bilateral meetings with", "separate talks with", "met each of", "talks, each with": a
   * word of the {@code separate} class right before the trigger or in the few words after it.
   */
  static boolean separateMeetings(FrozenList<Token> tokens, TriggerLexicon.Match m) {
    for (int k = Math.max(0, m.from() - 2); k < Math.min(tokens.size(), m.to() + 3); k++) {
      if (k >= m.from() && k < m.to()) {
        continue;
      }
      if (W.is("separate", EventContext.lower(tokens, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X met the foreign ministers of Chile, A, Ghana, B, and Fiji, C", "met his peers from Mali and
   * Brazil, A and B": each partner an official named for a state of their own after the trigger, so
   * several bilateral meetings, not one of all; not where the text says they met together
   * ("jointly", "trilateral") or names an occasion of them all ("summit").
   */
  static boolean namedCounterparts(
      EventContext.Clause c, TriggerLexicon.Match m, Set<String> objects) {
    if (objects.size() < 2 || GROUP_TRIGGERS.contains(m.trigger().kind())) {
      return false;
    }
    FrozenList<Token> tokens = c.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      if (W.is("together", EventContext.lower(tokens, k))) {
        return false;
      }
    }
    int after = tokens.get(Math.min(m.to(), tokens.size()) - 1).end();
    Set<String> named = new java.util.HashSet<>();
    for (EventContext.PersonMention p : c.persons()) {
      if (p.span().start() >= after && p.person().affiliation() != null) {
        named.add(p.person().affiliation());
      }
    }
    return named.containsAll(objects);
  }

  /** Meeting kinds that are one occasion of all their parties. */
  private static final Set<String> GROUP_TRIGGERS =
      Set.of("summit", "join", "video_conference", "host");

  /** "his visits to Mali and Niger": a plural journey noun, one trip to each destination. */
  static boolean isPluralVisit(FrozenList<Token> tokens, TriggerLexicon.Match m) {
    return m.trigger().kind().equals("visit")
        && EventContext.lower(tokens, m.from()).equals("visits")
        && m.to() - m.from() > 1;
  }

  /**
   * Calls and conversations are bilateral: one caller, several calls; so are "bilateral meetings"
   * or "separate talks" with several partners, "each with" or "separately with" them, and "visits
   * to" several states: one trip to each. Adds to {@code out} one copy of {@code meeting} for the
   * caller and each other party, and returns the first, or null when there is none.
   */
  static Meeting splitBilateral(
      Meeting meeting, String caller, Set<String> others, List<Meeting> out) {
    Meeting first = null;
    for (String o : others) {
      if (!o.equals(caller)) {
        Meeting call =
            new Meeting(
                new ArrayList<>(new TreeSet<>(List.of(caller, o))),
                meeting.mode(),
                meeting.kind(),
                meeting.place(),
                meeting.location(),
                meeting.date(),
                meeting.code(),
                meeting.spans());
        out.add(call);
        first = first == null ? call : first;
      }
    }
    return first;
  }
}
