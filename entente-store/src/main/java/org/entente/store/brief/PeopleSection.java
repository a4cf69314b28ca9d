package org.entente.store.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.store.Db;
import org.entente.store.Views;
import org.entente.store.evidence.Quote;

/**
 * Who is who on each side: the current office-holders as the ledger knows them. For each actor and
 * each role, the official last reported in it by the brief's day holds it (a newer holder of the
 * same title replaces the older); the most recently reported come first. Each is cited by the
 * sentence that names them in the document of that last report.
 */
final class PeopleSection {

  /** The most officials listed per side. */
  static final int PER_SIDE = 5;

  private PeopleSection() {}

  private record Holder(Views.PersonView person, Views.Role role) {}

  static List<Statement> of(Views.Dossier d, Db db, Citations cites) {
    List<Statement> out = new ArrayList<>();
    for (Views.Actor side : List.of(d.a(), d.b())) {
      for (Holder h : holders(d.people(), side.code())) {
        Quote q = quote(db, cites, h, d.asOf());
        int n = q == null ? cites.document(h.role().docId()) : cites.quote(q);
        out.add(
            new Statement(
                side.code(),
                h.person().name()
                    + ", "
                    + h.role().role()
                    + " (last reported "
                    + Wording.day(h.role().until())
                    + ")",
                List.of(n)));
      }
    }
    return out;
  }

  private static List<Holder> holders(List<Views.PersonView> people, String actor) {
    Map<String, Holder> byRole = new HashMap<>();
    for (Views.PersonView p : people) {
      if (!actor.equals(p.affiliation()) || p.roles().isEmpty()) {
        continue;
      }
      Views.Role latest =
          p.roles().stream()
              .filter(r -> r.until() != null)
              .max(Comparator.comparing(Views.Role::until))
              .orElse(null);
      if (latest == null) {
        continue;
      }
      String key = latest.role().strip().toLowerCase(Locale.ROOT);
      Holder h = byRole.get(key);
      if (h == null || h.role().until().isBefore(latest.until())) {
        byRole.put(key, new Holder(p, latest));
      }
    }
    List<Holder> out = new ArrayList<>(byRole.values());
    out.sort(
        Comparator.comparing((Holder h) -> h.role().until(), Comparator.reverseOrder())
            .thenComparing(h -> h.person().name()));
    return out.subList(0, Math.min(PER_SIDE, out.size()));
  }

  /** The sentence naming the person in the document of their last report in the role. */
  private static Quote quote(Db db, Citations cites, Holder h, LocalDate asOf) {
    List<Object[]> found =
        db.query(
            "SELECT e.doc_id, e.span_start, e.span_end FROM person_roles r"
                + " JOIN person_evidence e ON e.person_id = r.person_id AND e.doc_id = r.doc_id"
                + " WHERE r.person_id = ? AND r.role = ? AND (r.on_date IS NULL OR r.on_date <= ?)"
                + " ORDER BY (r.on_date IS NULL), r.on_date DESC, e.doc_id, e.span_start",
            rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)},
            h.person().id(),
            h.role().role(),
            asOf.toString());
    if (found.isEmpty()) {
      return null;
    }
    Object[] f = found.get(0);
    return cites.quotes().quote((String) f[0], (Integer) f[1], (Integer) f[2]);
  }
}
