package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deferred inserts on a real SQLite file: read before a statement naming their table, atomic. */
class DbDeferredTest {

  private static final String INSERT =
      "INSERT INTO doc_topics (doc_id, topic, published) VALUES (?, ?, ?)";

  @TempDir Path dir;

  private static long topics(Db db) {
    return db.one("SELECT COUNT(*) FROM doc_topics", rs -> rs.getLong(1)).orElseThrow();
  }

  @Test
  void aStatementNamingTheTableSeesQueuedRows() {
    try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
      Db db = ledger.db();
      long seen =
          db.inTransaction(
              () -> {
                db.updateDeferred(INSERT, "d1", "trade", "2026-01-02");
                db.updateDeferred(INSERT, "d1", "security", null);
                return topics(db);
              });
      assertEquals(2, seen);
      assertEquals(
          List.of("security", "trade"),
          db.query("SELECT topic FROM doc_topics ORDER BY topic", rs -> rs.getString(1)));
    }
  }

  @Test
  void queuedRowsCommitWithTheTransaction() {
    try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
      Db db = ledger.db();
      db.inTransaction(
          () -> {
            for (int i = 0; i < 2500; i++) {
              db.updateDeferred(INSERT, "d" + i, "trade", null);
            }
            // a statement on another table leaves the queue alone
            db.one("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1));
          });
      assertEquals(2500, topics(db));
    }
  }

  @Test
  void aRolledBackTransactionDropsQueuedRows() {
    try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
      Db db = ledger.db();
      assertThrows(
          IllegalStateException.class,
          () ->
              db.inTransaction(
                  () -> {
                    db.updateDeferred(INSERT, "d1", "trade", null);
                    throw new IllegalStateException("writer failed");
                  }));
      db.inTransaction(() -> db.updateDeferred(INSERT, "d2", "trade", null));
      assertEquals(List.of("d2"), db.query("SELECT doc_id FROM doc_topics", rs -> rs.getString(1)));
    }
  }

  @Test
  void outsideATransactionAnInsertRunsAtOnce() {
    try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
      Db db = ledger.db();
      db.updateDeferred(INSERT, "d1", "trade", null);
      assertEquals(1, topics(db));
    }
  }

  @Test
  void refusesAStatementThatIsNotAnInsert() {
    try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
      Db db = ledger.db();
      assertThrows(
          IllegalArgumentException.class,
          () -> db.inTransaction(() -> db.updateDeferred("DELETE FROM doc_topics")));
    }
  }
}
