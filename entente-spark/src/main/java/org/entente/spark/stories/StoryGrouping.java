package org.entente.spark.stories;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.store.stories.MinHash;
import org.entente.store.stories.StoryIndex;

/**
 * Near-duplicate articles grouped into stories in Spark, with the ledger's parameters: the ledger's
 * {@link MinHash} signatures ({@value MinHash#HASHES} slots over {@value MinHash#SHINGLE} -word
 * shingles, computed during extraction), LSH banding into {@link StoryIndex#BANDS} bands of {@link
 * StoryIndex#ROWS} slots, and the ledger's similarity threshold.
 *
 * <p>Design: each (band, band slots) bucket is a Spark group; pairs inside a bucket whose estimated
 * similarity reaches the threshold are edges; stories are the connected components of the edges,
 * found by min-label propagation over a total input order ({@code input_file << 40 | offset}), so a
 * story is named after its first document in input order, as the ledger names it. Buckets larger
 * than {@link #FULL_PAIRS_UP_TO} documents (boilerplate texts) are linked as a chain in input order
 * plus each member to the first, which yields the same components when all members are alike.
 *
 * <p>Where it differs from the ledger: the ledger puts a document into the story of its single most
 * similar earlier document, so two stories never merge; here a document similar to members of two
 * stories joins them into one.
 */
public final class StoryGrouping {

  /** Buckets up to this size are compared pair by pair. */
  public static final int FULL_PAIRS_UP_TO = 200;

  /** Label propagation stops after this many rounds even if labels still change. */
  public static final int MAX_ROUNDS = 40;

  private static final StructType EDGES =
      new StructType().add("a", DataTypes.LongType, false).add("b", DataTypes.LongType, false);

  private StoryGrouping() {}

  /**
   * The story of every document.
   *
   * @param docs columns {@code id, input_file, input_offset, signature}
   * @param threshold the similarity at which two documents are one story
   * @return columns {@code id, story_id}
   */
  public static Dataset<Row> stories(SparkSession spark, Dataset<Row> docs, double threshold) {
    Dataset<Row> keyed =
        docs.select(
                col("id"),
                shiftleft(col("input_file").cast("long"), 40).plus(col("input_offset")).as("ord"),
                col("signature"))
            .persist();
    Dataset<Row> buckets =
        keyed
            .select(
                col("ord"),
                col("signature"),
                explode(sequence(lit(0), lit(StoryIndex.BANDS - 1))).as("band"))
            .select(
                col("ord"),
                col("signature"),
                col("band"),
                slice(
                        col("signature"),
                        col("band").multiply(StoryIndex.ROWS).plus(1),
                        lit(StoryIndex.ROWS))
                    .as("slots"))
            .groupBy(col("band"), col("slots"))
            .agg(collect_list(struct(col("ord"), col("signature"))).as("members"))
            .filter(size(col("members")).gt(1));
    JavaRDD<Row> edgeRows =
        buckets.select(col("members")).toJavaRDD().flatMap(r -> edges(r, threshold).iterator());
    Dataset<Row> edges = spark.createDataFrame(edgeRows, EDGES).distinct().persist();
    Dataset<Row> both = edges.union(edges.select(col("b").as("a"), col("a").as("b"))).persist();

    Dataset<Row> labels =
        both.select(col("a").as("v")).distinct().withColumn("label", col("v")).localCheckpoint();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Dataset<Row> offered =
          both.join(labels, both.col("a").equalTo(labels.col("v")))
              .groupBy(both.col("b").as("v"))
              .agg(min(col("label")).as("offer"));
      Dataset<Row> next =
          labels
              .join(offered, "v")
              .select(
                  col("v"),
                  least(col("label"), col("offer")).as("label"),
                  col("offer").lt(col("label")).as("changed"))
              .localCheckpoint();
      labels = next.select(col("v"), col("label"));
      if (next.filter(col("changed")).isEmpty()) {
        break;
      }
    }
    Dataset<Row> names = keyed.select(col("ord").as("label"), col("id").as("story_id"));
    Dataset<Row> storyOf = labels.join(names, "label").select(col("v").as("ord"), col("story_id"));
    return keyed
        .join(storyOf, keyed.col("ord").equalTo(storyOf.col("ord")), "left")
        .select(col("id"), coalesce(col("story_id"), col("id")).as("story_id"));
  }

  /** The similar pairs of one bucket's members ({@code ord, signature}). */
  static List<Row> edges(Row bucket, double threshold) {
    List<Row> members = new ArrayList<>(bucket.getList(0));
    members.sort(Comparator.comparingLong(m -> m.getLong(0)));
    int n = members.size();
    List<int[]> sigs = new ArrayList<>(n);
    for (Row m : members) {
      List<Integer> s = m.getList(1);
      int[] sig = new int[s.size()];
      for (int i = 0; i < sig.length; i++) {
        sig[i] = s.get(i);
      }
      sigs.add(sig);
    }
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (n <= FULL_PAIRS_UP_TO) {
        for (int j = i + 1; j < n; j++) {
          link(members, sigs, i, j, threshold, out);
        }
      } else if (i > 0) {
        link(members, sigs, 0, i, threshold, out);
        link(members, sigs, i - 1, i, threshold, out);
      }
    }
    return out;
  }

  private static void link(
      List<Row> members, List<int[]> sigs, int i, int j, double threshold, List<Row> out) {
    if (MinHash.similarity(sigs.get(i), sigs.get(j)) >= threshold) {
      out.add(RowFactory.create(members.get(i).getLong(0), members.get(j).getLong(0)));
    }
  }
}
