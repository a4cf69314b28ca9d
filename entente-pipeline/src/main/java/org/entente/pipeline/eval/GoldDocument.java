package org.entente.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.Document;
import org.entente.pipeline.json.ExtractionJson;

/**
 * One annotated document of a gold set, in the format of {@code ../shared/eval/GUIDELINES.md}.
 * Records are kept as JSON trees, exactly as the reference scorer reads them.
 *
 * @param json the whole annotation
 */
public record GoldDocument(JsonNode json) {

  public String id() {
    return json.path("id").asText();
  }

  /**
   * The publication date. An annotator who knows only the year or the month writes "2015" or
   * "2015-03": the last day of that period stands for it, since news speaks mostly of what has
   * happened. Anything else reads as unknown.
   */
  public LocalDate published() {
    JsonNode p = json.get("published");
    if (p == null || p.isNull()) {
      return null;
    }
    String s = p.asText().strip();
    try {
      return switch (s.length()) {
        case 4 -> Year.parse(s).atMonth(12).atEndOfMonth();
        case 7 -> YearMonth.parse(s).atEndOfMonth();
        default -> LocalDate.parse(s);
      };
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String text() {
    return json.path("text").asText("");
  }

  /** The gold records of {@code category} (persons, meetings, agreements, commitments). */
  public List<JsonNode> records(String category) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode a = json.get(category);
    if (a instanceof ArrayNode arr) {
      arr.forEach(out::add);
    }
    return out;
  }

  /** The document to extract from: the stored text is the whole text, title line included. */
  public Document toDocument() {
    return new Document(id(), json.path("source").asText(null), published(), null, text());
  }

  /** Reads every {@code *.json} file of {@code dir}, sorted by file name. */
  public static List<GoldDocument> readDir(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<GoldDocument> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        try {
          out.add(new GoldDocument(ExtractionJson.mapper().readTree(f.toFile())));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read gold file " + f + ": " + e.getMessage(), e);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list gold directory " + dir, e);
    }
  }
}
