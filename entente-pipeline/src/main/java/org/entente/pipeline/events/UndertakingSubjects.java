package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Meeting;
import org.entente.pipeline.events.CommitmentLexicon.Guard;
import org.entente.pipeline.events.CommitmentLexicon.Trigger;
import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Who is bound by an undertaking: the subject of the trigger's clause. The parties named nearest
 * before the trigger with those coordinated with them ("Chile and Peru"), not one inside a
 * prepositional phrase nor a possessor; "the two sides" and "they" are the parties of the last
 * meeting or the document's two main actors; "he" or "the minister" the last official's
 * affiliation. Immutable and thread-safe.
 */
final class UndertakingSubjects {

  private static final Set<String> MARKERS =
      Set.of(",", ";", ":", "that", "said", "says", "told", "\"", "“", "”");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "in", "to", "from", "for", "on", "at", "by", "against", "into", "toward", "towards",
          "over", "about", "between", "among");
  private static final Set<String> OBJECT_MARKERS =
      Set.of(
          "to",
          "with",
          "from",
          "by",
          "met",
          "meets",
          "called",
          "phoned",
          "invited",
          "told",
          "received",
          "hosted",
          "visited",
          "urged");

  private final CommitmentLexicon lexicon;

  UndertakingSubjects(CommitmentLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The parties that can be a subject: not one inside a prepositional phrase ("trade with Peru
   * would") nor a possessor ("Chile's exports would"), unless it owns a title ("China's foreign
   * minister").
   */
  List<PartyFinder.Named> subjects(Clause c, List<PartyFinder.Named> named) {
    FrozenList<Token> tokens = c.tokens();
    List<PartyFinder.Named> out = new ArrayList<>();
    for (PartyFinder.Named n : named) {
      int k = n.from() - 1;
      if (k >= 0 && EventContext.lower(tokens.get(k)).equals("the")) {
        k--;
      }
      if (k >= 0 && PREPOSITIONS.contains(EventContext.lower(tokens.get(k)))) {
        continue;
      }
      int last = n.to() - 1;
      boolean possessor =
          last < tokens.size()
                  && (EventContext.lower(tokens.get(last)).endsWith("'s")
                      || EventContext.lower(tokens.get(last)).endsWith("’s"))
              || n.to() < tokens.size()
                  && tokens.get(n.to()).isCapitalised()
                  && (EventContext.lower(tokens.get(n.to())).endsWith("'s")
                      || EventContext.lower(tokens.get(n.to())).endsWith("’s"));
      if (possessor && !ownsTitle(tokens, n.to())) {
        continue;
      }
      out.add(n);
    }
    return out;
  }

  private boolean ownsTitle(FrozenList<Token> tokens, int k) {
    for (int i = k; i < Math.min(tokens.size(), k + 4); i++) {
      if (lexicon.is(EventContext.lower(tokens.get(i)), WordClass.TITLE)) {
        return true;
      }
    }
    return false;
  }

  /** Who is bound; empty when the trigger's guard asks for a subject and none is found. */
  Set<String> subject(
      EventContext ctx,
      Clause c,
      List<PartyFinder.Named> named,
      PhraseTable.Match<Trigger> m,
      String lastOfficial,
      Set<String> previous) {
    FrozenList<Token> tokens = c.tokens();
    Guard guard = m.value().guard() == Guard.VERB ? Guard.NONE : m.value().guard();
    if (guard == Guard.REPORTED && !reported(tokens)) {
      return Set.of();
    }
    if (guard == Guard.HEADLINE) {
      return headlineSubject(c, named, m.from());
    }
    int before = m.from() - 1;
    while (before > 0 && lexicon.is(EventContext.lower(tokens.get(before)), WordClass.SKIP)) {
      before--;
    }
    String joint = before >= 0 ? EventContext.lower(tokens.get(before)) : "";
    if (before > 0 && EventContext.lower(tokens.get(before - 1)).equals("whose")) {
      return Set.of(); // "missions whose tenure will come to an end": a thing is the subject
    }
    if (guard != Guard.NONE && (joint.equals("that") || joint.equals("which"))) {
      return Set.of(); // "a road that will ease": the subject is no party
    }
    if (before > 0 && joint.equals("and") && !previous.isEmpty()) {
      return previous; // "he will sign X, and plans to visit Y": the subject of the first verb
    }
    if (before > 0 && joint.equals("and")) {
      // "He talked to X about Y and vowed to ...": the subject opens the sentence.
      Set<String> first = firstSubject(c, named, m.from(), lastOfficial);
      if (!first.isEmpty()) {
        return first;
      }
    }
    int segment = markerBefore(tokens, m.from());
    if (segment == m.from()
        && segment > 1
        && EventContext.lower(tokens.get(segment - 1)).equals(",")) {
      // "Foreign Minister Ana Rojas, will be visiting": a subject set off by a comma
      segment = markerBefore(tokens, segment - 1);
    }
    if (PartyFinder.bothSides(tokens, segment, m.from())) {
      return pair(ctx, c);
    }
    Set<String> s = PartyFinder.subject(c, named, segment, m.from());
    if (!s.isEmpty()) {
      return s;
    }
    for (int k = segment; k < m.from(); k++) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("authorities")) {
        String state = topState(ctx);
        if (state != null) {
          return Set.of(state); // "the authorities have committed to": a state's, never a body's
        }
      }
      if (w.equals("they") || w.equals("we") || PartyFinder.definitePair(tokens, k)) {
        return pair(ctx, c); // "the ministers agreed to": the parties together
      }
      if (w.equals("it")
          && !(k > 0
              && (lexicon.is(EventContext.lower(tokens.get(k - 1)), WordClass.REPORTING)
                  || EventContext.lower(tokens.get(k - 1)).equals("that")))) {
        continue; // "it will strengthen": a thing, unless reported ("said it would")
      }
      if (lexicon.is(w, WordClass.PRONOUN) || lexicon.is(w, WordClass.TITLE)) {
        String official = officialBefore(c, tokens.get(k).start(), lastOfficial);
        if (official != null) {
          return Set.of(official);
        }
      }
    }
    if (guard != Guard.NONE) {
      return Set.of();
    }
    s = PartyFinder.subject(c, named, 0, m.from());
    if (!s.isEmpty()) {
      return s;
    }
    if (lastOfficial != null) {
      return Set.of(lastOfficial);
    }
    return new LinkedHashSet<>(ctx.topActors(1));
  }

  /**
   * "Kenyan President Ana Otieno to visit Zambia": the clause opens with the party and nothing but
   * its name and title come before "to" — no verb, so no "invited X to" or "asked X to".
   */
  Set<String> headlineSubject(Clause c, List<PartyFinder.Named> named, int to) {
    FrozenList<Token> tokens = c.tokens();
    int opening = !tokens.isEmpty() && EventContext.lower(tokens.get(0)).equals("the") ? 1 : 0;
    if (to == 0 || named.isEmpty() || named.get(0).from() != opening) {
      return Set.of();
    }
    for (int k = opening; k < to; k++) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (!t.isCapitalised() && !lexicon.is(w, WordClass.NAME_JOINER)) {
        return Set.of();
      }
    }
    return PartyFinder.subject(c, named, 0, to);
  }

  /** The subject that opens the sentence: its first party group, or "he" as the last official. */
  private Set<String> firstSubject(
      Clause c, List<PartyFinder.Named> named, int to, String lastOfficial) {
    FrozenList<Token> tokens = c.tokens();
    String w = tokens.isEmpty() ? "" : EventContext.lower(tokens.get(0));
    if (lexicon.is(w, WordClass.PRONOUN) && !w.equals("they") && !w.equals("we")) {
      return lastOfficial == null ? Set.of() : Set.of(lastOfficial);
    }
    // "PANAMA CITY, 3 October - The ministers of …": the sentence opens after its dateline
    int body = 0;
    int dash = MeetingParties.datelineEnd(c);
    if (dash >= 0) {
      body = c.tokenAt(dash) + 1;
      w = body < tokens.size() ? EventContext.lower(tokens.get(body)) : "";
      if (lexicon.is(w, WordClass.PRONOUN) && !w.equals("they") && !w.equals("we")) {
        return lastOfficial == null ? Set.of() : Set.of(lastOfficial);
      }
    }
    final int opening = body;
    List<PartyFinder.Named> after = named.stream().filter(n -> n.from() >= opening).toList();
    if (after.isEmpty() || after.get(0).from() > body + 3 && !officesOf(tokens, body, after)) {
      return Set.of();
    }
    int end = after.get(0).to();
    for (PartyFinder.Named n : after) {
      if (n.from() <= end + 3 && n.to() <= to) {
        end = Math.max(end, n.to());
      }
    }
    return PartyFinder.subject(c, after, body, Math.min(to, end));
  }

  /**
   * "The deputy foreign ministers of Panama and …": the first party follows "of" after plural title
   * words only, within a few tokens of the sentence's opening.
   */
  private boolean officesOf(FrozenList<Token> tokens, int body, List<PartyFinder.Named> after) {
    int party = after.get(0).from();
    if (party < body + 2
        || party > body + 6
        || !EventContext.lower(tokens.get(party - 1)).equals("of")) {
      return false;
    }
    String head = EventContext.lower(tokens.get(party - 2));
    String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
    if (!lexicon.is(singular, WordClass.TITLE)) {
      return false;
    }
    for (int k = body; k < party - 2; k++) {
      if (tokens.get(k).type() != Token.Type.WORD) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when an official is named as the object of a preposition or a verb of meeting ("spoke to
   * Prime Minister X", "met X"): "he" in the next sentence is rather the one who spoke.
   */
  static boolean object(Clause c, EventContext.PersonMention p) {
    FrozenList<Token> tokens = c.tokens();
    int k = c.tokenAt(p.span().start()) - 1;
    while (k >= 0 && tokens.get(k).isCapitalised()) {
      k--;
    }
    return k >= 0 && OBJECT_MARKERS.contains(EventContext.lower(tokens.get(k)));
  }

  /** The official named last before {@code offset} in the sentence, else the last one before. */
  private static String officialBefore(Clause c, int offset, String lastOfficial) {
    String found = lastOfficial;
    for (EventContext.PersonMention p : c.persons()) {
      if (p.span().end() <= offset && p.person().affiliation() != null && !object(c, p)) {
        found = p.person().affiliation();
      }
    }
    return found;
  }

  private boolean reported(FrozenList<Token> tokens) {
    for (Token t : tokens) {
      if (lexicon.is(EventContext.lower(t), WordClass.REPORTING)) {
        return true;
      }
    }
    return false;
  }

  /** The state the document is most about, or null when it names none. */
  private static String topState(EventContext ctx) {
    String best = null;
    double most = 0;
    for (ActorMention a : ctx.analysis().actors()) {
      Double score = ctx.salience().get(a.code());
      if (a.kind() == ActorKind.STATE && score != null && (best == null || score > most)) {
        best = a.code();
        most = score;
      }
    }
    return best;
  }

  /** "The two sides": the parties of the last meeting so far, else the two main actors. */
  static Set<String> pair(EventContext ctx, Clause c) {
    Meeting best = null;
    for (Meeting m : ctx.analysis().meetings()) {
      if (!m.spans().isEmpty() && m.spans().get(0).start() <= c.sentence().end()) {
        best = m;
      }
    }
    if (best != null) {
      return new LinkedHashSet<>(best.parties());
    }
    return new LinkedHashSet<>(ctx.topActors(2));
  }

  /** The token after the last marker (comma, "that", "said", a quote) before {@code to}, or 0. */
  private static int markerBefore(FrozenList<Token> tokens, int to) {
    for (int k = to - 1; k >= 0; k--) {
      if (MARKERS.contains(EventContext.lower(tokens.get(k)))) {
        return k + 1;
      }
    }
    return 0;
  }
}
