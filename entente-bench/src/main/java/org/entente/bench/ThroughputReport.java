package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON results of {@link PipelineBenchmark} ({@code -rf json -rff <file>}) into MB of
 * text per second per core, and writes them as a small table.
 *
 * <pre>
 * java -cp entente-bench/target/benchmarks.jar org.entente.bench.ThroughputReport \
 *     [jmh-result.json [throughput.txt]]
 * </pre>
 *
 * Defaults: {@code entente-bench/target/jmh.json} and {@code entente-bench/target/throughput.txt}.
 * The corpus is re-read (same {@code -Dentente.corpus} and {@code documents} parameter as the run)
 * to count its UTF-8 bytes; MB are 10^6 bytes. With {@code -t N} every thread processes the whole
 * corpus per operation, so the per-core figure is bytes divided by the average time per operation.
 */
public final class ThroughputReport {

  private ThroughputReport() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args.length > 0 ? args[0] : "entente-bench/target/jmh.json");
    Path output = Path.of(args.length > 1 ? args[1] : "entente-bench/target/throughput.txt");
    String report = report(new ObjectMapper().readTree(results.toFile()));
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    Files.writeString(output, report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  static String report(JsonNode results) throws IOException {
    Map<Integer, ReutersCorpus> corpora = new HashMap<>();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "# Entente pipeline throughput on Reuters-21578 (%s)%n"
                + "# benchmark                         docs      MB   threads  ms/op (± error)"
                + "      MB/s/core%n",
            ReutersCorpus.configuredPath().getFileName()));
    for (JsonNode result : results) {
      int documents = result.path("params").path("documents").asInt(0);
      ReutersCorpus corpus = corpora.get(documents);
      if (corpus == null) {
        corpus = ReutersCorpus.load(ReutersCorpus.configuredPath(), documents);
        corpora.put(documents, corpus);
      }
      JsonNode metric = result.path("primaryMetric");
      double millis =
          toMillisPerOp(metric.path("score").asDouble(), metric.path("scoreUnit").asText());
      double error =
          toMillisPerOp(metric.path("scoreError").asDouble(), metric.path("scoreUnit").asText());
      double megabytes = corpus.utf8Bytes() / 1e6;
      String name = result.path("benchmark").asText();
      out.append(
          String.format(
              Locale.ROOT,
              "%-34s %6d %7.2f %9d %9.1f (± %.1f) %12.2f%n",
              name.substring(name.lastIndexOf('.') + 1),
              corpus.documents().size(),
              megabytes,
              result.path("threads").asInt(1),
              millis,
              Double.isNaN(error) ? 0 : error,
              megabytes / (millis / 1000)));
    }
    return out.toString();
  }

  /** The time per operation in milliseconds, from a JMH score in "ms/op", "s/op", "ops/s"… */
  static double toMillisPerOp(double score, String unit) {
    String[] parts = unit.split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("unknown JMH score unit: " + unit);
    }
    if (parts[1].equals("op")) {
      return score * millis(parts[0]);
    }
    if (parts[0].equals("ops")) {
      return millis(parts[1]) / score;
    }
    throw new IllegalArgumentException("unknown JMH score unit: " + unit);
  }

  private static double millis(String unit) {
    switch (unit) {
      case "ns":
        return 1e-6;
      case "us":
        return 1e-3;
      case "ms":
        return 1;
      case "s":
        return 1000;
      case "min":
        return 60_000;
      default:
        throw new IllegalArgumentException("unknown JMH time unit: " + unit);
    }
  }
}
