package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Meeting;
import org.entente.model.Span;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.text.Sentence;

/**
 * Talks on the sidelines of a gathering ("en marge de la réunion ministérielle de l'ASEAN", "al
 * margen de la cumbre del G20"): the organisations the sidelines phrase names are where the talks
 * were held, not a side of them; and the gathering is itself one multilateral meeting, of those
 * organisations and every side of the talks held that day. The phrases are the meeting triggers of
 * kind {@value #KIND}. Stateless.
 */
final class Gatherings {

  /** The kind of the meeting triggers that open a sidelines phrase. */
  static final String KIND = "sidelines";

  private Gatherings() {}

  /** Whether a meeting trigger opens a sidelines phrase, no meeting of its own. */
  static boolean isSidelines(PhraseList.Hit<Lexicon.MeetingCue> hit) {
    return hit.value() != null && KIND.equals(hit.value().kind());
  }

  /** The organisations named in the sidelines phrases of {@code [from, to)}, in order. */
  static Set<String> venues(LocalText lt, Lexicon lexicon, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (PhraseList.Hit<Lexicon.MeetingCue> hit :
        lexicon.meetingTriggers().find(lt.folded, from, to)) {
      if (!isSidelines(hit)) {
        continue;
      }
      int end = lt.clauseEnd(hit.end(), to);
      if (end < to && lt.text.charAt(end) == ')') {
        end = lt.clauseEnd(end + 1, to); // "… de la Organización (OEA), que …"
      }
      for (ActorMention a : lt.analysis.actors()) {
        if (a.kind() != ActorKind.STATE && a.span().start() >= hit.end() && a.span().end() <= end) {
          out.add(a.code());
        }
      }
    }
    return out;
  }

  /**
   * The gatherings on whose sidelines the {@code meetings} of the text were held: for each sentence
   * with a sidelines phrase that names an organisation and a meeting, one in-person meeting of
   * those organisations and the sides of every talks told on the sidelines; dated and placed as the
   * talks of the sentence.
   */
  static List<Meeting> of(LocalText lt, Lexicon lexicon, List<Meeting> meetings) {
    List<Meeting> out = new ArrayList<>();
    for (Sentence s : lt.sentences()) {
      Set<String> venues = venues(lt, lexicon, s.start(), s.end());
      Meeting talks = null;
      for (Meeting m : meetings) {
        for (Span sp : m.spans()) {
          if (talks == null && sp.start() >= s.start() && sp.end() <= s.end()) {
            talks = m;
          }
        }
      }
      if (venues.isEmpty() || talks == null) {
        continue;
      }
      TreeSet<String> parties = new TreeSet<>(venues);
      for (Meeting m : meetings) {
        if (m.mode() == Meeting.Mode.IN_PERSON && onSidelines(lt, lexicon, m)) {
          parties.addAll(m.parties());
        }
      }
      boolean known = false;
      for (Meeting m : out) {
        known |= m.parties().containsAll(venues);
      }
      if (parties.size() > venues.size() && !known) {
        out.add(
            new Meeting(
                List.copyOf(parties),
                Meeting.Mode.IN_PERSON,
                "summit",
                talks.place(),
                talks.location(),
                talks.date(),
                null,
                List.of(new Span(s.start(), s.end()))));
      }
    }
    return out;
  }

  /** Whether a sentence of {@code m} has a sidelines phrase. */
  static boolean onSidelines(LocalText lt, Lexicon lexicon, Meeting m) {
    for (Span s : m.spans()) {
      for (PhraseList.Hit<Lexicon.MeetingCue> h :
          lexicon.meetingTriggers().find(lt.folded, s.start(), s.end())) {
        if (isSidelines(h)) {
          return true;
        }
      }
    }
    return false;
  }
}
