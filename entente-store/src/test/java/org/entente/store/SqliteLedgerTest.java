package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store suite on a real SQLite file, and what only SQLite has: files, and memory. */
class SqliteLedgerTest extends LedgerContract {

  @TempDir Path dir;

  @Override
  protected String freshStore() {
    return dir.resolve("ledger-" + (++stores) + ".db").toString();
  }

  private int stores;

  @Test
  void aLedgerInMemoryIngestsWritesAndAnswers() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    CrashResumeTest.writeCorpus(corpus, 12);
    try (Ledger memory = Ledger.open(":memory:")) {
      Views.IngestStats stats =
          memory.ingest(
              DocumentSource.read(List.of(corpus), ReadOptions.defaults()),
              CrashIngestMain.pipeline(),
              new Ledger.IngestOptions(2, 5),
              (r, d) -> {});
      assertThat(stats.added()).isEqualTo(12);
      memory.write(Fixtures.maritimeDialogueHeld());
      assertThat(memory.queries().timeline("NOR", LocalDate.of(2026, 1, 1))).isNotEmpty();
      assertThat(memory.db().query("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1)))
          .containsExactly(13L);
    }
  }

  @Test
  void aStoreThatCannotBeMigratedIsClosedWhenOpeningFails() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc (Linux)");
    Path notALedger = dir.resolve("not-a-ledger.db");
    Files.write(notALedger, "not a SQLite database, ".repeat(200).getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Ledger.open(notALedger.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a database");
    assertThat(openDescriptorsOf(notALedger)).isZero();
  }

  @Test
  void aWriteWaitsForTheWriterThatHoldsTheLedger() throws Exception {
    Path file = Path.of(freshStore());
    AtomicReference<Throwable> failed = new AtomicReference<>();
    try (Ledger writer = Ledger.open(file.toString());
        Ledger holder = Ledger.open(file.toString())) {
      Thread t =
          new Thread(
              () -> {
                try {
                  writer.write(Fixtures.maritimeDialogueHeld());
                } catch (Throwable e) {
                  failed.set(e);
                }
              });
      try (WriterLock lock = WriterLock.acquire(holder.db(), file, who -> {})) {
        t.start();
        while (t.isAlive() && !lock.isAwaitedBy(t)) {
          Thread.onSpinWait();
        }
        assertThat(t.isAlive()).as("the write waits for the lock").isTrue();
        assertThat(holder.db().query("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1)))
            .containsExactly(0L);
      }
      t.join();
      assertThat(failed.get()).isNull();
      assertThat(holder.db().query("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1)))
          .containsExactly(1L);
    }
  }

  /** How many of this process's file descriptors are open on {@code file} (Linux). */
  private static long openDescriptorsOf(Path file) throws IOException {
    Path real = file.toRealPath();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException e) {
                  return false; // closed meanwhile, or not a link
                }
              })
          .count();
    }
  }
}
