package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.store.mechanisms.Cadence;

/**
 * The parts of a relationship that are not records, as {@link Queries} answers them: topics by year
 * of the documents naming both actors, officials of an actor with their names and roles, and
 * mechanisms with their sessions and cadence. Not thread-safe (shares the ledger's connection).
 */
final class DossierParts {

  private final Db db;

  DossierParts(Db db) {
    this.db = db;
  }

  /**
   * Topics of the documents naming both actors, by year of publication. For two actors, counted
   * from the pair's entries of doc_pair_topics alone (an index range, no document read); for one
   * actor, from its documents.
   */
  Map<String, Map<String, Integer>> topicsByYear(String a, String b, LocalDate asOf) {
    Map<String, Map<String, Integer>> topics = new TreeMap<>();
    String[] key = Queries.pairKey(a, b);
    db.query(
        a.equals(b)
            ? "SELECT SUBSTR(t.published, 1, 4), t.topic, COUNT(*) FROM doc_actors k"
                + " CROSS JOIN doc_topics t WHERE k.code = ? AND t.doc_id = k.doc_id"
                + " AND (t.published IS NULL OR t.published <= ?)"
                + " GROUP BY SUBSTR(t.published, 1, 4), t.topic"
            : "SELECT SUBSTR(published, 1, 4), topic, COUNT(*) FROM doc_pair_topics"
                + " WHERE a = ? AND b = ? AND (published IS NULL OR published <= ?)"
                + " GROUP BY SUBSTR(published, 1, 4), topic",
        rs -> {
          String year = rs.getString(1);
          return topics
              .computeIfAbsent(year == null ? "undated" : year, k -> new TreeMap<>())
              .put(rs.getString(2), rs.getInt(3));
        },
        a.equals(b)
            ? new Object[] {a, asOf.toString()}
            : new Object[] {key[0], key[1], asOf.toString()});
    return topics;
  }

  /**
   * Like {@link Queries#persons(String)}, keeping the {@code max} officials with the most reported
   * roles (ties: by name, then id). Three queries whatever the number of officials; the ranking is
   * read from an index on the role counts the writer keeps.
   */
  List<Views.PersonView> persons(String affiliation, int max) {
    // The chosen persons, as a subquery the names and roles queries share.
    String chosen =
        max == Integer.MAX_VALUE
            ? "SELECT id FROM persons WHERE affiliation = ?"
            : "SELECT id FROM persons WHERE affiliation = ? ORDER BY role_count DESC, name, id"
                + " LIMIT "
                + max;
    List<Object[]> people =
        db.query(
            "SELECT id, name, affiliation FROM persons WHERE id IN ("
                + chosen
                + ") ORDER BY name, id",
            rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
            affiliation);
    if (people.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> names = new HashMap<>();
    db.query(
        "SELECT person_id, name FROM person_names WHERE person_id IN ("
            + chosen
            + ") ORDER BY person_id, name",
        rs -> names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)),
        affiliation);
    // Roles over time: each role once, with its first and last day and how often it was reported
    // (a head of state is reported thousands of times in one role).
    Map<Long, List<Views.Role>> roles = new HashMap<>();
    db.query(
        "SELECT person_id, role, MIN(on_date), MAX(on_date), COUNT(*), MIN(doc_id)"
            + " FROM person_roles WHERE person_id IN ("
            + chosen
            + ") GROUP BY person_id, role",
        rs ->
            roles
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(RelationshipPeople.role(rs)),
        affiliation);
    roles.values().forEach(l -> l.sort(RelationshipPeople.ROLES_BY_TIME));
    List<Views.PersonView> out = new ArrayList<>(people.size());
    for (Object[] p : people) {
      long id = (Long) p[0];
      out.add(
          new Views.PersonView(
              id,
              (String) p[1],
              (String) p[2],
              names.getOrDefault(id, List.of()),
              roles.getOrDefault(id, List.of())));
    }
    return out;
  }

  /** Mechanisms between two actors (or of one actor when {@code b} is null), as of a day. */
  List<Views.Mechanism> mechanisms(String a, String b, LocalDate asOf) {
    List<Object[]> chosen = new ArrayList<>();
    for (Object[] m :
        db.query(
            "SELECT id, pattern, name, parties FROM mechanisms ORDER BY name",
            rs ->
                new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
      List<String> parties = List.of(((String) m[3]).split(","));
      if ((a != null && !parties.contains(a)) || (b != null && !parties.contains(b))) {
        continue;
      }
      chosen.add(m);
    }
    Map<Long, List<Views.Session>> sessionsOf = new HashMap<>();
    for (List<Object[]> part : RecordSources.chunks(chosen)) {
      List<Object> args = new ArrayList<>();
      part.forEach(m -> args.add(m[0]));
      args.add(asOf.toString());
      db.query(
          // CROSS JOIN: SQLite reads the mechanisms' records, not every meeting (PostgreSQL plans
          // it as the inner join it is).
          "SELECT mr.mechanism_id, r.id, r.on_date, mr.session_number FROM mechanism_records mr"
              + " CROSS JOIN records r WHERE r.id = mr.record_id AND mr.mechanism_id IN ("
              + RecordSources.placeholders(part.size())
              + ") AND r.type = 'meeting' AND "
              + RecordLoader.VISIBLE_R
              + " ORDER BY mr.mechanism_id, (r.on_date IS NOT NULL), r.on_date, r.id",
          rs ->
              sessionsOf
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new Views.Session(
                          rs.getLong(2),
                          StoredDays.date(rs, "on_date"),
                          (Integer) RecordLoader.intOrNull(rs, 4))),
          args.toArray());
    }
    List<Views.Mechanism> out = new ArrayList<>();
    for (Object[] m : chosen) {
      List<String> parties = List.of(((String) m[3]).split(","));
      List<Views.Session> sessions = sessionsOf.getOrDefault((Long) m[0], List.of());
      List<LocalDate> days = new ArrayList<>();
      sessions.forEach(s -> days.add(s.on()));
      out.add(
          new Views.Mechanism(
              (Long) m[0],
              (String) m[1],
              (String) m[2],
              parties,
              sessions,
              Cadence.of(days, asOf)));
    }
    return out;
  }
}
