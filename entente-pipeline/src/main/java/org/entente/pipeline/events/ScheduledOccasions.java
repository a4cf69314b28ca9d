package org.entente.pipeline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Commitment;
import org.entente.model.Span;
import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.events.EventContext.PersonMention;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * Occasions that the text dates ahead of publication with a possessive time expression: "next
 * week's ministerial meeting in Lima", "this weekend's regional forum". A meeting only announced
 * for the future is an undertaking to hold it: the action is "hold" and the occasion, the parties
 * are the organisations named in it, else the affiliation of the official the sentence names first,
 * and the deadline is the time expression. Only unambiguous forward readings count ("next week",
 * "this weekend", "next month"), not a weekday that may have passed ("Monday's meeting").
 * Stateless.
 */
final class ScheduledOccasions {

  /** How many words may stand between the possessive date and the occasion noun. */
  private static final int MAX_MODIFIERS = 5;

  private static final Set<String> POSSESSIVE = Set.of("'s", "’s");

  private ScheduledOccasions() {}

  static List<Commitment> find(EventContext ctx, CommitmentLexicon lexicon) {
    List<Commitment> out = new ArrayList<>();
    LocalDate pub = ctx.published();
    if (pub == null) {
      return out;
    }
    for (Clause c : ctx.clauses()) {
      for (DateMention d : c.dates()) {
        Commitment found = read(ctx, lexicon, c, d, pub);
        if (found != null) {
          out.add(found);
        }
      }
    }
    return out;
  }

  private static Commitment read(
      EventContext ctx, CommitmentLexicon lexicon, Clause c, DateMention d, LocalDate pub) {
    if (!ahead(d, pub)) {
      return null;
    }
    FrozenList<Token> tokens = c.tokens();
    String text = ctx.text();
    if (d.end() + 2 > text.length() || !POSSESSIVE.contains(text.substring(d.end(), d.end() + 2))) {
      return null;
    }
    int from = c.tokenAt(d.end() + 2);
    while (from < tokens.size() && tokens.get(from).start() < d.end() + 2) {
      from++; // the possessive ending, however the tokeniser cut it
    }
    int noun = -1;
    for (int i = from; i < Math.min(tokens.size(), from + MAX_MODIFIERS + 1); i++) {
      Token t = tokens.get(i);
      if (t.type() != Token.Type.WORD) {
        break;
      }
      if (lexicon.is(EventContext.lower(t), WordClass.EVENT)) {
        noun = i;
        break;
      }
    }
    if (noun < 0) {
      return null;
    }
    while (noun + 1 < tokens.size()
        && lexicon.is(EventContext.lower(tokens.get(noun + 1)), WordClass.EVENT)) {
      noun++; // "ministerial meeting"
    }
    Set<String> parties = organisationsIn(c, tokens.get(from).start(), tokens.get(noun).end());
    if (parties.isEmpty()) {
      String official = firstOfficial(c);
      if (official == null) {
        return null;
      }
      parties.add(official);
    }
    StringBuilder action = new StringBuilder("hold the");
    for (int i = from; i <= noun; i++) {
      action.append(' ').append(tokens.get(i).text());
    }
    PlaceMatch place = placeAfter(c, noun + 1);
    if (place != null) {
      action.append(" in ").append(place.name());
    }
    Span evidence = new Span(d.start(), tokens.get(noun).end());
    return new Commitment(
        new ArrayList<>(parties),
        action.toString(),
        place == null ? null : place.name(),
        d.deadline(),
        null,
        List.of(evidence));
  }

  /** A forward reading only: "next week", "this weekend", not "Monday" nor "last week". */
  private static boolean ahead(DateMention d, LocalDate pub) {
    return d.due() != null
        && d.pointDate() != null
        && d.pointDate().equals(d.futureDate())
        && d.due().latestDay() != null
        && !d.due().latestDay().isBefore(pub)
        && (d.pointDate().latestDay() == null || !d.pointDate().latestDay().isBefore(pub));
  }

  private static Set<String> organisationsIn(Clause c, int start, int end) {
    Set<String> out = new TreeSet<>();
    for (ActorMention a : c.actors()) {
      if (a.kind() == ActorKind.ORGANISATION
          && a.span().start() >= start
          && a.span().end() <= end) {
        out.add(a.code());
      }
    }
    return out;
  }

  private static String firstOfficial(Clause c) {
    for (PersonMention p : c.persons()) {
      if (p.person().affiliation() != null) {
        return p.person().affiliation();
      }
    }
    return null;
  }

  private static PlaceMatch placeAfter(Clause c, int k) {
    if (k + 1 >= c.tokens().size() || !EventContext.lower(c.tokens().get(k)).equals("in")) {
      return null;
    }
    int at = c.tokens().get(k + 1).start();
    for (PlaceMatch p : c.places()) {
      if (p.start() == at) {
        return p;
      }
    }
    return null;
  }
}
