package org.entente.pipeline.events;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * An undertaking stated in the passive, its object as the subject: "an accord will be signed
 * between Chile and Peru on water" is "sign an accord between Chile and Peru on water"; "(they)
 * agreed that a customs treaty would soon be drafted" is "draft a customs treaty". Only the
 * participles of {@code passive-undertakings.tsv} count. The subject noun phrase holds no party (a
 * party as subject is read by the extractor). Bound are the parties of a "between" phrase after the
 * verb, else the parties that open the sentence ("the ministers concluded that"), else the two main
 * parties. Immutable and thread-safe.
 */
final class PassiveUndertakings {

  private static final Set<String> DETERMINERS =
      Set.of(
          "a", "an", "the", "this", "these", "those", "their", "its", "all", "any", "several",
          "some", "two", "three", "four", "five");
  private static final Set<String> BE = Set.of("is", "are", "was", "were");
  private static final Set<String> NP_STOPS =
      Set.of("that", "which", ",", ";", ":", "\"", "“", "”", "and", "or", "said", "agreed");
  private static final Set<String> REST_STOPS =
      Set.of(",", ";", ":", ".", "due", "because", "since", "as", "following", "after", "when");
  private static final int MAX_NP = 14;
  private static final int MAX_REST = 16;

  private static final class Holder {
    static final PassiveUndertakings DEFAULT = load("passive-undertakings.tsv");
  }

  private final Map<String, String> participles;

  private PassiveUndertakings(Map<String, String> participles) {
    this.participles = participles;
  }

  static PassiveUndertakings defaults() {
    return Holder.DEFAULT;
  }

  static PassiveUndertakings load(String file) {
    Map<String, String> m = new HashMap<>();
    for (ResourceFile.Line line : ResourceFile.read(PassiveUndertakings.class, file)) {
      if (line.fields().size() != 2 || line.field(0).isEmpty() || line.field(1).isEmpty()) {
        throw line.error("expected 2 fields: participle, verb");
      }
      if (m.put(line.field(0), line.field(1)) != null) {
        throw line.error("participle '" + line.field(0) + "' listed twice");
      }
    }
    return new PassiveUndertakings(Map.copyOf(m));
  }

  /** The undertaking and who is bound by it. */
  record Reading(ActionReader.Action action, Set<String> parties) {}

  /**
   * Reads "NP [modal] be PARTICIPLE rest", the modal at tokens {@code [trigger, ...)} and "be" at
   * {@code start}; null when it does not fit.
   */
  Reading read(
      EventContext ctx,
      Clause c,
      List<PartyFinder.Named> named,
      int trigger,
      int start,
      CommitmentLexicon lexicon) {
    FrozenList<Token> tokens = c.tokens();
    if (start + 1 >= tokens.size() || !EventContext.lower(tokens.get(start)).equals("be")) {
      return null;
    }
    String verb = participles.get(EventContext.lower(tokens.get(start + 1)));
    if (verb == null) {
      return null;
    }
    int k = trigger - 1;
    while (k >= 0
        && (lexicon.is(EventContext.lower(tokens.get(k)), WordClass.SKIP)
            || BE.contains(EventContext.lower(tokens.get(k))))) {
      k--; // "two accords are expected to be signed"
    }
    if (k >= 2
        && (EventContext.lower(tokens.get(k)).equals("which")
            || EventContext.lower(tokens.get(k)).equals("that"))
        && tokens.get(k - 1).text().equals(",")) {
      k -= 2; // "the framework agreement, which will be signed next year": its antecedent
    }
    int npEnd = k + 1;
    int npFrom = npEnd;
    int depth = 0;
    while (k >= 0 && npEnd - k <= MAX_NP) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (w.equals(")")) {
        depth++;
      } else if (w.equals("(")) {
        depth--;
      } else if (depth == 0 && (NP_STOPS.contains(w) || lexicon.is(w, WordClass.REPORTING))) {
        break;
      }
      npFrom = k;
      if (depth == 0 && DETERMINERS.contains(w)) {
        break;
      }
      k--;
    }
    if (npFrom < npEnd && !DETERMINERS.contains(EventContext.lower(tokens.get(npFrom)))) {
      npFrom = amountStart(tokens, npFrom, npEnd); // "EUR 20 million in aid, to be disbursed"
    }
    if (npFrom < 0 || npFrom >= npEnd) {
      return null;
    }
    for (PartyFinder.Named n : named) {
      if (n.from() >= npFrom && n.to() <= npEnd && n.from() == npFrom + 1) {
        return null; // "the Egyptian minister will be ...": a party is the subject
      }
    }
    int restFrom = start + 2;
    int restTo = restFrom;
    while (restTo < tokens.size()
        && restTo < restFrom + MAX_REST
        && !REST_STOPS.contains(EventContext.lower(tokens.get(restTo)))
        && !lexicon.is(EventContext.lower(tokens.get(restTo)), WordClass.STOP)) {
      restTo++;
    }
    int restFromOffset =
        restFrom < tokens.size() ? tokens.get(restFrom).start() : Integer.MAX_VALUE;
    int restToOffset = restTo > restFrom ? tokens.get(restTo - 1).end() : restFromOffset;
    DateMention date = null;
    for (DateMention d : c.dates()) {
      boolean between =
          d.start() >= tokens.get(trigger).start() && d.end() <= tokens.get(start).start();
      boolean after = d.start() >= restFromOffset && d.end() <= restToOffset;
      if ((between || after) && (date == null || ActionReader.later(d, date))) {
        date = d;
      }
    }
    StringBuilder sb = new StringBuilder(verb);
    appendWords(sb, tokens, npFrom, npEnd, c, date);
    appendWords(sb, tokens, restFrom, restTo, c, date);
    Set<String> parties = new LinkedHashSet<>();
    int between = -1;
    for (int i = restFrom; i < restTo; i++) {
      if (EventContext.lower(tokens.get(i)).equals("between")) {
        between = i;
        break;
      }
    }
    for (PartyFinder.Named n : named) {
      if (between >= 0 && n.from() > between && n.to() <= restTo) {
        parties.add(n.code());
      }
    }
    if (parties.isEmpty()) {
      parties.addAll(PartyFinder.subject(c, named, 0, npFrom));
    }
    if (parties.isEmpty()) {
      parties.addAll(UndertakingSubjects.pair(ctx, c));
    }
    ActionReader.Action a =
        new ActionReader.Action(npFrom, Math.max(restTo, start + 2), sb.toString(), null, date);
    return new Reading(a, parties);
  }

  /** The first amount of money in {@code [from, to)} ("EUR", "USD", "$"), or -1. */
  private static int amountStart(FrozenList<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).text();
      if (CURRENCIES.contains(w)) {
        return i;
      }
    }
    return -1;
  }

  private static final Set<String> CURRENCIES =
      Set.of("EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "$", "€", "£", "US$");

  private static void appendWords(
      StringBuilder sb, List<Token> tokens, int from, int to, Clause c, DateMention date) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (date != null && t.start() >= date.start() && t.end() <= date.end()) {
        continue;
      }
      String w = EventContext.lower(t);
      sb.append(' ').append(i == from && DETERMINERS.contains(w) ? w : t.text());
    }
  }
}
