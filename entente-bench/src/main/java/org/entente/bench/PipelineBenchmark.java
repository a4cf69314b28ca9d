package org.entente.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.entente.model.Document;
import org.entente.pipeline.Entente;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.actors.OfficialsExtractor;
import org.entente.pipeline.gazetteer.ActorMentionStage;
import org.entente.pipeline.repair.RepairStage;
import org.entente.pipeline.text.SentenceSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the pipeline on news text: one operation runs a pipeline over every document of the
 * Reuters-21578 corpus held in memory (the first {@link #documents}; 0 for all 21,578).
 *
 * <ul>
 *   <li>{@code defaultPipeline}: {@link Entente#newDefaultPipeline()}, whatever stages it holds;
 *   <li>{@code partOne}: the stages of part 1 — {@link RepairStage}, {@link SentenceSplitter},
 *       {@link ActorMentionStage}, {@link OfficialsExtractor} — the repaired text, sentences, actor
 *       mentions and officials;
 *   <li>{@code segmentation}: the {@link SentenceSplitter} alone.
 * </ul>
 *
 * Run from the repository root (the corpus path defaults to {@value ReutersCorpus#DEFAULT_PATH};
 * set {@code -Dentente.corpus=<file>} otherwise):
 *
 * <pre>
 * ./mvnw -B -pl entente-bench -am package -DskipTests
 * java -jar entente-bench/target/benchmarks.jar PipelineBenchmark -f 1 -wi 3 -i 3 -t 1 \
 *     -rf json -rff entente-bench/target/jmh.json
 * java -cp entente-bench/target/benchmarks.jar org.entente.bench.ThroughputReport \
 *     entente-bench/target/jmh.json entente-bench/target/throughput.txt
 * </pre>
 *
 * {@link ThroughputReport} turns the times into MB of text (UTF-8) per second per core; {@code
 * bench/throughput.sh} does all three steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(1)
public class PipelineBenchmark {

  /** How many documents from the start of the corpus; 0 for all. */
  @Param("5000")
  public int documents;

  private Document[] corpus;
  private Pipeline defaultPipeline;
  private Pipeline partOne;
  private Pipeline segmentation;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus =
        ReutersCorpus.load(ReutersCorpus.configuredPath(), documents)
            .documents()
            .toArray(Document[]::new);
    defaultPipeline = Entente.newDefaultPipeline();
    partOne =
        Pipeline.builder()
            .add(new RepairStage())
            .add(new SentenceSplitter())
            .add(new ActorMentionStage())
            .add(new OfficialsExtractor())
            .build();
    segmentation = Pipeline.builder().add(new SentenceSplitter()).build();
  }

  @Benchmark
  public void defaultPipeline(Blackhole blackhole) {
    for (Document document : corpus) {
      blackhole.consume(defaultPipeline.extract(document));
    }
  }

  @Benchmark
  public void partOne(Blackhole blackhole) {
    for (Document document : corpus) {
      blackhole.consume(partOne.extract(document));
    }
  }

  @Benchmark
  public void segmentation(Blackhole blackhole) {
    for (Document document : corpus) {
      blackhole.consume(segmentation.analyse(document).sentences());
    }
  }
}
