package org.entente.pipeline.events;

import java.util.Set;
import org.entente.model.ActorMention;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Reads where a meeting took place: a city after "in" or "at" or before a meeting noun, else the
 * dateline city for "here" and for hosts. Stateless.
 */
final class MeetingPlaces {

  private MeetingPlaces() {}

  static PlaceMatch placeOf(EventContext ctx, Clause c, boolean host) {
    FrozenList<Token> tokens = c.tokens();
    for (PlaceMatch p : c.places()) {
      int k = c.tokenAt(p.start());
      if (k > 0) {
        String w = EventContext.lower(tokens.get(k - 1));
        if (w.equals("in") || w.equals("at") || (host && w.equals("to"))) {
          return p;
        }
      }
      int next = c.tokenAt(p.end());
      if (next < tokens.size()
          && MeetingTriggers.BARE_NOUNS.contains(EventContext.lower(tokens.get(next)))) {
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

  /** "in West Germany", "at the United Nations": the clause places the meeting elsewhere. */
  static boolean placeNamed(Clause c) {
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
  static boolean hostedHere(PlaceMatch dateline, Set<String> parties) {
    return dateline != null
        && dateline.location() != null
        && parties.contains(dateline.location().country());
  }
}
