package org.entente.store;

import java.util.HashSet;
import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.store.identity.ActorNames;

/**
 * The actors row of every code the writer meets, inserted once (named from {@link ActorNames}); the
 * codes seen are remembered until {@link #clear}. Not thread-safe: owned by the ingest writer.
 */
final class KnownActors {

  private final Db db;
  private final ActorNames names;
  private final Set<String> known = new HashSet<>();

  KnownActors(Db db, ActorNames names) {
    this.db = db;
    this.names = names;
  }

  /** Makes sure the ledger has an actor of {@code code}; {@code kind} may be null. */
  void ensure(String code, ActorKind kind) {
    if (known.add(code)) {
      db.update(
          "INSERT INTO actors (code, name, kind) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING",
          code,
          names.name(code),
          names.kind(code, kind).name());
    }
  }

  void clear() {
    known.clear();
  }
}
