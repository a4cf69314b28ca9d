package org.entente.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.entente.model.Document;
import org.jsoup.Jsoup;

/**
 * A minimal reader for ingest, private to the store until the pipeline's intake lands: JSON Lines
 * corpora ({@code id, published, title, text, source}; gzip or not), plain text (id: file name
 * without extension), HTML (body text via jsoup) and RSS/Atom feeds (one document per entry).
 */
final class PathInput implements DocumentInput {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Path> paths;

  PathInput(List<Path> paths) {
    this.paths = List.copyOf(paths);
  }

  @Override
  public void read(Consumer<Document> sink, Consumer<String> bad) throws IOException {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path f : files) {
          readFile(f, sink, bad);
        }
      } else if (Files.isRegularFile(p)) {
        readFile(p, sink, bad);
      } else {
        throw new IOException("no such file or directory: " + p);
      }
    }
  }

  private static void readFile(Path f, Consumer<Document> sink, Consumer<String> bad)
      throws IOException {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")) {
      readJsonLines(f, sink, bad);
    } else if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      readFeed(f, sink, bad);
    } else if (name.endsWith(".html") || name.endsWith(".htm")) {
      org.jsoup.nodes.Document h = Jsoup.parse(f.toFile(), null);
      sink.accept(new Document(stem(f), f.toString(), null, h.title(), h.body().wholeText()));
    } else if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
      byte[] b = Files.readAllBytes(f);
      sink.accept(new Document(stem(f), f.toString(), null, null, utf8(b)));
    }
  }

  static void readJsonLines(Path f, Consumer<Document> sink, Consumer<String> bad)
      throws IOException {
    try (InputStream raw = Files.newInputStream(f);
        InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode o = JSON.readTree(line);
          String id = text(o, "id");
          String text = text(o, "text");
          if (id == null || id.isBlank() || text == null) {
            bad.accept(f + ":" + n + ": missing id or text");
            continue;
          }
          sink.accept(
              new Document(
                  id, text(o, "source"), date(text(o, "published")), text(o, "title"), text));
        } catch (IOException | RuntimeException e) {
          bad.accept(f + ":" + n + ": " + e.getMessage());
        }
      }
    }
  }

  private static void readFeed(Path f, Consumer<Document> sink, Consumer<String> bad)
      throws IOException {
    SyndFeed feed;
    try (XmlReader x = new XmlReader(f.toFile())) {
      feed = new SyndFeedInput().build(x);
    } catch (FeedException | IllegalArgumentException e) {
      bad.accept(f + ": not a feed: " + e.getMessage());
      return;
    }
    int i = 0;
    for (SyndEntry e : feed.getEntries()) {
      i++;
      String id =
          e.getUri() != null ? e.getUri() : e.getLink() != null ? e.getLink() : stem(f) + "#" + i;
      String body =
          e.getDescription() != null ? Jsoup.parse(e.getDescription().getValue()).text() : "";
      if (!e.getContents().isEmpty()) {
        body = Jsoup.parse(e.getContents().get(0).getValue()).text();
      }
      LocalDate d =
          e.getPublishedDate() == null
              ? null
              : e.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      sink.accept(new Document(id, e.getLink(), d, e.getTitle(), body));
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String stem(Path f) {
    String n = f.getFileName().toString();
    int dot = n.indexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
