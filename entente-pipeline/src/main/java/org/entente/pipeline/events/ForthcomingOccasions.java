package org.entente.pipeline.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * Occasions and acts that an adjective puts ahead ({@code forthcoming} in {@code
 * commitment-words.tsv}): "the forthcoming Andean Ports Conference" is an undertaking to hold it (a
 * named occasion only: "the upcoming talks" is another mention of talks announced elsewhere); "the
 * Chile's upcoming hand-over of a survey ship to Peru" one to hand the vessel over (the noun's verb
 * from {@code nominalisations.tsv}); an act coordinated with it ("the upcoming start of X and the
 * handover of Y in 2024") is one too. Bound are the possessor ("the US's"), else the organisations
 * named in an occasion's name, else the parties named in the act's object, else the two main
 * parties. Immutable and thread-safe.
 */
final class ForthcomingOccasions {
  /** A run of white space inside a phrase. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** How many modifiers may stand between the adjective and the occasion noun. */
  private static final int MAX_MODIFIERS = 6;

  private final CommitmentLexicon lexicon;
  private final ActionReader reader;

  ForthcomingOccasions(CommitmentLexicon lexicon, ActionReader reader) {
    this.lexicon = lexicon;
    this.reader = reader;
  }

  /** One undertaking and who is bound by it. */
  record Reading(ActionReader.Action action, Set<String> parties) {}

  /** Every undertaking the clause puts ahead with a forthcoming adjective, in text order. */
  List<Reading> find(EventContext ctx, Clause c, List<PartyFinder.Named> named) {
    FrozenList<Token> tokens = c.tokens();
    List<Reading> out = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!lexicon.is(EventContext.lower(tokens.get(i)), WordClass.FORTHCOMING)) {
        continue;
      }
      Set<String> owner = possessor(tokens, named, i);
      Reading trip = visit(ctx, c, named, i, owner);
      if (trip != null) {
        out.add(trip);
        continue;
      }
      int k = i + 1;
      while (true) {
        Reading r = act(ctx, c, named, k, owner);
        if (r == null) {
          break;
        }
        out.add(r);
        int next = r.action().to();
        // "... and the handover of Y": a coordinated act under the same adjective
        if (next + 2 < tokens.size()
            && EventContext.lower(tokens.get(next)).equals("and")
            && EventContext.lower(tokens.get(next + 1)).equals("the")) {
          k = next + 2;
          continue;
        }
        break;
      }
      if (out.isEmpty() || out.get(out.size() - 1).action().from() < i) {
        Reading o = occasion(ctx, c, i + 1, owner);
        if (o != null) {
          out.add(o);
        }
      }
    }
    return out;
  }

  /** Journey nouns whose destination follows "to": "the upcoming visit to Peru". */
  private static final Set<String> JOURNEYS = Set.of("visit", "trip", "tour");

  /** The most words between the adjective and the journey noun: "upcoming two-day state visit". */
  private static final int JOURNEY_MODIFIERS = 4;

  /**
   * "the forthcoming visit of Chile's President to Peru", "Chile's upcoming state visit to Peru in
   * May": an undertaking to visit the destination, of the traveller (the possessor, else the party
   * named after "of") and the state visited; null when no destination follows.
   */
  private Reading visit(
      EventContext ctx, Clause c, List<PartyFinder.Named> named, int adjective, Set<String> owner) {
    FrozenList<Token> tokens = c.tokens();
    int noun = -1;
    for (int k = adjective + 1;
        k < Math.min(tokens.size(), adjective + 2 + JOURNEY_MODIFIERS);
        k++) {
      String w = EventContext.lower(tokens.get(k));
      if (JOURNEYS.contains(w)) {
        noun = k;
        break;
      }
      if (tokens.get(k).type() == Token.Type.PUNCTUATION) {
        return null;
      }
    }
    if (noun < 0) {
      return null;
    }
    Set<String> parties = new LinkedHashSet<>(owner);
    int k = noun + 1;
    if (EventContext.lower(tokens, k).equals("of")) {
      int end = k + 1;
      while (end < tokens.size() && end < k + 8 && !EventContext.lower(tokens, end).equals("to")) {
        end++;
      }
      for (PartyFinder.Named n : named) {
        if (n.from() > k && n.to() <= end) {
          parties.add(n.code());
        }
      }
      k = end;
    }
    if (!EventContext.lower(tokens, k).equals("to") || k + 1 >= tokens.size()) {
      return null;
    }
    String destination = null;
    int destinationEnd = -1;
    for (ActorMention a : c.actors()) {
      if (a.kind() == ActorKind.STATE && a.span().start() == tokens.get(k + 1).start()) {
        destination = a.code();
        destinationEnd = c.tokenAt(a.span().end());
      }
    }
    for (PlaceMatch p : c.places()) {
      if (destination == null && p.start() == tokens.get(k + 1).start() && p.location() != null) {
        destination = p.location().country();
        destinationEnd = c.tokenAt(p.end());
      }
    }
    if (destination == null) {
      return null;
    }
    if (parties.isEmpty()) {
      parties.addAll(UndertakingSubjects.pair(ctx, c));
    }
    parties.add(destination);
    String where =
        WHITESPACE
            .matcher(
                ctx.text()
                    .substring(tokens.get(k + 1).start(), tokens.get(destinationEnd - 1).end()))
            .replaceAll(" ");
    DateMention date = null;
    for (DateMention d : c.dates()) {
      if (date == null && d.start() >= tokens.get(destinationEnd - 1).end()) {
        date = d;
      }
    }
    return new Reading(
        new ActionReader.Action(noun, destinationEnd, "visit " + where, null, date), parties);
  }

  /** "hand-over of X to Y": the noun's verb and its object, or null. */
  private Reading act(
      EventContext ctx, Clause c, List<PartyFinder.Named> named, int k, Set<String> owner) {
    FrozenList<Token> tokens = c.tokens();
    if (k + 2 >= tokens.size() || !EventContext.lower(tokens.get(k + 1)).equals("of")) {
      return null;
    }
    String verb = lexicon.verbOfNoun(EventContext.lower(tokens.get(k)));
    if (verb == null) {
      return null;
    }
    int end = tokens.size();
    for (int j = k + 2; j + 2 < tokens.size(); j++) {
      if (EventContext.lower(tokens.get(j)).equals("and")
          && EventContext.lower(tokens.get(j + 1)).equals("the")
          && lexicon.verbOfNoun(EventContext.lower(tokens.get(j + 2))) != null) {
        end = j;
        break;
      }
    }
    List<ActionReader.Action> read = reader.read(ctx, c, k + 2, true, end);
    if (read.isEmpty()) {
      return null;
    }
    ActionReader.Action a = read.get(0);
    Set<String> parties = new LinkedHashSet<>(owner);
    if (parties.isEmpty()) {
      for (PartyFinder.Named n : named) {
        if (n.from() >= a.from() && n.to() <= a.to()) {
          parties.add(n.code());
        }
      }
    }
    if (parties.isEmpty()) {
      parties.addAll(UndertakingSubjects.pair(ctx, c));
    }
    return new Reading(
        new ActionReader.Action(k, a.to(), verb + " " + a.text(), a.place(), a.date()), parties);
  }

  /** "the forthcoming Andean Ports Conference": hold it, or null when no occasion follows. */
  private Reading occasion(EventContext ctx, Clause c, int from, Set<String> owner) {
    FrozenList<Token> tokens = c.tokens();
    int noun = -1;
    for (int k = from; k < Math.min(tokens.size(), from + MAX_MODIFIERS + 1); k++) {
      Token t = tokens.get(k);
      if (t.type() != Token.Type.WORD) {
        break;
      }
      if (lexicon.is(EventContext.lower(t), WordClass.EVENT)) {
        noun = k;
        break;
      }
      if (!t.isCapitalised() && k > from) {
        break;
      }
    }
    if (noun <= from || !tokens.get(from).isCapitalised()) {
      return null; // "the upcoming talks": another mention of an occasion read as it is announced
    }
    String phrase =
        WHITESPACE
            .matcher(ctx.text().substring(tokens.get(from).start(), tokens.get(noun).end()))
            .replaceAll(" ");
    Set<String> parties = new LinkedHashSet<>(owner);
    int start = tokens.get(from).start();
    int end = tokens.get(noun).end();
    for (ActorMention m : c.actors()) {
      if (m.kind() == ActorKind.ORGANISATION
          && m.span().start() >= start
          && m.span().end() <= end) {
        parties.add(m.code());
      }
    }
    if (parties.isEmpty()) {
      parties.addAll(UndertakingSubjects.pair(ctx, c));
    }
    return new Reading(
        new ActionReader.Action(from, noun + 1, "hold the " + phrase, null, null), parties);
  }

  /** "the US's upcoming ...": the party that owns the act. */
  private static Set<String> possessor(
      FrozenList<Token> tokens, List<PartyFinder.Named> named, int i) {
    for (PartyFinder.Named n : named) {
      int after = n.to();
      boolean apostrophe =
          after < tokens.size()
              && (tokens.get(after).text().equals("'s") || tokens.get(after).text().equals("’s"));
      String last = EventContext.lower(tokens.get(n.to() - 1));
      boolean owns = last.endsWith("'s") || last.endsWith("’s");
      if ((owns && n.to() == i) || (apostrophe && after + 1 == i)) {
        return Set.of(n.code());
      }
    }
    return Set.of();
  }
}
