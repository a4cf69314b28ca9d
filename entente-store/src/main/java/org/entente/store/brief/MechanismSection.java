package org.entente.store.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.store.Queries;
import org.entente.store.Views;
import org.entente.store.mechanisms.Cadence;

/**
 * The recurring bodies of a relationship: sessions held, the last one and the next expected by the
 * mechanism's cadence (or how late it is), each cited by the reports of its last session.
 */
final class MechanismSection {

  private MechanismSection() {}

  /**
   * @param meetings the dossier's meetings by id, to cite a session without a further query
   */
  static List<Statement> of(
      Views.Dossier d, Map<Long, Views.LedgerRecord> meetings, Queries queries, Citations cites) {
    List<Statement> out = new ArrayList<>();
    for (Views.Mechanism m : d.mechanisms()) {
      Cadence c = m.cadence();
      if (c.last() == null) {
        continue;
      }
      Views.Session last = lastSession(m, c.last());
      Views.LedgerRecord r =
          last == null
              ? null
              : Optional.ofNullable(meetings.get(last.recordId()))
                  .or(() -> queries.record(last.recordId(), d.asOf()))
                  .orElse(null);
      if (r == null) {
        continue;
      }
      cites.quotes().loadSources(List.of(r));
      out.add(new Statement(lead(c, d.asOf()), text(m, c, last), cites.record(r)));
    }
    return out;
  }

  private static Views.Session lastSession(Views.Mechanism m, LocalDate day) {
    Views.Session found = null;
    for (Views.Session s : m.sessions()) {
      if (day.equals(s.on())) {
        found = s;
      }
    }
    return found;
  }

  private static String lead(Cadence c, LocalDate asOf) {
    if (c.nextExpected() == null) {
      return "last met " + Wording.day(c.last());
    }
    if (c.nextExpected().isBefore(asOf)) {
      return "late: expected " + Wording.day(c.nextExpected());
    }
    return "next expected " + Wording.day(c.nextExpected());
  }

  private static String text(Views.Mechanism m, Cadence c, Views.Session last) {
    int n = c.sessions().size();
    StringBuilder sb = new StringBuilder(m.name());
    sb.append(": ").append(n).append(n == 1 ? " session" : " sessions");
    sb.append(", the last on ").append(Wording.day(c.last()));
    if (last != null && last.number() != null) {
      sb.append(" (session ").append(last.number()).append(')');
    }
    if (c.medianGapDays() != null) {
      sb.append("; usually every ").append(gap(c.medianGapDays()));
    }
    if (c.longGap()) {
      sb.append("; the gap since is more than twice the usual one");
    }
    return sb.toString();
  }

  /** "12 months", "about 6 weeks", "20 days". */
  static String gap(long days) {
    if (days >= 300) {
      long months = Math.round(days / 30.44);
      return months + " months";
    }
    if (days >= 28) {
      return "about " + Math.round(days / 7.0) + " weeks";
    }
    return days + " days";
  }
}
