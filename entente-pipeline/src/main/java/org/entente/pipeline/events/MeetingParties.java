package org.entente.pipeline.events;

import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.ActorMention;
import org.entente.pipeline.actors.OrganisationOffices;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.events.EventContext.PersonMention;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Collects the parties around a trigger: the affiliations of the officials and the states and
 * organisations named from the clause boundary before it to the one after, on the subject or the
 * object side. Stateless.
 */
final class MeetingParties {
  /** A possessive ending as a token of its own. */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?");

  private static final MeetingContext W = MeetingContext.defaults();

  private static final int WINDOW = 30;

  private static final OrganisationOffices ORGANISATION_OFFICES = OrganisationOffices.defaults();

  private static final Set<String> RELATIVES = Set.of("who", "whom", "which");

  private MeetingParties() {}

  static void collectParties(
      Clause c,
      TriggerLexicon.Match m,
      int trigStart,
      int trigEnd,
      Set<String> subjects,
      Set<String> objects) {
    FrozenList<Token> tokens = c.tokens();
    // The subject: back from the trigger to a clause boundary; the object: on to the next one.
    int from = m.from();
    int relative = relativeStart(tokens, m.from());
    while (from > (relative > 0 ? relative + 1 : 0) && m.from() - from < WINDOW) {
      if (from >= 3 && acronymInBrackets(tokens, from - 3)) {
        from -= 3; // "Director of the Water Agency (WA) Ana Rojas and …": the subject goes on
        continue;
      }
      int bracket = shortBracketBefore(tokens, from);
      if (bracket >= 0) {
        from = bracket; // "Prime Minister Ana Rojas (Party-XY) and …": a party's or an age's note
        continue;
      }
      if (W.is("subject-stop", EventContext.lower(tokens, from - 1))) {
        break;
      }
      from--;
    }
    if (relative > 0 && from == relative + 1) {
      from = antecedentStart(c, relative - 1); // "…, Luis Ortega, who met with X": Ortega met X
    }
    int objectStart =
        guestStart(
            c,
            m,
            SessionFrames.skipDateBeforePartner(c, MeetingTriggers.skipDuration(tokens, m.to())));
    int to = objectEnd(c, objectStart);
    if (to == objectStart && m.trigger().needsObject()) {
      // "received on Wednesday, …, at the headquarters in X, the minister"
      objectStart = MeetingTriggers.skipAdjuncts(c, objectStart);
      to = objectEnd(c, objectStart);
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
      if (NonPartyActors.isTopic(tokens, k)
          || NonPartyActors.isPlaceContext(tokens, k, a)
          || NonPartyActors.afterCity(c, k, a)
          || NonPartyActors.isSeatCity(c, k, a)
          || NonPartyActors.isRole(tokens, c, a)
          || NonPartyActors.inPortfolio(c, a)) {
        continue;
      }
      if (a.span().start() >= trigEnd && NonPartyActors.isVenue(tokens, k, a)) {
        continue; // "met … in Portugal": where, not who
      }
      if (a.span().start() >= trigEnd && NonPartyActors.topicBetween(tokens, objectStart, k)) {
        continue; // "the talks covered the Sahel, Haiti and Yemen"
      }
      (a.span().start() < trigStart ? subjects : objects).add(a.code());
    }
  }

  /**
   * Where the guest or destination after a trigger starts: past "to" after a visit ("an official
   * visit to Chile"), past "for" or "in honour of" after a meal ("a lunch for the minister").
   */
  private static int guestStart(Clause c, TriggerLexicon.Match m, int from) {
    FrozenList<Token> tokens = c.tokens();
    String w = EventContext.lower(tokens, from);
    if (m.trigger().kind().equals("visit") && w.equals("to")) {
      return from + 1;
    }
    if (!W.is("meal", EventContext.lower(tokens, m.to() - 1))) {
      return from;
    }
    if (w.equals("for")) {
      return from + 1;
    }
    boolean honour =
        w.equals("in")
            && (EventContext.lower(tokens, from + 1).equals("honour")
                || EventContext.lower(tokens, from + 1).equals("honor"))
            && EventContext.lower(tokens, from + 2).equals("of");
    return honour ? from + 3 : from;
  }

  /** The end of the object that starts at token {@code from}: the next object stop. */
  private static int objectEnd(Clause c, int from) {
    FrozenList<Token> tokens = c.tokens();
    int to = from;
    while (to < tokens.size()
        && to - from < WINDOW
        && (!W.is("object-stop", EventContext.lower(tokens, to)) || insideTitle(c, to))) {
      to++;
    }
    return to;
  }

  /**
   * "Minister of State for Defence Affairs Name": a lower-case word between two capitalised ones
   * inside the title of an official named right after, which stops no object.
   */
  private static boolean insideTitle(Clause c, int k) {
    FrozenList<Token> tokens = c.tokens();
    if (k == 0
        || k + 1 >= tokens.size()
        || tokens.get(k).type() != Token.Type.WORD
        || tokens.get(k).isCapitalised()
        || !tokens.get(k - 1).isCapitalised()) {
      return false;
    }
    int run = k + 1;
    while (run < tokens.size() && run - k <= 8 && tokens.get(run).isCapitalised()) {
      run++;
    }
    if (run == k + 1) {
      return false;
    }
    if (NonPartyActors.titleStart(tokens, k) >= 0 && run < tokens.size()) {
      String after = EventContext.lower(tokens, run);
      if (after.equals("of") || after.equals(",") || after.equals(".") || run == tokens.size()) {
        return true; // "the Secretary for Ocean Affairs of Peru": an office, named or not
      }
    }
    int end = run < tokens.size() ? tokens.get(run).start() : c.sentence().end();
    for (PersonMention p : c.persons()) {
      if (p.span().start() > tokens.get(k).start() && p.span().end() <= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of the relative clause holding token {@code k} ("…, who met with X"), or 0 when
   * it stands in the main clause.
   */
  static int relativeStart(FrozenList<Token> tokens, int k) {
    for (int i = k - 1; i > 0; i--) {
      String w = EventContext.lower(tokens.get(i));
      if (RELATIVES.contains(w) && EventContext.lower(tokens.get(i - 1)).equals(",")) {
        return i;
      }
    }
    return 0;
  }

  /** A relative pronoun opens a new clause between tokens {@code from} and {@code to}. */
  static boolean relativeBetween(FrozenList<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = EventContext.lower(tokens.get(k));
      if (RELATIVES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of a short bracketed note of capitals and numbers that ends right before token {@code
   * k} ("(Party-XY)", "(62)"), or -1.
   */
  private static int shortBracketBefore(FrozenList<Token> tokens, int k) {
    if (k < 3 || !EventContext.lower(tokens, k - 1).equals(")")) {
      return -1;
    }
    for (int i = k - 2; i >= Math.max(0, k - 6); i--) {
      String w = tokens.get(i).text();
      if (w.equals("(")) {
        // after a name ("Ana Rojas (Party-XY)"), not after a dateline ("June 26 (Agency)")
        boolean afterName =
            i >= 2 && tokens.get(i - 1).isCapitalised() && tokens.get(i - 2).isCapitalised();
        return i < k - 2 && afterName ? i : -1;
      }
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /** "(WA)" at {@code k}: one word of capitals between brackets. */
  private static boolean acronymInBrackets(FrozenList<Token> tokens, int k) {
    if (!EventContext.lower(tokens, k).equals("(")
        || !EventContext.lower(tokens, k + 2).equals(")")) {
      return false;
    }
    String w = tokens.get(k + 1).text();
    return w.length() >= 2 && w.chars().noneMatch(Character::isLowerCase);
  }

  /**
   * "The Secretary-General met…": an organisation's office named bare, after "the" and with no name
   * or "of" after it, stands for the organisation ({@link OrganisationOffices}). Null when token
   * {@code k} opens no such office.
   */
  private static String bareOrganisationOffice(FrozenList<Token> tokens, int k) {
    if (!EventContext.lower(tokens, k - 1).equals("the") || !tokens.get(k).isCapitalised()) {
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
    if (end < tokens.size() && POSSESSIVE.matcher(tokens.get(end).text()).matches()) {
      end++; // "the Secretary-General's visit"
    }
    if (end < tokens.size()
        && (EventContext.lower(tokens, end).equals("of")
            || tokens.get(end).isCapitalised() && tokens.get(end).type() == Token.Type.WORD)) {
      return null; // "Secretary-General of NATO", "Secretary-General Ban"
    }
    return org;
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

  /** The end of a dateline ("CITY, Month Day -") opening the clause, or -1. */
  static int datelineEnd(Clause c) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = 1; k < Math.min(tokens.size(), 9); k++) {
      String w = tokens.get(k).text();
      if (w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—") || w.equals(".-")) {
        return tokens.get(k).start();
      }
    }
    return -1;
  }
}
