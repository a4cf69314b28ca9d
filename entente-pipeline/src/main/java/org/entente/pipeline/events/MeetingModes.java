package org.entente.pipeline.events;

import org.entente.model.Meeting;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Tells how a meeting was held: in person, by phone or by video, from its trigger and the words of
 * its clause. Stateless.
 */
final class MeetingModes {

  private MeetingModes() {}

  static Meeting.Mode modeOf(EventContext ctx, Clause c, TriggerLexicon.Match m) {
    if (m.trigger().mode() != Meeting.Mode.IN_PERSON) {
      return m.trigger().mode();
    }
    FrozenList<Token> tokens = c.tokens();
    for (Token t : tokens.subList(MeetingParties.relativeStart(tokens, m.from()), tokens.size())) {
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

  static boolean isSpeech(Token t) {
    String w = EventContext.lower(t);
    return w.startsWith("spoke") || w.startsWith("speak") || w.startsWith("talked");
  }
}
