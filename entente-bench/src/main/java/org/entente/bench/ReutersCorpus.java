package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.entente.model.Document;

/**
 * The benchmark corpus: Reuters-21578 as gzipped JSON Lines ({@code id}, {@code published}, {@code
 * title}, {@code text}; other fields are ignored), read into memory.
 *
 * @param documents the documents, in file order
 * @param utf8Bytes the size of their {@link Document#fullText() full texts} in UTF-8, the measure
 *     of throughput
 */
public record ReutersCorpus(List<Document> documents, long utf8Bytes) {

  /** The system property that names the corpus file. */
  public static final String PROPERTY = "entente.corpus";

  /** The corpus file when the property is not set, relative to the working directory. */
  public static final String DEFAULT_PATH = "../shared/corpus/reuters21578.jsonl.gz";

  public ReutersCorpus {
    documents = List.copyOf(documents);
  }

  /** The file named by {@value #PROPERTY}, or {@value #DEFAULT_PATH}. */
  public static Path configuredPath() {
    return Path.of(System.getProperty(PROPERTY, DEFAULT_PATH));
  }

  /**
   * Reads the first {@code limit} documents of {@code file} (all when {@code limit <= 0}).
   *
   * @throws IOException when the file is missing or unreadable, naming it
   */
  public static ReutersCorpus load(Path file, int limit) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "corpus not found: " + file.toAbsolutePath() + " (set -D" + PROPERTY + "=<file>)");
    }
    ObjectMapper json = new ObjectMapper();
    List<Document> documents = new ArrayList<>();
    long bytes = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (limit > 0 && documents.size() >= limit) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        Document document =
            new Document(
                node.path("id").asText("doc-" + documents.size()),
                "reuters21578",
                date(node.path("published").asText(null)),
                node.path("title").asText(null),
                node.path("text").asText(""));
        documents.add(document);
        bytes += document.fullText().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return new ReutersCorpus(documents, bytes);
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
