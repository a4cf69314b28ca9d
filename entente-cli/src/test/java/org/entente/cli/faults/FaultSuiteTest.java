package org.entente.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.entente.cli.EntenteCommand;
import org.entente.store.Ledger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The fault suite: inputs that broke the older readers (generated here), bad files mixed into a
 * corpus, ingests killed with SIGKILL at seeded random moments, two ingests at once, and a write
 * that runs out of space, each through the real command line. Every fault must give a named
 * diagnostic or the documents, lose no document, show no stack trace, and leave a ledger identical
 * to a clean run (or, for the failed write, to the ledger before it).
 */
class FaultSuiteTest {

  @TempDir static Path dir;

  /** What a command printed and returned. */
  record Run(int code, String out, String err) {
    List<String> skipped() {
      List<String> s = new ArrayList<>();
      for (String l : err.split("\n")) {
        if (l.startsWith("entente: skipped ")) {
          s.add(l.replace(dir.toString(), "DIR"));
        }
      }
      return s;
    }

    void showsNoStackTrace() {
      assertThat(out + err).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }
  }

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = EntenteCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Path inputs;

  @BeforeAll
  static void generateTheInputsOfTheTable() throws IOException {
    inputs = Files.createDirectories(dir.resolve("inputs"));
    Corpus.truncatedGzip(inputs.resolve("a-truncated.jsonl.gz"), 0, 120);
    byte[] utf16 = ("Talks in Nairobi\n\n" + Corpus.text(7)).getBytes(StandardCharsets.UTF_16);
    Files.write(inputs.resolve("b-utf16.txt"), utf16);
    Files.write(inputs.resolve("c-empty.txt"), new byte[0]);
    byte[] noise = new byte[50 * 1024 * 1024];
    new Random(50).nextBytes(noise);
    Files.write(inputs.resolve("d-noise"), noise);
    Files.writeString(
        inputs.resolve("e-malformed.jsonl"),
        Corpus.line(200) + "{\"id\": \"broken\", \"text\": \n" + Corpus.line(201));
    StringBuilder big = new StringBuilder("{\"id\": \"huge\", \"text\": \"");
    big.append("word ".repeat(4 * 1024 * 1024)).append("\"}\n");
    Files.writeString(inputs.resolve("f-huge.jsonl"), big.toString());
    Path pretty = Files.createDirectories(inputs.resolve("g-pretty"));
    for (int i = 0; i < 30; i++) {
      Files.writeString(
          pretty.resolve("doc-" + i + ".json"),
          "{\n  \"id\": \"pretty-"
              + i
              + "\",\n  \"published\": \"2026-02-01\",\n  \"title\": \"Statement "
              + i
              + "\",\n  \"text\": \""
              + Corpus.text(300 + i)
              + "\"\n}\n");
    }
    Files.writeString(
        inputs.resolve("h-types.jsonl"),
        Corpus.line(400) + "{\"id\": \"n\", \"text\": 42}\n{\"id\": \"e\", \"text\": \"\"}\n");
    Files.writeString(inputs.resolve("i-table.csv"), "a,b\n1,2\n");
    Corpus.jsonLines(inputs.resolve("j-good.jsonl"), 1000, 1300);
  }

  @Test
  void everyBadInputIsNamedTheSameByExtractAndIngestAndNoDocumentIsLost() throws IOException {
    Run extract =
        cli("extract", inputs.toString(), "-o", dir.resolve("out.jsonl").toString(), "-t", "2");
    Path db = dir.resolve("table.db");
    Run ingest = cli("ingest", inputs.toString(), "--db", db.toString(), "--no-progress");
    extract.showsNoStackTrace();
    ingest.showsNoStackTrace();
    assertThat(extract.code()).as(extract.err()).isZero();
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(new TreeSet<>(ingest.skipped())).isEqualTo(new TreeSet<>(extract.skipped()));
    String skipped = String.join("\n", ingest.skipped());
    assertThat(skipped)
        .containsPattern("a-truncated.jsonl.gz:\\d+: compressed data end early")
        .contains("c-empty.txt: empty")
        .contains("d-noise: binary content, not text")
        .contains("e-malformed.jsonl:2: malformed JSON")
        .contains("f-huge.jsonl:1: record longer than")
        .contains("h-types.jsonl:2: text is not a string")
        .contains("h-types.jsonl:3: empty text")
        .contains("i-table.csv: unsupported file type .csv");
    long extracted = Files.readAllLines(dir.resolve("out.jsonl")).size();
    // 300 good + the complete records of the truncated file + UTF-16 + 2 + 30 pretty + 1
    assertThat(extracted).isGreaterThan(300 + 30 + 1 + 2 + 1 + 40);
    try (Ledger l = Ledger.open(db.toString())) {
      long docs = l.db().query("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1)).get(0);
      assertThat(docs).isEqualTo(extracted);
      List<String> utf16 =
          l.db().query("SELECT text FROM documents WHERE id = 'b-utf16'", rs -> rs.getString(1));
      assertThat(utf16.get(0)).startsWith("The foreign ministers of").doesNotContain("\uFFFD");
    }
    assertThat(ingest.out()).contains("skipped " + ingest.skipped().size());
  }

  @Test
  void exitCodesFollowThePolicy() {
    Run nothing =
        cli(
            "ingest",
            inputs.resolve("c-empty.txt").toString(),
            "--db",
            dir.resolve("nothing.db").toString());
    assertThat(nothing.code()).isEqualTo(1);
    assertThat(nothing.err()).contains("nothing could be read");
    Run extractNothing = cli("extract", inputs.resolve("c-empty.txt").toString());
    assertThat(extractNothing.code()).isEqualTo(1);
    Path missing = dir.resolve("mistyped.db");
    Run read = cli("dossier", "EU", "MAR", "--db", missing.toString());
    assertThat(read.code()).isEqualTo(2);
    assertThat(read.err()).contains("no ledger at " + missing);
    assertThat(missing).doesNotExist();
    read.showsNoStackTrace();
    Run usage = cli("ingest", "--threads", "0", inputs.toString());
    assertThat(usage.code()).isEqualTo(2);
  }

  // ---- faults in separate processes

  private static List<String> java(Path db, Path corpus, String... extra) {
    return java(List.of(), db, corpus, extra);
  }

  private static List<String> java(List<String> jvm, Path db, Path corpus, String... extra) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(EntenteCommand.class.getName());
    cmd.add("ingest");
    cmd.add(corpus.toString());
    cmd.add("--db");
    cmd.add(db.toString());
    cmd.add("--no-progress");
    cmd.addAll(List.of(extra));
    return cmd;
  }

  /** Runs an ingest process; kills it after {@code killAfterMs} (negative: never). */
  static Run process(List<String> cmd, long killAfterMs) throws Exception {
    Path err = Files.createTempFile(dir, "err", ".txt");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process p =
        new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
    if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor();
      return new Run(-9, Files.readString(out), Files.readString(err));
    }
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /**
   * SQLite's native library extracted beforehand: the limited process could not write its own copy
   * to the temporary folder, as the driver does at start.
   */
  private static List<String> sqliteNativeLibrary() throws IOException {
    String lib = System.mapLibraryName("sqlitejdbc");
    String resource =
        "/org/sqlite/native/"
            + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS()
            + "/"
            + lib;
    Path libDir = Files.createDirectories(dir.resolve("native"));
    try (java.io.InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.copy(in, libDir.resolve(lib), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return List.of("-Dorg.sqlite.lib.path=" + libDir, "-Dorg.sqlite.lib.name=" + lib);
  }

  static String dump(Path db) {
    try (Ledger l = Ledger.open(db.toString())) {
      return l.canonicalDump();
    }
  }

  @Test
  void killedConcurrentAndClean() throws Exception {
    Path corpus = Corpus.jsonLines(dir.resolve("kill.jsonl"), 2000, 2160);
    Path clean = dir.resolve("clean.db");
    long t0 = System.nanoTime();
    Run first = process(java(clean, corpus, "--batch", "10"), -1);
    long cleanMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(first.code()).as(first.err()).isZero();
    first.showsNoStackTrace();
    String expected = dump(clean);

    // kill -9 at seeded random moments early in a clean run's duration (early, so that a machine
    // quieter than during the clean run still leaves work to kill), then run to the end
    Path killed = dir.resolve("killed.db");
    Random random = new Random(20261204);
    int kills = 0;
    for (int i = 0; i < 4; i++) {
      long at = (long) (cleanMs * (0.1 + 0.25 * random.nextDouble()));
      if (process(java(killed, corpus, "--batch", "10"), at).code() == -9) {
        kills++;
      }
    }
    assertThat(kills).as("runs killed before they finished").isGreaterThanOrEqualTo(2);
    Run resumed = process(java(killed, corpus, "--batch", "10"), -1);
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(dump(killed)).isEqualTo(expected);

    // two ingests at once into one fresh ledger: the second waits, then finds everything stored
    Path both = dir.resolve("both.db");
    Process a = new ProcessBuilder(java(both, corpus, "--batch", "10")).start();
    Process b = new ProcessBuilder(java(both, corpus, "--batch", "10")).start();
    String errA = new String(a.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    String errB = new String(b.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(a.exitValue()).as(errA).isZero();
    assertThat(b.exitValue()).as(errB).isZero();
    assertThat(errA + errB).doesNotContain("\tat ").doesNotContain("SQLITE_BUSY");
    assertThat(dump(both)).isEqualTo(expected);
  }

  @Test
  void aWriteThatRunsOutOfSpaceFailsCleanlyAndLeavesTheLedgerAsItWas() throws Exception {
    Path db = dir.resolve("full.db");
    Run seed = process(java(db, Corpus.jsonLines(dir.resolve("seed.jsonl"), 3000, 3020)), -1);
    assertThat(seed.code()).as(seed.err()).isZero();
    String before = dump(db);
    long largest = 0;
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path f = Path.of(db + suffix);
      if (Files.exists(f)) {
        largest = Math.max(largest, Files.size(f));
      }
    }
    // A file size limit (RLIMIT_FSIZE, as a full disk: writes past it fail with EFBIG; the JVM
    // ignores SIGXFSZ) a little above the ledger's largest file.
    long blocks = largest / 1024 + 96;
    Path corpus = Corpus.jsonLines(dir.resolve("big.jsonl"), 4000, 4400);
    List<String> cmd =
        new ArrayList<>(List.of("bash", "-c", "ulimit -f " + blocks + "; exec \"$@\"", "limited"));
    cmd.addAll(java(sqliteNativeLibrary(), db, corpus, "--batch", "1000"));
    Run full = process(cmd, -1);
    assertThat(full.code()).as(full.out() + full.err()).isEqualTo(1);
    full.showsNoStackTrace();
    assertThat(full.err()).contains("entente: ingest failed:");
    assertThat(dump(db)).isEqualTo(before);
  }
}
