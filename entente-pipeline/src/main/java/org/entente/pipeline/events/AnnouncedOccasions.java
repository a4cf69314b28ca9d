package org.entente.pipeline.events;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.entente.pipeline.text.WordSets;
import org.entente.pipeline.time.DateMention;

/**
 * An occasion announced in the passive or with "take place": "The next session will take place in
 * Accra", "the joint committee, chaired by the two envoys, will be held on 9 May in Lisbon", "the
 * summit that will take place ... next week". The undertaking is to hold the occasion: the action
 * is "hold" and the occasion's noun phrase (its modifiers and an "of" phrase), the place and the
 * time follow the verb. The parties are the organisations named in the phrase, else two or more
 * states named in it ("the Chile–Peru Joint Commission"), else the parties of the last meeting or
 * the two main actors. Stateless.
 */
final class AnnouncedOccasions {
  /** A run of white space inside a phrase. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Participles that make "be ..." the holding of an occasion. */
  private static final Set<String> HELD =
      Set.of("held", "convened", "organised", "organized", "hosted", "staged", "reconvened");

  /** Verbs a standing body is the subject of when it sits: "the joint commission will meet". */
  private static final Set<String> SITS = Set.of("meet", "convene", "reconvene", "sit");

  /** Participles that date an occasion in the present passive: "is scheduled for May". */
  private static final Set<String> SCHEDULED = WordSets.of("scheduled", "slated", "planned", "set");

  /** The present of "be" before them: a past "was scheduled for" tells of a plan, not a date. */
  private static final Set<String> PRESENT_BE = WordSets.of("is", "are");

  /**
   * Words before "scheduled" that make it a verb of its own clause ("was scheduled for", "had been
   * set for", "is planned for"), not a participle after the occasion.
   */
  private static final Set<String> BEFORE_PARTICIPLE =
      WordSets.of("is", "are", "was", "were", "been", "be", "being", "has", "have", "had", "not");

  /** Prepositions that bring the date after them ("for", "on", "in"); "to" is a trigger's. */
  private static final Set<String> DATING = WordSets.of("for", "on", "in");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "next", "its");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final int MAX_PHRASE = 14;

  private AnnouncedOccasions() {}

  /** The occasion announced by trigger tokens {@code [trigger, start)}, or null. */
  static ActionReader.Action read(
      EventContext ctx, Clause c, int trigger, int start, CommitmentLexicon lexicon) {
    FrozenList<Token> tokens = c.tokens();
    if (start + 1 >= tokens.size()) {
      return null;
    }
    String verb = EventContext.lower(tokens.get(start));
    String next = EventContext.lower(tokens.get(start + 1));
    boolean held =
        verb.equals("take") && next.equals("place")
            || verb.equals("be") && HELD.contains(next)
            || PRESENT_BE.contains(verb) && SCHEDULED.contains(next)
            || SCHEDULED.contains(verb) && DATING.contains(next);
    boolean sits = !held && SITS.contains(verb);
    if (!held && !sits) {
      return null;
    }
    int noun = nounBefore(c, trigger, lexicon);
    if (noun < 0 || sits && !lexicon.is(EventContext.lower(tokens.get(noun)), WordClass.BODY)) {
      return null; // a body meets or convenes; "the visit will meet" is no reading
    }
    int from = noun;
    while (from > 0 && from > noun - MAX_PHRASE) {
      Token t = tokens.get(from - 1);
      String w = EventContext.lower(t);
      if (DETERMINERS.contains(w)) {
        from--;
        if (from > 0 && ARTICLES.contains(EventContext.lower(tokens.get(from - 1)))) {
          from--; // "the next meeting"
        }
        break;
      }
      if (t.isCapitalised()
          || t.type() == Token.Type.NUMBER
          || w.equals("(")
          || w.equals(")")
          || w.equals("'")
          || w.equals("’")
          || w.equals("-")
          || w.equals("–")
          || lexicon.is(w, WordClass.EVENT)
          || w.equals("upcoming")
          || w.equals("forthcoming")
          || w.matches(
              "\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")) {
        from--;
      } else {
        break;
      }
    }
    int to = noun + 1;
    if (to + 1 < trigger && heads(tokens, noun)) {
      int k = to + 1;
      while (k < trigger
          && k < to + 12
          && (tokens.get(k).type() == Token.Type.WORD || insideName(tokens, k))
          && !lexicon.is(EventContext.lower(tokens.get(k)), WordClass.BE)) {
        k++; // "of the Commission on Trade, Economic and Technical Cooperation", not "is"
      }
      to = k;
    }
    String phrase =
        WHITESPACE
            .matcher(ctx.text().substring(tokens.get(from).start(), tokens.get(to - 1).end()))
            .replaceAll(" ");
    if (!phrase.isEmpty()
        && Character.isUpperCase(phrase.charAt(0))
        && DETERMINERS.contains(EventContext.lower(tokens.get(from)))) {
      phrase = Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }
    int after = sits || SCHEDULED.contains(verb) ? start + 1 : start + 2;
    int end = after;
    while (end < tokens.size()
        && !EventContext.lower(tokens.get(end)).equals(";")
        && end < after + 16) {
      end++;
    }
    int fromOffset = tokens.get(after < tokens.size() ? after : tokens.size() - 1).start();
    int toOffset = tokens.get(end - 1).end();
    DateMention date = null;
    for (DateMention d : c.dates()) {
      if (d.start() >= fromOffset
          && d.end() <= toOffset
          && (date == null || ActionReader.later(d, date))) {
        date = d;
      }
    }
    String place = null;
    for (PlaceMatch p : c.places()) {
      int pk = c.tokenAt(p.start());
      if (p.start() >= fromOffset && p.end() <= toOffset && pk > 0) {
        String before = EventContext.lower(tokens.get(pk - 1));
        if (before.equals("in") || before.equals("at") || before.equals("of")) {
          place = p.name();
          break;
        }
      }
    }
    return new ActionReader.Action(
        from, Math.min(end, tokens.size()), "hold " + phrase, place, date);
  }

  /**
   * Occasions that a present passive dates ahead of publication, with no modal: "The next meeting
   * is scheduled for 2024 in Accra", "the third round is planned for October". The date must follow
   * the verb and lie ahead; "was scheduled for" and undated plans are not read.
   */
  static List<ActionReader.Action> scheduled(
      EventContext ctx, Clause c, CommitmentLexicon lexicon) {
    List<ActionReader.Action> out = new ArrayList<>();
    LocalDate pub = ctx.published();
    FrozenList<Token> tokens = c.tokens();
    if (pub == null) {
      return out;
    }
    for (int k = 1; k + 2 < tokens.size(); k++) {
      // the participle first: the rarest word, asked about at every token of every clause
      if (SCHEDULED.contains(EventContext.lower(tokens.get(k + 1)))
          && PRESENT_BE.contains(EventContext.lower(tokens.get(k)))
          && DATING.contains(EventContext.lower(tokens.get(k + 2)))) {
        ActionReader.Action a = read(ctx, c, k, k, lexicon);
        if (a != null && a.date() != null && ahead(a.date(), pub)) {
          out.add(a);
        }
      } else if (SCHEDULED.contains(EventContext.lower(tokens.get(k)))
          && DATING.contains(EventContext.lower(tokens.get(k + 1)))
          && !BEFORE_PARTICIPLE.contains(EventContext.lower(tokens.get(k - 1)))) {
        // "the Trade Congress, scheduled for June in Arica": a participle after the occasion
        int trigger = EventContext.lower(tokens.get(k - 1)).equals(",") ? k - 1 : k;
        ActionReader.Action a = read(ctx, c, trigger, k, lexicon);
        if (a != null && a.date() != null && ahead(a.date(), pub)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * Whether the date, read as still to come (a present passive schedules: "is set for October" is
   * the October ahead), ends on or after publication.
   */
  private static boolean ahead(DateMention d, LocalDate pub) {
    return d.futureDate() != null
        && d.futureDate().latestDay() != null
        && !d.futureDate().latestDay().isBefore(pub);
  }

  /** The parties of the occasion phrase {@code [from, to)} of {@code a}, or the pair. */
  static Set<String> parties(EventContext ctx, Clause c, ActionReader.Action a) {
    int fromOffset = c.tokens().get(a.from()).start();
    Set<String> orgs = new LinkedHashSet<>();
    Set<String> states = new LinkedHashSet<>();
    for (ActorMention m : c.actors()) {
      if (m.span().start() >= fromOffset
          && a.text().contains(ctx.text().substring(m.span().start(), m.span().end()))) {
        (m.kind() == ActorKind.ORGANISATION ? orgs : states).add(m.code());
      }
    }
    if (!orgs.isEmpty()) {
      return orgs;
    }
    if (states.size() >= 2) {
      return states;
    }
    return UndertakingSubjects.pair(ctx, c);
  }

  /** An occasion ("summit", "visit") or a standing body that sits ("council", "working group"). */
  private static boolean occasion(String w, CommitmentLexicon lexicon) {
    return lexicon.is(w, WordClass.EVENT) || lexicon.is(w, WordClass.BODY);
  }

  /**
   * The occasion noun whose "of" phrase holds {@code noun}: "the next meeting of the commission".
   */
  private static int outerHead(
      FrozenList<Token> tokens, int noun, int k, CommitmentLexicon lexicon) {
    for (int j = noun - 1; j >= 0 && j > k - MAX_PHRASE; j--) {
      String w = EventContext.lower(tokens.get(j));
      if (w.equals(",") || lexicon.is(w, WordClass.BE)) {
        break;
      }
      if (occasion(w, lexicon) && EventContext.lower(tokens.get(j + 1)).equals("of")) {
        return j;
      }
    }
    return noun;
  }

  /** "Trade, Economic and …": a comma at {@code k} between two capitalised words of a name. */
  private static boolean insideName(FrozenList<Token> tokens, int k) {
    return k > 0
        && k + 1 < tokens.size()
        && tokens.get(k).text().equals(",")
        && tokens.get(k - 1).isCapitalised()
        && tokens.get(k + 1).isCapitalised();
  }

  /**
   * Whether the tokens after {@code from} up to {@code to} are a name ("of the Commission on Trade,
   * Economic and Technical Cooperation"): capitalised words, joined by "of", "on", "for", "and",
   * "the" or a comma between capitals.
   */
  private static boolean nameBetween(FrozenList<Token> tokens, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      String w = EventContext.lower(tokens.get(k));
      boolean join =
          w.equals("of") || w.equals("on") || w.equals("for") || w.equals("and") || w.equals("the");
      if (!tokens.get(k).isCapitalised() && !join && !insideName(tokens, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the noun at {@code noun} heads the phrase after it: "the session of the committee",
   * "consultations between the two ministries", or a named body's "on", "for" or "at" ("the Joint
   * Working Group on Health", "the Policy Dialogue at the vice-ministerial level").
   */
  private static boolean heads(FrozenList<Token> tokens, int noun) {
    if (noun + 1 >= tokens.size()) {
      return false;
    }
    String next = EventContext.lower(tokens.get(noun + 1));
    return next.equals("of")
        || next.equals("between")
        || tokens.get(noun).isCapitalised()
            && (next.equals("on") || next.equals("for") || next.equals("at"));
  }

  /**
   * The occasion noun that is the subject of the trigger: just before it ("the next meeting will"),
   * before a relative pronoun ("the meeting that will"), before a parenthetical set off by commas
   * ("the meeting of X, co-chaired by Y, will"), or heading an "of" phrase ("the session of the
   * border committee will"). -1 when the subject is no occasion.
   */
  private static int nounBefore(Clause c, int trigger, CommitmentLexicon lexicon) {
    FrozenList<Token> tokens = c.tokens();
    int k = trigger - 1;
    boolean relative = false;
    while (k >= 0) {
      String w = EventContext.lower(tokens.get(k));
      if (w.equals("that")
          || w.equals("which")
          || lexicon.is(w, WordClass.SKIP)
          || lexicon.is(w, WordClass.BE)) {
        relative |= w.equals("which") || w.equals("that");
        k--; // "the next round is expected to", "the session, which will"
      } else {
        break;
      }
    }
    if (relative && k > 0 && EventContext.lower(tokens.get(k)).equals(",")) {
      k--; // "the sixth session of the commission, which will be held": the phrase before
    } else if (k >= 0 && EventContext.lower(tokens.get(k)).equals(",")) {
      int open = k - 1;
      while (open >= 0 && open > k - 20 && !EventContext.lower(tokens.get(open)).equals(",")) {
        open--;
      }
      if (open < 0 || open <= k - 20) {
        return -1;
      }
      k = open - 1;
    }
    for (int i = k; i >= 0 && i > k - MAX_PHRASE; i--) {
      String w = EventContext.lower(tokens.get(i));
      if (occasion(w, lexicon)) {
        boolean near = i > k - 9 || tokens.get(k).text().equals(")") || nameBetween(tokens, i, k);
        boolean headsOf = i + 1 <= k && heads(tokens, i) && near;
        return i == k || headsOf ? outerHead(tokens, i, k, lexicon) : -1;
      }
      if (w.equals(",") && !insideName(tokens, i) || lexicon.is(w, WordClass.BE)) {
        return -1;
      }
    }
    return -1;
  }
}
