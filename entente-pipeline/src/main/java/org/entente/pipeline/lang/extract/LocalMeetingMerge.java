package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Meeting;
import org.entente.model.Span;
import org.entente.pipeline.lang.Lexicon;

/**
 * Joins the meeting reports of a French or Spanish text into one record per meeting, knowing how
 * each report got its date: borrowed from the report before or the publication date (a later
 * report's own date wins), taken from outside the trigger's clause (never tells two meetings
 * apart), or one partner of a round of talks (joins only a report of the same two sides). Not
 * thread-safe: one per document, filled by {@link MeetingReader}.
 */
final class LocalMeetingMerge {

  /** Reports whose date is borrowed: a date a later report of the same talks tells is theirs. */
  final Set<Meeting> borrowed = identitySet();

  /** Of those, the ones dated by publication for want of any other date. */
  final Set<Meeting> published = identitySet();

  /** Reports dated from outside the trigger's clause: never told apart by that date. */
  final Set<Meeting> loose = identitySet();

  /** Talks with one partner of a round: one with the same two sides only, never a gathering. */
  final Set<Meeting> pairs = identitySet();

  private final Lexicon lexicon;

  LocalMeetingMerge(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static Set<Meeting> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** One record per meeting among {@code found}, in order. */
  List<Meeting> merge(LocalText lt, List<Meeting> found) {
    List<Meeting> merged = new ArrayList<>();
    for (Meeting m : found) {
      Meeting same = null;
      boolean gathering = false;
      for (Meeting o : merged) {
        if ((pairs.contains(o) || pairs.contains(m)) && !o.parties().equals(m.parties())) {
          continue;
        }
        gathering = sameGathering(lt, o, m);
        if (o.date() != null
            && m.date() != null
            && !o.date().equals(m.date())
            && !borrowed.contains(o)
            && !borrowed.contains(m)
            && !loose.contains(o)
            && !loose.contains(m)) {
          continue; // the same sides on another day: "la précédente session, en 2021"
        }
        if (o.parties().containsAll(m.parties())
            || m.parties().containsAll(o.parties())
            || gathering) {
          same = o;
          break;
        }
      }
      if (same == null) {
        merged.add(m);
      } else {
        // a later sentence about the same talks names what they were about ("la situation au
        // Mali"): the first report's parties stand, unless both report one gathering
        TreeSet<String> parties = new TreeSet<>(same.parties());
        if (gathering) {
          parties.addAll(m.parties());
        } else if (same.parties().containsAll(m.parties()) && m.parties().size() >= 2) {
          parties = new TreeSet<>(m.parties());
        }
        List<Span> spans = new ArrayList<>(same.spans());
        spans.addAll(m.spans());
        boolean ownDate =
            borrowed.contains(same)
                && m.date() != null
                && (!borrowed.contains(m) || published.contains(same) && !published.contains(m));
        Meeting joined =
            new Meeting(
                List.copyOf(parties),
                same.mode() == Meeting.Mode.IN_PERSON ? m.mode() : same.mode(),
                same.kind(),
                same.place() != null ? same.place() : m.place(),
                same.location() != null ? same.location() : m.location(),
                ownDate || same.date() == null ? m.date() : same.date(),
                null,
                spans);
        if (borrowed.contains(same) && !ownDate) {
          borrowed.add(joined);
        }
        merged.set(merged.indexOf(same), joined);
      }
    }
    return merged;
  }

  /**
   * Two reports of one multilateral gathering: the same day and mode (a call is not the talks held
   * that day), a common party, and an organisation among them ("the ministers of Mercosur met";
   * "Paraguay, Brazil and Uruguay took part").
   */
  private boolean sameGathering(LocalText lt, Meeting a, Meeting b) {
    if (a.date() == null
        || !a.date().equals(b.date())
        || a.mode() != b.mode()
        || !GATHERING_KINDS.contains(a.kind())
        || !GATHERING_KINDS.contains(b.kind())
        || onSidelines(lt, a)
        || onSidelines(lt, b)) {
      return false;
    }
    boolean org = false;
    boolean common = false;
    for (String p : a.parties()) {
      org |= lt.isOrganisation(p);
      common |= b.parties().contains(p);
    }
    for (String p : b.parties()) {
      org |= lt.isOrganisation(p);
    }
    return org && common;
  }

  /** Kinds that name a gathering ("la réunion", "le sommet"), not talks, a visit or an audience. */
  private static final java.util.Set<String> GATHERING_KINDS =
      java.util.Set.of("meeting", "summit");

  /** Talks on the sidelines of a gathering are talks of their own: "en marge du sommet". */
  private boolean onSidelines(LocalText lt, Meeting m) {
    return Gatherings.onSidelines(lt, lexicon, m);
  }
}
