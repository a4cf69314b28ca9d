package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.spark.extract.JobCounters.BadKind;
import org.entente.store.stories.StoryIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One job over a small folder of inputs written here: good and bad JSON Lines records, a lightly
 * edited copy of an article, an undated article, a plain-text file and an empty file.
 */
class JobBehaviourTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ARTICLE =
      "The foreign ministers of Norway and Chile met in Oslo on Monday to discuss fisheries,"
          + " polar research and a new framework for scientific exchange between their"
          + " universities. Officials said the two governments would publish a joint work plan"
          + " before the end of the year and that a second round of consultations was planned in"
          + " Santiago next spring, after experts from both sides complete a review of existing"
          + " programmes and funding arrangements for young researchers.";

  @TempDir static Path dir;
  private static ExtractJob.Summary summary;
  private static SparkSession spark;

  @BeforeAll
  static void runJob() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String edited = ARTICLE.replace("on Monday", "on Tuesday").replace("young", "junior");
    String other =
        "Grain prices rose sharply in Chicago after a cold spell damaged winter wheat across the"
            + " southern plains, traders said, while soybean futures were little changed.";
    String big = "word ".repeat(200);
    List<String> lines =
        List.of(
            line("n-1", "2019-04-01", "Ministers meet", ARTICLE),
            "{\"id\": \"broken\", \"text\": ",
            "",
            line("n-2", "2019-04-02", "Ministers meet in Oslo", edited),
            "{\"id\": \"no-text\", \"published\": \"2019-04-03\"}",
            "{\"id\": \"numeric-title\", \"title\": 12, \"text\": \"x\"}",
            line("too-big", "2019-04-04", null, big),
            "[\"not\", \"an\", \"object\"]",
            line("n-3", "2019-05-06", "Grain", other),
            line("n-4", null, "Undated", other + " Analysts expect more volatility."));
    Files.write(in.resolve("news.jsonl"), lines, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("note.txt"), "A short note on the talks in Oslo.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    spark = LocalSpark.session();
    summary =
        ExtractJob.run(
            spark,
            new ExtractJob.Options(
                List.of(in.toString()),
                dir.resolve("out").toString(),
                ReadOptions.defaults().withMaxChars(500),
                3,
                StoryIndex.DEFAULT_THRESHOLD,
                "gzip"));
  }

  private static String line(String id, String published, String title, String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("published", published);
    o.put("title", title);
    o.put("text", text);
    o.put("source", "test");
    return o.toString();
  }

  @Test
  void countsBadRecordsByKindAndGoesOn() {
    assertThat(summary.documents()).isEqualTo(5);
    assertThat(summary.bad())
        .containsEntry(BadKind.MALFORMED, 2L)
        .containsEntry(BadKind.MISSING_FIELD, 1L)
        .containsEntry(BadKind.NOT_A_STRING, 1L)
        .containsEntry(BadKind.OVERSIZED, 1L)
        .containsEntry(BadKind.OTHER, 1L)
        .containsEntry(BadKind.EXTRACTION_FAILED, 0L);
  }

  @Test
  void writesBadRecordsWithWhereIdAndReason() {
    List<Row> bad =
        spark.read().json(dir.resolve("out").resolve(ExtractJob.BAD).toString()).collectAsList();
    Map<String, String> reasonById = new HashMap<>();
    for (Row r : bad) {
      assertThat(r.<String>getAs("where")).isNotBlank();
      reasonById.put(r.getAs("id"), r.getAs("reason"));
    }
    assertThat(bad).hasSize(6);
    assertThat(reasonById)
        .containsEntry("no-text", "missing text")
        .containsEntry("numeric-title", "title is not a string")
        .containsEntry("too-big", "text longer than 500 characters (1000)");
  }

  @Test
  void groupsALightlyEditedCopyIntoTheStoryOfTheFirstArticle() {
    Map<String, String> story = new HashMap<>();
    for (Row r :
        spark
            .read()
            .parquet(dir.resolve("out/parquet/documents").toString())
            .select("id", "story_id")
            .collectAsList()) {
      story.put(r.getString(0), r.getString(1));
    }
    assertThat(story)
        .containsEntry("n-1", "n-1")
        .containsEntry("n-2", "n-1")
        .containsEntry("n-3", "n-3")
        .containsEntry("note", "note");
  }

  @Test
  void putsUndatedDocumentsUnderMonthUnknown() {
    assertThat(dir.resolve("out/parquet/documents/month=unknown")).isDirectory();
    assertThat(dir.resolve("out/extractions/month=unknown")).isDirectory();
    assertThat(dir.resolve("out/parquet/documents/month=2019-04")).isDirectory();
  }
}
