package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.pipeline.repair.DecodedText;
import org.entente.pipeline.repair.MojibakeRepair;
import org.entente.pipeline.repair.RepairedText;
import org.entente.pipeline.repair.TextDecoder;
import org.entente.pipeline.repair.TextEdit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente repair FILE}: decodes a text file of any encoding, undoes mojibake and prints the
 * repaired text to standard output as UTF-8, exactly (no newline added). With {@code --diff}, lists
 * the repairs instead, one a line: original offsets, original characters, repaired offsets,
 * repaired characters, kind. Exit 0 ok, 1 unreadable or binary input, 2 usage error.
 */
@Command(
    name = "repair",
    mixinStandardHelpOptions = true,
    description = "Repairs mojibake in a text file and prints the repaired text (UTF-8).")
public final class RepairCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The text file, or - for stdin.")
  String file;

  @Option(
      names = "--diff",
      description = "List each repair with its offsets instead of printing the text.")
  boolean diff;

  @Option(
      names = "--charset",
      paramLabel = "NAME",
      description = "Decode the input with this charset instead of detecting it.")
  Charset charset;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    byte[] bytes;
    try {
      bytes = "-".equals(file) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException | InvalidPathException e) {
      err.println("entente repair: " + file + ": no such file");
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("entente repair: " + file + ": cannot read: " + e.getMessage());
      err.flush();
      return 1;
    }
    DecodedText decoded = TextDecoder.decode(bytes, bytes.length, charset);
    if (decoded.binary()) {
      err.println("entente repair: " + file + ": binary content, not text");
      err.flush();
      return 1;
    }
    String original = decoded.text();
    RepairedText repaired = new MojibakeRepair().repair(original);
    PrintWriter out = spec.commandLine().getOut();
    if (diff) {
      for (TextEdit e : repaired.edits()) {
        out.print(
            String.format(
                Locale.ROOT,
                "%d-%d\t%s\t%d-%d\t%s\t%s%n",
                e.originalStart(),
                e.originalEnd(),
                visible(original.substring(e.originalStart(), e.originalEnd())),
                e.repairedStart(),
                e.repairedEnd(),
                visible(repaired.text().substring(e.repairedStart(), e.repairedEnd())),
                e.kind().name().toLowerCase(Locale.ROOT)));
      }
    } else {
      out.print(repaired.text());
    }
    out.flush();
    return 0;
  }

  /** Control characters written as U+XXXX, so that a diff line stays one line. */
  private static String visible(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)) {
                b.append(String.format(Locale.ROOT, "U+%04X", cp));
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }
}
