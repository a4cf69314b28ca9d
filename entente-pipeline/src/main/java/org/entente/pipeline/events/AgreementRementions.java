package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.ActorMention;
import org.entente.model.Agreement;
import org.entente.model.Span;

/**
 * Drops a merely referenced mention that re-describes an instrument recorded elsewhere in the text:
 * "the accord between Peru and Canada" or "the bilateral pact between the two countries" beside "a
 * new fisheries accord with Canada"; "Lima's mining pact with its neighbours" beside "the pact
 * meant to regulate Peru's mining exports". A referenced mention goes when it shares a party with
 * another record and either has no identifying word of its own (only its noun, its parties and
 * generic words) or, written in lower case, shares an identifying word with it. Named instruments
 * ("the Andean Water Treaty") stay. Stateless.
 */
final class AgreementRementions {
  /** What separates the words of a name. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private AgreementRementions() {}

  static List<Agreement> drop(EventContext ctx, InstrumentLexicon lexicon, List<Agreement> found) {
    List<Agreement> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Agreement b = found.get(i);
      boolean again = false;
      if (b.status() == Agreement.Status.REFERENCED) {
        Set<String> own = distinctive(ctx, lexicon, b);
        for (int j = 0; j < found.size() && !again; j++) {
          Agreement a = found.get(j);
          if (j == i
              || a.parties().stream().noneMatch(b.parties()::contains)
              || a.status() == Agreement.Status.REFERENCED && j > i) {
            continue;
          }
          Set<String> shared = new HashSet<>(own);
          shared.retainAll(ContentWords.of(a.name()));
          again = own.isEmpty() || !shared.isEmpty() && !properName(ctx, b);
        }
      }
      if (!again) {
        out.add(b);
      }
    }
    return out;
  }

  /** The words of the name other than its noun, its parties' names and generic words. */
  private static Set<String> distinctive(EventContext ctx, InstrumentLexicon lexicon, Agreement b) {
    Set<String> out = new HashSet<>();
    Set<String> actorWords = actorWords(ctx, b);
    for (String w : ContentWords.of(b.name())) {
      if (lexicon.noun(w) == null && !lexicon.isGeneric(w) && !actorWords.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> actorWords(EventContext ctx, Agreement b) {
    Set<String> out = new HashSet<>();
    if (b.spans().isEmpty()) {
      return out;
    }
    Span first = b.spans().get(0);
    for (ActorMention m : ctx.analysis().actors()) {
      if (first.contains(m.span())) {
        out.addAll(ContentWords.of(ctx.text().substring(m.span().start(), m.span().end())));
      }
    }
    return out;
  }

  /** A capitalised word in the name that is no party's name: "Andean Water Treaty". */
  private static boolean properName(EventContext ctx, Agreement b) {
    Set<String> actorWords = actorWords(ctx, b);
    for (String w : NON_WORD.split(b.name())) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && !actorWords.containsAll(ContentWords.of(w))) {
        return true;
      }
    }
    return false;
  }
}
