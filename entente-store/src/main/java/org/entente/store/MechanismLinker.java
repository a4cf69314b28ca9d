package org.entente.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.mechanisms.MechanismPatterns;

/**
 * Links a record to the recurring body its text names ({@link MechanismPatterns}): the mechanism of
 * that pattern and those parties, created on first sight, and, for a meeting, its session number.
 * Caches mechanism ids (mechanisms are never deleted) until {@link #reset}. Not thread-safe: owned
 * by the ingest writer.
 */
final class MechanismLinker {

  private final Db db;
  private final MechanismPatterns patterns;

  /** Mechanism ids by pattern and parties. */
  private final Map<String, Long> ids = new HashMap<>();

  MechanismLinker(Db db, MechanismPatterns patterns) {
    this.db = db;
    this.patterns = patterns;
  }

  void reset() {
    ids.clear();
  }

  /**
   * @param parties the record's parties, sorted; fewer than two link nothing
   * @param session whether the record is a meeting, a session of the body
   */
  void link(long id, List<String> parties, String text, boolean session) {
    if (parties.size() < 2) {
      return;
    }
    patterns
        .find(text)
        .ifPresent(
            m -> {
              String ps = String.join(",", parties);
              long mid =
                  ids.computeIfAbsent(
                      m.id() + "\u0001" + ps,
                      k -> {
                        db.update(
                            "INSERT INTO mechanisms (pattern, name, parties) VALUES (?, ?, ?)"
                                + " ON CONFLICT (pattern, parties) DO NOTHING",
                            m.id(),
                            m.name() + " " + String.join("–", parties),
                            ps);
                        return db.one(
                                "SELECT id FROM mechanisms WHERE pattern = ? AND parties = ?",
                                rs -> rs.getLong(1),
                                m.id(),
                                ps)
                            .orElseThrow();
                      });
              db.updateDeferred(
                  "INSERT INTO mechanism_records (mechanism_id, record_id, session_number)"
                      + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                  mid,
                  id,
                  session ? MechanismPatterns.sessionNumber(text) : null);
            });
  }
}
