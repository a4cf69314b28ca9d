package org.entente.store.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.store.evidence.Quote;
import org.entente.store.scorecard.Outcome;
import org.entente.store.scorecard.ScoreLine;
import org.entente.store.scorecard.Scorecard;

/**
 * The pair's compliance scorecard in a brief: the score with its counts, then each commitment that
 * fell due with its points, cited by the sentences that report it and, when fulfilled, its
 * fulfilment.
 */
final class ScorecardSection {

  /** The most scored commitments listed. */
  static final int LINES = 10;

  private ScorecardSection() {}

  static List<Statement> of(Scorecard card, Citations cites) {
    if (card.lines().isEmpty()) {
      return List.of();
    }
    List<Statement> lines = new ArrayList<>();
    List<Quote> all = new ArrayList<>();
    for (ScoreLine l : card.lines()) {
      if (!l.evidence().isEmpty()) {
        all.add(l.evidence().get(0));
      }
    }
    List<Integer> headline =
        all.isEmpty()
            ? List.of(cites.ledger(card.lines().get(0).recordId()))
            : cites.quotes(all, LINES);
    List<Statement> out = new ArrayList<>();
    out.add(new Statement("score " + card.scoreText(), summary(card), headline));
    for (ScoreLine l : card.lines().subList(0, Math.min(LINES, card.lines().size()))) {
      List<Quote> q = new ArrayList<>(l.evidence());
      List<Integer> n = new ArrayList<>(cites.quotes(q, Citations.PER_STATEMENT));
      if (!l.outcomeEvidence().isEmpty()) {
        int f = cites.quote(l.outcomeEvidence().get(0));
        if (!n.contains(f)) {
          n.add(f);
        }
      }
      if (n.isEmpty()) {
        n.add(cites.ledger(l.recordId()));
      }
      n.sort(null);
      lines.add(
          new Statement(
              String.format(java.util.Locale.ROOT, "%+d %s", l.points(), l.outcome().label()),
              String.join("–", l.parties())
                  + ": "
                  + l.action()
                  + (l.due() == null ? "" : " (due " + Wording.partial(l.due()) + ")")
                  + (l.curated() ? ", outcome set by a curator" : ""),
              n));
    }
    out.addAll(lines);
    return out;
  }

  private static String summary(Scorecard card) {
    int n = card.lines().size();
    StringBuilder sb =
        new StringBuilder()
            .append(n)
            .append(n == 1 ? " commitment" : " commitments")
            .append(" fell due: ");
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Outcome, Integer> e : card.counts().entrySet()) {
      parts.add(e.getValue() + " " + e.getKey().label());
    }
    return sb.append(String.join(", ", parts)).toString();
  }
}
