package org.entente.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.model.Document;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Entente;
import org.entente.pipeline.Stage;
import org.entente.pipeline.json.ExtractionJson;
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
 * Time of one stage of {@link Entente#newDefaultPipeline()} over the documents of a corpus held in
 * memory, so that a regression points at its stage: before each operation every document is taken
 * through the stages before the measured one (not timed), then one operation runs the measured
 * stage over all of them. {@code stage} names a stage by {@link Stage#name()}, or {@code json} for
 * the writing of the finished extraction as a JSON line.
 *
 * <p>Run from the repository root (corpus as for {@link PipelineBenchmark}: {@code
 * -Dentente.corpus=<file>}, default Reuters-21578); {@code -jvmArgsAppend -XX:TieredStopAtLevel=1}
 * measures under the launcher's client compiler:
 *
 * <pre>
 * ./mvnw -B -pl entente-bench -am package -DskipTests
 * java -Dentente.corpus=../shared/corpus/article-bias-prediction.jsonl.gz \
 *     -jar entente-bench/target/benchmarks.jar StageBenchmark -f 1 -wi 3 -i 5 -t 1 -p documents=1000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class StageBenchmark {

  /** How many documents from the start of the corpus; 0 for all. */
  @Param("1000")
  public int documents;

  /** The measured stage's {@link Stage#name()}, or {@code json}. */
  @Param({
    "RepairStage",
    "LanguageStage",
    "SentenceSplitter",
    "ReferenceDateStage",
    "ActorMentionStage",
    "DateStage",
    "OfficialsExtractor",
    "MeetingExtractor",
    "AgreementExtractor",
    "CommitmentExtractor",
    "TopicClassifier",
    "EventCoder",
    "json"
  })
  public String stage;

  private Document[] corpus;
  private List<Stage> before;
  private Stage measured;
  private Analysis[] analyses;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus =
        ReutersCorpus.load(ReutersCorpus.configuredPath(), documents)
            .documents()
            .toArray(Document[]::new);
    List<Stage> stages = Entente.newDefaultPipeline().stages();
    int at = stage.equals("json") ? stages.size() : indexOf(stages, stage);
    before = new ArrayList<>(stages.subList(0, at));
    measured = at < stages.size() ? stages.get(at) : null;
    if (measured == null) {
      before = stages; // json: the whole pipeline first
    }
  }

  private static int indexOf(List<Stage> stages, String name) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no stage named " + name + " in the default pipeline");
  }

  /** The analyses as the measured stage finds them: every stage before it has run. */
  @Setup(Level.Invocation)
  public void prepare() {
    analyses = new Analysis[corpus.length];
    for (int d = 0; d < corpus.length; d++) {
      Analysis a = new Analysis(corpus[d]);
      for (Stage s : before) {
        s.process(a);
      }
      analyses[d] = a;
    }
  }

  @Benchmark
  public void run(Blackhole blackhole) {
    for (Analysis a : analyses) {
      if (measured != null) {
        measured.process(a);
        blackhole.consume(a);
      } else {
        blackhole.consume(ExtractionJson.toJsonLine(a.toExtraction()));
      }
    }
  }
}
