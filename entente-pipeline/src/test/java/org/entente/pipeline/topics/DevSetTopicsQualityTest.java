package org.entente.pipeline.topics;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Topic;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Entente;
import org.entente.pipeline.eval.GoldDocument;
import org.junit.jupiter.api.Test;

/**
 * Topic quality on the development gold set, scored as the reference scorer does (micro precision,
 * recall and F1 over document topic sets). Prints a per-topic table and, for comparison, the figure
 * the classifier reaches when the event gate follows the gold records instead of the extracted
 * ones. Skipped when the shared data are absent. Run with:
 *
 * <pre>
 * ./mvnw -B -o -pl entente-pipeline -am test -Dtest=DevSetTopicsQualityTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dentente.shared=/work/shared
 * </pre>
 */
class DevSetTopicsQualityTest {

  /** A drop below this fails the build with the per-topic misses. */
  private static final double MIN_F1 = 0.69;

  @Test
  void labelsDevTopicsWithAtLeastTheMeasuredF1() {
    Path dev = Path.of(System.getProperty("entente.shared", "../shared"), "eval", "dev");
    assumeTrue(Files.isDirectory(dev), "no dev gold set at " + dev);
    TopicClassifier classifier = new TopicClassifier();
    Tally pipeline = new Tally();
    Tally goldGated = new Tally();
    List<String> misses = new ArrayList<>();
    for (GoldDocument g : GoldDocument.readDir(dev)) {
      Analysis a = Entente.pipeline().analyse(g.toDocument());
      Set<String> gold = new TreeSet<>();
      g.json().path("topics").forEach(t -> gold.add(t.asText()));
      Set<String> predicted = new TreeSet<>(a.topics());
      pipeline.add(gold, predicted);
      boolean goldEvents =
          !(g.records("meetings").isEmpty()
              && g.records("agreements").isEmpty()
              && g.records("commitments").isEmpty());
      Set<String> gated = new TreeSet<>();
      if (goldEvents) {
        TopicClassifier.topics(classifier.scores(a)).forEach(t -> gated.add(t.label()));
      }
      goldGated.add(gold, gated);
      if (!gold.equals(predicted)) {
        Set<String> missed = new TreeSet<>(gold);
        missed.removeAll(predicted);
        Set<String> spurious = new TreeSet<>(predicted);
        spurious.removeAll(gold);
        misses.add(g.id() + ": missed " + missed + " spurious " + spurious);
      }
    }
    String report =
        "topics (pipeline gate):   "
            + pipeline.summary()
            + "\ntopics (gold event gate): "
            + goldGated.summary()
            + "\n"
            + pipeline.table()
            + String.join("\n", misses);
    System.out.println(report);
    assertTrue(pipeline.f1() >= MIN_F1, "topics F1 below " + MIN_F1 + "\n" + report);
  }

  /** Micro counts overall and per topic. */
  private static final class Tally {
    private final Map<Topic, int[]> perTopic = new EnumMap<>(Topic.class);
    private int tp;
    private int gold;
    private int predicted;

    void add(Set<String> g, Set<String> p) {
      Set<String> common = new HashSet<>(g);
      common.retainAll(p);
      tp += common.size();
      gold += g.size();
      predicted += p.size();
      g.forEach(t -> perTopic.computeIfAbsent(Topic.ofLabel(t), k -> new int[3])[1]++);
      p.forEach(t -> perTopic.computeIfAbsent(Topic.ofLabel(t), k -> new int[3])[2]++);
      common.forEach(t -> perTopic.get(Topic.ofLabel(t))[0]++);
    }

    double f1() {
      return f1(tp, gold, predicted);
    }

    static double f1(int tp, int gold, int predicted) {
      double p = predicted == 0 ? 0 : tp / (double) predicted;
      double r = gold == 0 ? 0 : tp / (double) gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "P %.3f  R %.3f  F1 %.3f  (tp %d, gold %d, pred %d)",
          predicted == 0 ? 0 : tp / (double) predicted,
          gold == 0 ? 0 : tp / (double) gold,
          f1(),
          tp,
          gold,
          predicted);
    }

    String table() {
      StringBuilder sb =
          new StringBuilder("| topic | tp | gold | pred | F1 |\n| --- | --- | --- | --- | --- |\n");
      perTopic.forEach(
          (t, c) ->
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "| %s | %d | %d | %d | %.2f |%n",
                      t.label(),
                      c[0],
                      c[1],
                      c[2],
                      f1(c[0], c[1], c[2]))));
      return sb.toString();
    }
  }
}
