package org.entente.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.model.Document;
import org.entente.pipeline.eval.GoldDocument;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;

/**
 * What the demo ledger is built from: the genre Entente is for. The bundled examples, the seeds of
 * {@code ../shared/seeds} with their publication dates ({@code demo-seed-dates.tsv}) and the
 * communiqués of {@code ../shared/eval/communiques} (their texts and dates only) when present.
 */
final class DemoInputs {

  private static final String SEED_DATES = "demo-seed-dates.tsv";

  private final List<Path> examples;
  private final Path seeds;
  private final Path communiques;

  /**
   * @param examples folders and files read as {@code ingest} reads them
   * @param seeds the seeds folder, or null
   * @param communiques the folder of annotated communiqués, or null
   */
  DemoInputs(List<Path> examples, Path seeds, Path communiques) {
    this.examples = List.copyOf(examples);
    this.seeds = seeds;
    this.communiques = communiques;
  }

  /** What was found, for the demo to say: "3 example files, 2 seeds, 30 communiqués". */
  String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(Printing.count(examples.size(), "example folder"));
    if (seeds != null) {
      parts.add(Printing.count(seedFiles().size(), "seed"));
    }
    if (communiques != null) {
      parts.add(GoldDocument.readDir(communiques).size() + " communiqués");
    }
    return String.join(", ", parts);
  }

  /**
   * Everything the demo ingests, through the pipeline's intake: the examples as {@code ingest}
   * reads them, each seed with its publication date, then the communiqués' texts and dates.
   */
  Stream<ReadResult> read() {
    Stream<ReadResult> out =
        examples.isEmpty() ? Stream.empty() : DocumentSource.read(examples, ReadOptions.defaults());
    if (seeds != null) {
      Map<String, LocalDate> dates = seedDates();
      for (Path f : seedFiles()) {
        ReadOptions options =
            ReadOptions.defaults().withDefaultPublished(dates.get(f.getFileName().toString()));
        out = Stream.concat(out, DocumentSource.read(List.of(f), options));
      }
    }
    if (communiques != null) {
      Stream<ReadResult> gold =
          GoldDocument.readDir(communiques).stream()
              .map(g -> new ReadResult.Read(titled(g.toDocument()), g.id(), List.of()));
      out = Stream.concat(out, gold);
    }
    return out;
  }

  /** A text whose first line is followed by a blank line has that line as its title. */
  static Document titled(Document d) {
    String t = d.text();
    int cut = t.indexOf("\n\n");
    if (d.title() != null || cut <= 0 || cut > 300 || t.substring(0, cut).contains("\n")) {
      return d;
    }
    return new Document(
        d.id(), d.source(), d.published(), t.substring(0, cut).strip(), t.substring(cut + 2));
  }

  private List<Path> seedFiles() {
    try (Stream<Path> s = Files.list(seeds)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The seed dates resource; a malformed line fails loudly, naming the line. */
  static Map<String, LocalDate> seedDates() {
    Map<String, LocalDate> out = new HashMap<>();
    try (InputStream in = DemoInputs.class.getResourceAsStream(SEED_DATES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SEED_DATES);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        try {
          if (f.length != 2) {
            throw new IllegalArgumentException("want FILE<tab>YYYY-MM-DD");
          }
          out.put(f[0].strip(), LocalDate.parse(f[1].strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new IllegalStateException(
              SEED_DATES + ":" + n + ": " + e.getMessage() + ": " + line);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + SEED_DATES, e);
    }
    return out;
  }
}
