package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose output goes to files, as a redirected or piped run does, draws no progress bar. */
class ProgressTest {

  @TempDir Path dir;

  @Test
  void ingestDrawsNoProgressBarWhenTheOutputIsNotATerminal() throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    EntenteCommand.class.getName(),
                    "ingest",
                    "../examples/texts",
                    "--db",
                    dir.resolve("l.db").toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("read ");
    assertThat(Files.readString(err, StandardCharsets.UTF_8))
        .doesNotContain("\r")
        .doesNotContain("docs/s");
  }
}
