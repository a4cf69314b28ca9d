package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of one relationship as of a day: officials of either actor named in a document that
 * names both actors and was published by that day (undated documents count), each with the roles
 * reported of them by that day. An official of Senegal who only ever spoke of Mali is not a person
 * of France–Senegal; one first named the day after the "as of" day is not there yet.
 */
final class RelationshipPeople {

  private static final int CHUNK = 500;

  /** Roles in the order they were held: undated first, then by day, then by role. */
  static final Comparator<Views.Role> ROLES_BY_TIME =
      Comparator.comparing(Views.Role::on, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Views.Role::role);

  /**
   * One role from a row of {@code person_id, role, MIN(on_date), MAX(on_date), COUNT(*),
   * MIN(doc_id)}.
   */
  static Views.Role role(ResultSet rs) throws SQLException {
    return new Views.Role(
        rs.getString(2),
        StoredDays.date(rs, 3),
        StoredDays.date(rs, 4),
        rs.getInt(5),
        rs.getString(6));
  }

  private final Db db;

  RelationshipPeople(Db db) {
    this.db = db;
  }

  /**
   * At most {@code max} officials per actor, those named in the most documents of the relationship
   * (ties: by name, then id), listed by name.
   */
  List<Views.PersonView> of(String a, String b, LocalDate asOf, int max) {
    record Named(long id, String name, String affiliation, long documents) {}
    String[] key = Queries.pairKey(a, b);
    List<Named> named =
        a.equals(b)
            ? db.query(
                "SELECT p.id, p.name, p.affiliation, COUNT(DISTINCT e.doc_id) FROM persons p"
                    + " JOIN person_evidence e ON e.person_id = p.id"
                    + " JOIN doc_actors x ON x.doc_id = e.doc_id AND x.code = ?"
                    + " JOIN documents d ON d.id = e.doc_id"
                    + " WHERE p.affiliation = ? AND (d.published IS NULL OR d.published <= ?)"
                    + " GROUP BY p.id, p.name, p.affiliation",
                rs -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                a,
                a,
                asOf.toString())
            // Counted from the pair's entries of doc_pair_persons alone (an index range: a row
            // per person and document), then the persons counted (CROSS JOIN: in this order).
            : db.query(
                "SELECT p.id, p.name, p.affiliation, c.n FROM (SELECT person_id, COUNT(*) AS n"
                    + " FROM doc_pair_persons WHERE a = ? AND b = ?"
                    + " AND (published IS NULL OR published <= ?) GROUP BY person_id) c"
                    + " CROSS JOIN persons p WHERE p.id = c.person_id AND p.affiliation IN (?, ?)",
                rs -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                key[0],
                key[1],
                asOf.toString(),
                a,
                b);
    Comparator<Named> mostNamed =
        Comparator.comparingLong((Named n) -> -n.documents())
            .thenComparing(Named::name)
            .thenComparingLong(Named::id);
    List<Named> chosen = new ArrayList<>();
    for (String actor : a.equals(b) ? List.of(a) : List.of(a, b)) {
      named.stream()
          .filter(n -> actor.equals(n.affiliation()))
          .sorted(mostNamed)
          .limit(max)
          .forEach(chosen::add);
    }
    chosen.sort(Comparator.comparing(Named::name).thenComparingLong(Named::id));
    Map<Long, List<String>> names = new HashMap<>();
    Map<Long, List<Views.Role>> roles = new HashMap<>();
    for (int i = 0; i < chosen.size(); i += CHUNK) {
      List<Object> ids = new ArrayList<>();
      chosen.subList(i, Math.min(chosen.size(), i + CHUNK)).forEach(n -> ids.add(n.id()));
      String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
      db.query(
          "SELECT person_id, name FROM person_names WHERE person_id IN (" + in + ")",
          rs -> names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)),
          ids.toArray());
      List<Object> args = new ArrayList<>(ids);
      args.add(asOf.toString());
      db.query(
          "SELECT person_id, role, MIN(on_date), MAX(on_date), COUNT(*), MIN(doc_id)"
              + " FROM person_roles WHERE person_id IN ("
              + in
              + ") AND (on_date IS NULL OR on_date <= ?) GROUP BY person_id, role",
          rs -> roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(role(rs)),
          args.toArray());
    }
    List<Views.PersonView> out = new ArrayList<>(chosen.size());
    for (Named n : chosen) {
      List<String> ns = names.getOrDefault(n.id(), new ArrayList<>());
      ns.sort(Comparator.naturalOrder());
      List<Views.Role> rs = roles.getOrDefault(n.id(), new ArrayList<>());
      rs.sort(ROLES_BY_TIME);
      out.add(new Views.PersonView(n.id(), n.name(), n.affiliation(), ns, rs));
    }
    return out;
  }
}
