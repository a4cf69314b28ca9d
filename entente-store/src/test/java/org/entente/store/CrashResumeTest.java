package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest (a child JVM, {@code destroyForcibly}, i.e. SIGKILL) at 20 random moments, reruns
 * it each time, and checks that the final store equals an uninterrupted run's: nothing lost,
 * nothing doubled.
 */
class CrashResumeTest {

  @TempDir Path dir;

  @Test
  void killedIngestResumesToTheSameStoreAsAnUninterruptedRun() throws Exception {
    Path input = dir.resolve("corpus.jsonl");
    writeCorpus(input, 600);
    Path clean = dir.resolve("clean.db");
    long started = System.nanoTime();
    assertThat(run(clean, input, -1)).isZero();
    // Kill moments are drawn within an uninterrupted run's duration, so that they fall during
    // start-up, extraction and writing on a fast machine as on a slow one.
    long cleanMs = Math.max(500, (System.nanoTime() - started) / 1_000_000);

    Path crashed = dir.resolve("crashed.db");
    Random random = new Random(20250417);
    int killed = 0;
    for (int i = 0; i < 20; i++) {
      long at = (long) (cleanMs * (0.15 + 0.7 * random.nextDouble()));
      if (run(crashed, input, at) != 0) {
        killed++;
      }
    }
    assertThat(run(crashed, input, -1)).isZero();
    assertThat(killed).as("runs killed before they finished").isGreaterThan(5);
    String expected;
    try (Ledger l = Ledger.open(clean.toString())) {
      expected = l.canonicalDump();
      assertThat(l.db().query("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1)))
          .containsExactly(600L);
      assertThat(l.db().query("SELECT COUNT(*) FROM records", rs -> rs.getLong(1)).get(0))
          .isPositive();
    }
    try (Ledger l = Ledger.open(crashed.toString())) {
      assertThat(l.canonicalDump()).isEqualTo(expected);
      assertThat(l.queries().dossier("JPN", "USA", LocalDate.of(1988, 1, 1)).meetings())
          .isNotEmpty();
    }
  }

  /**
   * Runs the child ingest; kills it after {@code killAfterMs} unless negative. Exit code, or -9.
   */
  private static int run(Path db, Path input, long killAfterMs) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(),
                db.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    if (killAfterMs < 0) {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      return p.exitValue();
    }
    if (p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
      return p.exitValue() == 0 ? 0 : p.exitValue();
    }
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    return -9;
  }

  /** Generated news with near-duplicate copies, so that stories and merges are exercised. */
  static void writeCorpus(Path file, int n) throws Exception {
    String[] subjects = {"Japan", "France", "Brazil", "Canada"};
    String[] verbs = {"held trade talks with", "criticised", "signed a deal with", "met"};
    Random r = new Random(7);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String previous = null;
      for (int i = 0; i < n; i++) {
        String text;
        if (previous != null && i % 5 == 0) {
          text = previous.replace("officials said", "officials told reporters");
        } else {
          StringBuilder sb = new StringBuilder();
          for (int k = 0; k < 60; k++) {
            sb.append(subjects[r.nextInt(4)])
                .append(' ')
                .append(verbs[r.nextInt(4)])
                .append(" the United States on day ")
                .append(r.nextInt(1000))
                .append(", officials said. ");
          }
          text = sb.toString();
        }
        previous = text;
        String day = LocalDate.of(1987, 1, 1).plusDays(i / 3).toString();
        w.write(
            "{\"id\":\"gen-"
                + i
                + "\",\"published\":\""
                + day
                + "\",\"title\":\"Story "
                + i
                + "\",\"text\":\""
                + text
                + "\",\"source\":\"generated\"}\n");
      }
    }
  }
}
