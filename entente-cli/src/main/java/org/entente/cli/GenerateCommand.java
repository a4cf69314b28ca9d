package org.entente.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.entente.cli.generate.CommuniqueGenerator;
import org.entente.cli.generate.GeneratedDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente generate}: writes synthetic diplomatic news as JSON Lines (gzip-compressed when
 * the file name ends in {@code .gz}), reproducible from a seed, for scale benchmarks.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes synthetic communiqués (meetings, agreements, commitments with deadlines, follow-ups",
      "that keep them, near-duplicate rewrites by several outlets) as JSON Lines; same seed, same",
      "documents."
    })
public final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-n", "--count"},
      required = true,
      paramLabel = "N",
      description = "Documents to write.")
  long count;

  @Option(
      names = {"-s", "--seed"},
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default 1).")
  long seed;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "Where to write (.jsonl or .jsonl.gz).")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--count must be >= 0");
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    CommuniqueGenerator generator = new CommuniqueGenerator(seed, count);
    try (OutputStream file = Files.newOutputStream(output);
        OutputStream out =
            output.getFileName().toString().endsWith(".gz")
                ? new GZIPOutputStream(file, 1 << 16)
                : new BufferedOutputStream(file, 1 << 16);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null);
      while (generator.hasNext()) {
        GeneratedDocument d = generator.next();
        json.writeStartObject();
        json.writeStringField("id", d.id());
        json.writeStringField("published", d.published().toString());
        json.writeStringField("title", d.title());
        json.writeStringField("text", d.text());
        json.writeStringField("source", d.source());
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
    spec.commandLine().getErr().println("entente: " + count + " documents written to " + output);
    spec.commandLine().getErr().flush();
    return 0;
  }
}
