package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RepairCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    CommandLine cl = EntenteCommand.commandLine();
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    return cl.execute(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void printsRepairedTextExactly() throws IOException {
    Path f = write("damaged.txt", "The joint communiquĆ© on the Unionās āgreat stepā.\n\n");
    assertThat(run("repair", f.toString())).isZero();
    assertThat(out()).isEqualTo("The joint communiqué on the Union’s “great step”.\n\n");
  }

  @Test
  void printsCorrectTextByteIdentical() throws IOException {
    String text = "Morocco’s minister — in Rabat – met Xí Jìnpíng in Rīga.\r\nNo newline at end";
    Path f = write("correct.txt", text);
    assertThat(run("repair", f.toString())).isZero();
    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void listsRepairsWithOffsets() throws IOException {
    Path f = write("damaged.txt", "a communiquƩ");
    assertThat(run("repair", "--diff", f.toString())).isZero();
    assertThat(out()).isEqualTo("11-12\tƩ\t11-12\té\tmojibake" + System.lineSeparator());
  }

  @Test
  void failsClearlyOnBinaryOrMissingInput() throws IOException {
    Path bin = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    assertThat(run("repair", bin.toString())).isEqualTo(1);
    assertThat(err()).contains("binary content, not text");
    assertThat(run("repair", dir.resolve("missing.txt").toString())).isEqualTo(1);
    assertThat(err()).contains("missing.txt: no such file");
  }

  @Test
  void rejectsBadUsageWithExitCodeTwo() {
    assertThat(run("repair")).isEqualTo(2);
    assertThat(run("repair", "--no-such-option", "x")).isEqualTo(2);
  }

  @Test
  void repairsTheDamagedSeed() throws IOException {
    Path seeds = Path.of(System.getProperty("entente.shared", "../shared")).resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "no shared seeds");
    try (var files = Files.list(seeds)) {
      Path seed =
          files.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElse(null);
      assumeTrue(seed != null);
      assertThat(run("repair", seed.toString())).isZero();
    }
    assertThat(out()).contains("communiqué", "the Union’s", "“the next level”");
  }
}
