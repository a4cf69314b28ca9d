package org.entente.spark.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusLineTest {

  private static final ReadOptions OPTS = ReadOptions.defaults().withMaxChars(40);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\": \"a\", \"published\": \"1987-03-02\", \"title\": \"T\", \"text\": \"Body.\","
            + " \"source\": \"s\"}",
        "{\"id\": \"b\", \"published\": null, \"title\": null, \"text\": \"\"}",
        "{\"id\": \"c\", \"published\": \"2 March\", \"text\": \"x\"}",
        "{\"id\": \"d\", \"published\": \"Mon, 02 Mar 1987 10:00:00 GMT\", \"text\": \"x\"}",
        "{\"id\": \"e\", \"text\": \"x\\u2028y\"}",
        "{\"id\": \"f\", \"text\": \"ééééééééééééééééééééééééééééééééééééééééé\"}",
        "{\"id\": \"g\", \"title\": 5, \"text\": \"x\"}",
        "{\"id\": 7, \"text\": \"x\"}",
        "{\"id\": \"h\"}",
        "{\"id\": \" \", \"text\": \"x\"}",
        "{\"id\": \"i\", \"text\": \"x\"",
        "[1, 2]",
        "{\"text\": \"x\"}"
      })
  void readsALineAsThePipelineIntakeDoes(String line) throws IOException {
    Path f = dir.resolve("c.jsonl");
    Files.writeString(f, line + "\n", StandardCharsets.UTF_8);
    List<ReadResult> expected;
    try (Stream<ReadResult> s = DocumentSource.read(f, OPTS)) {
      expected = s.toList();
    }
    assertThat(expected).hasSize(1);
    CorpusLine.Parsed got = CorpusLine.parse(line, "c.jsonl", OPTS);
    if (expected.get(0) instanceof ReadResult.Read r) {
      assertThat(got).isEqualTo(new CorpusLine.Accepted(r.document()));
    } else {
      assertThat(got).isInstanceOf(CorpusLine.Rejected.class);
      assertThat(((CorpusLine.Rejected) got).reason())
          .isEqualTo(((ReadResult.BadRecord) expected.get(0)).reason());
    }
  }
}
