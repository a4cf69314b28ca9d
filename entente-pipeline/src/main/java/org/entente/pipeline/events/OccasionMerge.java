package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.ActorMention;
import org.entente.model.Commitment;
import org.entente.model.Span;

/**
 * One undertaking told twice is one record: "X will attend a meeting of OAS ministers" and, in the
 * next sentence, "X will go to Washington for a meeting of the Organization of American States on
 * May 4". Two undertakings are one when they bind the same parties, name the same occasion
 * ("meeting"), fall due on the same day, and each names a same third actor (NATO). The first
 * wording is kept. Stateless.
 */
final class OccasionMerge {
  /** What separates the words of an action. */
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** How far apart, in characters, the two tellings may stand. */
  private static final int REACH = 600;

  private OccasionMerge() {}

  static List<Commitment> merge(
      EventContext ctx, CommitmentLexicon lexicon, List<Commitment> found) {
    List<Commitment> out = new ArrayList<>();
    for (Commitment c : found) {
      int hit = -1;
      for (int i = 0; i < out.size() && hit < 0; i++) {
        if (same(ctx, lexicon, out.get(i), c)) {
          hit = i;
        }
      }
      if (hit < 0) {
        out.add(c);
        continue;
      }
      Commitment o = out.get(hit);
      List<Span> spans = new ArrayList<>(o.spans());
      spans.addAll(c.spans());
      out.set(
          hit,
          new Commitment(
              o.parties(),
              o.action(),
              o.place() != null ? o.place() : c.place(),
              o.deadline(),
              o.code(),
              spans.stream().distinct().sorted().toList()));
    }
    return out;
  }

  private static boolean same(
      EventContext ctx, CommitmentLexicon lexicon, Commitment a, Commitment b) {
    if (a.deadline() == null
        || b.deadline() == null
        || a.deadline().due() == null
        || !a.deadline().due().equals(b.deadline().due())
        || !a.parties().equals(b.parties())
        || a.spans().isEmpty()
        || b.spans().isEmpty()
        || Math.abs(b.spans().get(0).start() - a.spans().get(0).start()) > REACH) {
      return false;
    }
    Set<String> occasions = occasions(lexicon, a.action());
    occasions.retainAll(occasions(lexicon, b.action()));
    if (occasions.isEmpty()) {
      return false;
    }
    Set<String> third = actorsIn(ctx, a.spans().get(0));
    third.removeAll(a.parties());
    third.retainAll(actorsIn(ctx, b.spans().get(0)));
    return !third.isEmpty();
  }

  private static Set<String> occasions(CommitmentLexicon lexicon, String action) {
    Set<String> out = new HashSet<>();
    for (String w : NON_LETTERS.split(action.toLowerCase(Locale.ROOT))) {
      if (lexicon.is(w, CommitmentLexicon.WordClass.EVENT)) {
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> actorsIn(EventContext ctx, Span span) {
    Set<String> out = new HashSet<>();
    for (ActorMention m : ctx.analysis().actors()) {
      if (span.contains(m.span())) {
        out.add(m.code());
      }
    }
    return out;
  }
}
