package org.entente.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.store.identity.PersonNames;

/**
 * Writes the officials a document names: a person is found again by surname, affiliation and a
 * compatible name ({@link PersonNames}), else added; the fuller name wins; each name, role and
 * mention is kept with its document. Caches persons and their names, kept in step with the store by
 * this writer and dropped by {@link #reset}. The persons are read in one query when first needed: a
 * lookup per new surname was a round trip to PostgreSQL for most documents. Not thread-safe: owned
 * by the ingest writer.
 */
final class PersonWriter {

  private final Db db;
  private final KnownActors actors;

  /** Persons by surname and affiliation (see {@link #personKey}), each list in id order. */
  private final Map<String, List<Object[]>> persons = new HashMap<>();

  /** Whether {@link #persons} holds every stored person. */
  private boolean loaded;

  /** Names this writer stored for each person; names are never deleted. */
  private final Map<Long, Set<String>> personNames = new HashMap<>();

  /**
   * Roles reported per person in this batch, added to {@code persons.role_count} at its end in one
   * JDBC batch rather than one UPDATE per report.
   */
  private final Map<Long, Integer> roleCounts = new TreeMap<>();

  /** Person and role pairs of the document being written: a role row is new once per document. */
  private final Set<String> docRoles = new HashSet<>();

  PersonWriter(Db db, KnownActors actors) {
    this.db = db;
    this.actors = actors;
  }

  void reset() {
    loaded = false;
    persons.clear();
    personNames.clear();
    roleCounts.clear();
    docRoles.clear();
  }

  /** Called before the persons of each document. */
  void beginDocument() {
    docRoles.clear();
  }

  /** Adds the batch's role counts to the persons (one JDBC batch), before it commits. */
  void endBatch() {
    if (!roleCounts.isEmpty()) {
      List<Object[]> rows = new ArrayList<>(roleCounts.size());
      roleCounts.forEach((id, n) -> rows.add(new Object[] {n, id}));
      roleCounts.clear();
      db.batch("UPDATE persons SET role_count = role_count + ? WHERE id = ?", rows);
    }
  }

  private void load() {
    persons.clear();
    db.query(
        "SELECT id, name, surname, affiliation FROM persons ORDER BY id",
        rs -> {
          Object[] row = new Object[] {rs.getLong(1), rs.getString(2)};
          persons
              .computeIfAbsent(personKey(rs.getString(3), rs.getString(4)), k -> new ArrayList<>(1))
              .add(row);
          return null;
        });
    loaded = true;
  }

  /**
   * Writes {@code p} as named in {@code doc}: the person (found or new), a name, a role and its
   * evidence.
   *
   * @return the person's id when evidence of it in {@code doc} was written, else -1
   */
  long write(WrittenDocument doc, Person p) {
    if (p.name() == null || p.name().isBlank()) {
      return -1;
    }
    String surname = PersonNames.surname(p.name());
    if (surname.isEmpty()) {
      return -1;
    }
    if (!loaded) {
      load();
    }
    List<Object[]> known =
        persons.computeIfAbsent(personKey(surname, p.affiliation()), k -> new ArrayList<>(1));
    Object[] row = null;
    for (Object[] r : known) {
      if (PersonNames.same((String) r[1], p.name())) {
        row = r;
        break;
      }
    }
    long id;
    if (row == null) {
      id =
          db.insert(
              "INSERT INTO persons (name, affiliation, surname) VALUES (?, ?, ?)",
              p.name(),
              p.affiliation(),
              surname);
      known.add(new Object[] {id, p.name()});
    } else {
      id = (Long) row[0];
      String current = (String) row[1];
      String fuller = PersonNames.fuller(current, p.name());
      if (!fuller.equals(current)) {
        db.update("UPDATE persons SET name = ? WHERE id = ?", fuller, id);
        row[1] = fuller;
      }
    }
    if (p.affiliation() != null) {
      actors.ensure(p.affiliation(), null);
    }
    if (personNames.computeIfAbsent(id, k -> new HashSet<>()).add(p.name())) {
      db.updateDeferred(
          "INSERT INTO person_names (person_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
          id,
          p.name());
    }
    // A document's role rows are new but for its repeats: a document is written once (an
    // update purges its old rows first), so a row conflicts only with one of the same document.
    if (p.role() != null && !p.role().isBlank() && docRoles.add(id + "\u0001" + p.role())) {
      db.updateDeferred(
          "INSERT INTO person_roles (person_id, role, on_date, doc_id) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          p.role(),
          LedgerWriter.iso(doc.published()),
          doc.doc().id());
      roleCounts.merge(id, 1, Integer::sum);
    }
    boolean evidence = false;
    for (Span s : doc.spans(p.spans())) {
      db.updateDeferred(
          "INSERT INTO person_evidence (person_id, doc_id, span_start, span_end) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          doc.doc().id(),
          s.start(),
          s.end());
      evidence = true;
    }
    return evidence ? id : -1;
  }

  private static String personKey(String surname, String affiliation) {
    return affiliation == null ? surname + "\u0001" : surname + "\u0001" + affiliation + "\u0001";
  }
}
