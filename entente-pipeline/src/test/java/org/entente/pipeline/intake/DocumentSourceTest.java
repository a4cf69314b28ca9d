package org.entente.pipeline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.entente.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourceTest {

  private static final LocalDate DAY = LocalDate.of(2025, 4, 16);
  private static final ReadOptions OPTS = ReadOptions.defaults().withDefaultPublished(DAY);

  @TempDir Path dir;

  private static List<ReadResult> read(Path p, ReadOptions opts) {
    try (Stream<ReadResult> s = DocumentSource.read(List.of(p), opts)) {
      return s.toList();
    }
  }

  private static Document only(List<ReadResult> results) {
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Read.class);
    return ((ReadResult.Read) results.get(0)).document();
  }

  private static List<String> bad(List<ReadResult> results) {
    return results.stream()
        .filter(r -> r instanceof ReadResult.BadRecord)
        .map(r -> r.where().replaceAll(".*[/\\\\]", "") + " " + ((ReadResult.BadRecord) r).reason())
        .toList();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  @Test
  void readsPlainTextWithoutGuessingATitle() throws IOException {
    Path f = write("talks-in-rabat.txt", "Ministers met in Rabat.\n\nThey agreed to meet again.\n");
    Document d = only(read(f, OPTS));
    assertThat(d.id()).isEqualTo("talks-in-rabat");
    assertThat(d.title()).isNull();
    assertThat(d.published()).isEqualTo(DAY);
    assertThat(d.text()).isEqualTo("Ministers met in Rabat.\n\nThey agreed to meet again.\n");
    assertThat(d.source()).endsWith("talks-in-rabat.txt");
  }

  @Test
  void readsHtmlArticleTitleDateAndParagraphs() throws IOException {
    Path f =
        write(
            "page.html",
            """
            <!doctype html><html><head><title>Site | Talks</title>
            <meta property="og:title" content="Ministers agree to meet again">
            <meta property="article:published_time" content="2024-10-28T09:30:00+01:00">
            <style>p { color: red }</style><script>var x = "no";</script></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <article><h1>Ministers agree to meet again</h1>
            <p>The two  ministers met in <b>Rabat</b>
            on Monday.</p><aside>Read more</aside><p>They agreed to meet again.</p>
            <form><input name="q"><button>Search</button></form></article>
            <footer>© News site</footer></body></html>
            """);
    Document d = only(read(f, OPTS));
    assertThat(d.id()).isEqualTo("page");
    assertThat(d.title()).isEqualTo("Ministers agree to meet again");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 10, 28));
    assertThat(d.text())
        .isEqualTo("The two ministers met in Rabat on Monday.\n\nThey agreed to meet again.");
  }

  @Test
  void findsPublicationDatesInJsonLdMetaAndTime() throws IOException {
    String jsonLd =
        "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2023-05-04T10:00:00Z\"}]}</script></head><body><p>x</p></body></html>";
    String meta =
        "<html><head><meta name=\"DC.date\" content=\"2022-01-02\"></head><body>x</body></html>";
    String time =
        "<html><body><p>Posted <time datetime=\"2021-12-31\">Friday</time></p></body></html>";
    String none = "<html><body><main><h1>Head</h1><p>Body</p></main></body></html>";
    assertThat(only(read(write("a.html", jsonLd), OPTS)).published()).isEqualTo("2023-05-04");
    assertThat(only(read(write("b.htm", meta), OPTS)).published()).isEqualTo("2022-01-02");
    assertThat(only(read(write("c.html", time), OPTS)).published()).isEqualTo("2021-12-31");
    Document d = only(read(write("d.html", none), OPTS));
    assertThat(d.published()).isEqualTo(DAY);
    assertThat(d.title()).isEqualTo("Head");
    assertThat(d.text()).isEqualTo("Body");
  }

  @Test
  void readsJsonLinesAndNamesBadRecords() throws IOException {
    String big = "x".repeat(2_000);
    Path f =
        write(
            "corpus.jsonl",
            String.join(
                "\n",
                "{\"id\": \"c-1\", \"published\": \"1987-03-02\", \"title\": \"TALKS\", \"text\":"
                    + " \"Japan and the U.S. ...\", \"source\": \"test\"}",
                "",
                "{\"id\": \"c-2\", \"published\": null, \"title\": null, \"text\": \"\"}",
                "{\"id\": \"c-3\", \"text\": ",
                "{\"text\": \"no id\"}",
                "{\"id\": \"c-5\"}",
                "{\"id\": 6, \"text\": \"numeric id\"}",
                "{\"id\": \"c-7\", \"title\": [\"a\"], \"text\": \"t\"}",
                "[1, 2]",
                "{\"id\": \"c-9\", \"text\": \"" + big + "\"}",
                "{\"id\": \"c-10\", \"published\": \"soon\", \"text\": \"ok\"}\r",
                ""));
    List<ReadResult> results = read(f, OPTS.withMaxChars(1_000));
    List<String> bad = bad(results);
    assertThat(bad.get(0)).isEqualTo("corpus.jsonl:3 empty text");
    assertThat(bad.get(1)).startsWith("corpus.jsonl:4 malformed JSON: Unexpected end-of-input");
    assertThat(bad.subList(2, bad.size()))
        .containsExactly(
            "corpus.jsonl:5 missing id",
            "corpus.jsonl:6 missing text",
            "corpus.jsonl:7 id is not a string",
            "corpus.jsonl:8 title is not a string",
            "corpus.jsonl:9 not a JSON object",
            "corpus.jsonl:10 text longer than 1000 characters (2000)");
    List<Document> docs =
        results.stream()
            .filter(r -> r instanceof ReadResult.Read)
            .map(r -> ((ReadResult.Read) r).document())
            .toList();
    assertThat(docs).extracting(Document::id).containsExactly("c-1", "c-10");
    assertThat(docs.get(0).published()).isEqualTo("1987-03-02");
    assertThat(docs.get(0).source()).isEqualTo("test");
    assertThat(docs.get(1).published()).isEqualTo(DAY);
    assertThat(docs.get(1).source()).isEqualTo("corpus.jsonl");
    assertThat(((ReadResult.Read) results.get(results.size() - 1)).warnings())
        .containsExactly("published is not a date: soon");
  }

  @Test
  void readsGzipJsonLinesSniffedByMagicBytes() throws IOException {
    Path f = dir.resolve("corpus.data");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(
          "{\"id\": \"g-1\", \"text\": \"one\"}\n{\"id\": \"g-2\", \"text\": \"two\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(f, OPTS))
        .map(r -> ((ReadResult.Read) r).document().id())
        .containsExactly("g-1", "g-2");
  }

  @Test
  void skipsAnOverlongJsonLineInBoundedMemory() throws IOException {
    Path f =
        write(
            "long.jsonl",
            "{\"id\": \"a\", \"text\": \""
                + "y".repeat(300_000)
                + "\"}\n{\"id\": \"b\", \"text\": \"ok\"}\n");
    List<ReadResult> results = read(f, OPTS.withMaxChars(10));
    assertThat(bad(results)).containsExactly("long.jsonl:1 record longer than 65556 characters");
    assertThat(results.get(1)).isInstanceOf(ReadResult.Read.class);
  }

  @Test
  void readsRssAndAtomEntries() throws IOException {
    Path rss =
        write(
            "feed.rss",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>News</title><link>https://example.org</link>
            <description>d</description>
            <item><title>Talks in Rabat</title><link>https://example.org/1</link>
            <guid>urn:news:1</guid><pubDate>Mon, 28 Oct 2024 09:00:00 GMT</pubDate>
            <description>&lt;p&gt;Ministers &lt;b&gt;met&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Again.&lt;/p&gt;</description>
            </item>
            <item><title>Second</title><link>https://example.org/2</link><description>Plain</description></item>
            </channel></rss>
            """);
    List<ReadResult> results = read(rss, OPTS);
    assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Read);
    Document first = ((ReadResult.Read) results.get(0)).document();
    assertThat(first.id()).isEqualTo("urn:news:1");
    assertThat(first.title()).isEqualTo("Talks in Rabat");
    assertThat(first.published()).isEqualTo("2024-10-28");
    assertThat(first.text()).isEqualTo("Ministers met.\n\nAgain.");
    Document second = ((ReadResult.Read) results.get(1)).document();
    assertThat(second.id()).isEqualTo("https://example.org/2");
    assertThat(second.published()).isEqualTo(DAY);

    Path atom =
        write(
            "updates",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:feed</id>
            <updated>2025-01-02T00:00:00Z</updated>
            <entry><title>Summit</title><id>urn:entry:1</id><updated>2025-01-02T00:00:00Z</updated>
            <content type="html">&lt;p&gt;Leaders met.&lt;/p&gt;</content></entry></feed>
            """);
    Document entry = only(read(atom, OPTS));
    assertThat(entry.id()).isEqualTo("urn:entry:1");
    assertThat(entry.published()).isEqualTo("2025-01-02");
    assertThat(entry.text()).isEqualTo("Leaders met.");
  }

  @Test
  void walksDirectoriesSortedSkippingHiddenFiles() throws IOException {
    write("b/second.txt", "Second.");
    write("a/first.html", "<html><body><p>First.</p></body></html>");
    write("a/.hidden.txt", "Hidden.");
    write(".git/config", "Hidden too.");
    write("c/notes", "Sniffed as text.");
    write("c/data", "{\"id\": \"j-1\", \"text\": \"Sniffed as JSON Lines.\"}\n");
    List<ReadResult> results = read(dir, OPTS);
    assertThat(results)
        .map(r -> ((ReadResult.Read) r).document().text())
        .containsExactly("First.", "Second.", "Sniffed as JSON Lines.", "Sniffed as text.");
  }

  @Test
  void reportsEmptyBinaryAndMissingFiles() throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    write("blank.txt", " \n\n ");
    Files.write(
        dir.resolve("image.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10});
    byte[] noise = new byte[50_000];
    new java.util.Random(7).nextBytes(noise);
    Files.write(dir.resolve("noise"), noise);
    List<ReadResult> results = read(dir, OPTS);
    assertThat(bad(results))
        .containsExactly(
            "blank.txt empty",
            "empty.txt empty",
            "image.jpg unsupported file type .jpg: not read (Entente reads .txt, .md, .html,"
                + " .xml/.rss/.atom feeds, .json, .jsonl, .jsonl.gz, .pdf, .docx and .odt)",
            "noise binary content, not text");
    assertThat(bad(read(dir.resolve("missing.txt"), OPTS)))
        .containsExactly("missing.txt no such file");
  }

  @Test
  void decodesInvalidUtf8WithoutThrowing() throws IOException {
    Path f = dir.resolve("latin.txt");
    Files.write(
        f,
        "Le ministre a déclaré à Genève que l'accord était prêt."
            .getBytes(Charset.forName("windows-1252")));
    ReadResult.Read r = (ReadResult.Read) read(f, OPTS).get(0);
    assertThat(r.document().text())
        .isEqualTo("Le ministre a déclaré à Genève que l'accord était prêt.");
    assertThat(r.warnings()).anyMatch(w -> w.startsWith("decoded as "));
    Path broken = dir.resolve("broken.txt");
    Files.write(broken, new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28, (byte) 0xA0, 'z'});
    assertThat(read(broken, OPTS).get(0)).isInstanceOf(ReadResult.Read.class);
  }

  @Test
  void capsAHugeFileAndSaysSo() throws IOException {
    Path f = dir.resolve("huge.txt");
    byte[] block =
        "The ministers met again and again. ".repeat(3_000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(f)) {
      for (long written = 0; written < 100L * 1024 * 1024; written += block.length) {
        out.write(block);
      }
    }
    ReadResult.Read r = (ReadResult.Read) only0(read(f, OPTS));
    assertThat(r.document().text()).hasSize(ReadOptions.DEFAULT_MAX_CHARS);
    assertThat(r.warnings()).contains("input truncated to its first 5000000 characters");
  }

  @Test
  void readsAOneMegabyteLineWithoutSpaces() throws IOException {
    Path f = write("line.txt", "x".repeat(1 << 20));
    assertThat(only(read(f, OPTS)).text()).hasSize(1 << 20);
  }

  @Test
  void sniffsStandardInput() {
    byte[] jsonl = "{\"id\": \"s-1\", \"text\": \"from stdin\"}\n".getBytes(StandardCharsets.UTF_8);
    try (Stream<ReadResult> s = DocumentSource.readStdin(new ByteArrayInputStream(jsonl), OPTS)) {
      assertThat(s.toList()).map(r -> ((ReadResult.Read) r).document().id()).containsExactly("s-1");
    }
    byte[] text = "Plain words.".getBytes(StandardCharsets.UTF_8);
    try (Stream<ReadResult> s = DocumentSource.readStdin(new ByteArrayInputStream(text), OPTS)) {
      Document d = only(s.toList());
      assertThat(d.id()).isEqualTo("stdin");
      assertThat(d.text()).isEqualTo("Plain words.");
    }
  }

  @Test
  void readsTheSharedCorpusSample() {
    Path sample =
        Path.of(System.getProperty("entente.shared", "../shared"))
            .resolve("corpus/reuters21578-sample.jsonl");
    assumeTrue(Files.isRegularFile(sample), "no shared corpus sample");
    List<ReadResult> results = read(sample, ReadOptions.defaults());
    assertThat(results).hasSize(200).allMatch(r -> r instanceof ReadResult.Read);
  }

  private static ReadResult only0(List<ReadResult> results) {
    assertThat(results).hasSize(1);
    return results.get(0);
  }
}
