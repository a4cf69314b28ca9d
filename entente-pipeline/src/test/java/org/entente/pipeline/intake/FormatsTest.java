package org.entente.pipeline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.entente.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats analysts hold, and the inputs that broke the older readers. */
class FormatsTest {

  @TempDir Path dir;

  static String communique() throws IOException {
    try (InputStream in = FormatsTest.class.getResourceAsStream("/intake/communique.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

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

  private static List<Document> docs(List<ReadResult> results) {
    return results.stream()
        .filter(r -> r instanceof ReadResult.Read)
        .map(r -> ((ReadResult.Read) r).document())
        .toList();
  }

  private static byte[] corpus(int records) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= records; i++) {
      sb.append("{\"id\": \"r-")
          .append(i)
          .append("\", \"text\": \"Record ")
          .append(i)
          .append(" of a corpus, with enough words to be compressed into many bytes ")
          .append(Long.toHexString(i * 0x9E3779B97F4A7C15L))
          .append(".\"}\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  @Test
  void truncatedGzipYieldsEveryCompleteRecordBeforeTheBreakAndNamesIt() throws IOException {
    byte[] whole = gzip(corpus(2_000));
    Path f = dir.resolve("cut.jsonl.gz");
    Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
    List<ReadResult> results = read(f, ReadOptions.defaults());
    List<Document> docs = docs(results);
    assertThat(docs).isNotEmpty();
    // every record before the break, in order, and nothing invented after it
    for (int i = 0; i < docs.size(); i++) {
      assertThat(docs.get(i).id()).isEqualTo("r-" + (i + 1));
    }
    assertThat(docs.size()).isLessThan(2_000);
    List<String> bad = bad(results);
    assertThat(bad).hasSize(1);
    int line = docs.size() + 1;
    assertThat(bad.get(0))
        .startsWith("cut.jsonl.gz:" + line + " compressed data end early (truncated file)");
    // the complete records recoverable from the truncated bytes are all there
    assertThat(docs.size()).isGreaterThan(2_000 / 2 - 200);
  }

  @Test
  void corruptGzipBlockKeepsTheRecordsBeforeIt() throws IOException {
    byte[] whole = gzip(corpus(2_000));
    byte[] broken = whole.clone();
    for (int i = whole.length / 2; i < whole.length / 2 + 64; i++) {
      broken[i] = (byte) (broken[i] ^ 0x5A);
    }
    Path f = dir.resolve("corrupt.jsonl.gz");
    Files.write(f, broken);
    List<ReadResult> results = read(f, ReadOptions.defaults());
    List<Document> docs = docs(results);
    // Deflate finds some corruptions only at the checksum: the lines it inflated from the damaged
    // block are named as malformed, the records before it are all there, and the end is named.
    assertThat(docs.size()).isGreaterThan(900);
    for (int i = 0; i < 900; i++) {
      assertThat(docs.get(i).id()).isEqualTo("r-" + (i + 1));
    }
    List<String> bad = bad(results);
    assertThat(bad.get(bad.size() - 1)).contains("compressed data are corrupt");
  }

  @Test
  void decodesUtf16WithABom() throws IOException {
    Path f = dir.resolve("utf16.txt");
    byte[] body = "Ministers met in Rabat on Monday.".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(f, withBom);
    assertThat(only(read(f, ReadOptions.defaults())).text())
        .isEqualTo("Ministers met in Rabat on Monday.");
  }

  @Test
  void readsAPrettyPrintedJsonDocumentAndAnArray() throws IOException {
    Path one = dir.resolve("one.json");
    Files.writeString(
        one,
        "{\n  \"id\": \"doc-1\",\n  \"published\": \"2026-04-16\",\n  \"title\": \"Talks\",\n"
            + "  \"text\": \"Ministers met in Rabat.\"\n}\n");
    Document d = only(read(one, ReadOptions.defaults()));
    assertThat(d.id()).isEqualTo("doc-1");
    assertThat(d.title()).isEqualTo("Talks");
    assertThat(d.published()).isEqualTo(LocalDate.of(2026, 4, 16));

    Path many = dir.resolve("many.json");
    Files.writeString(
        many,
        "[\n {\"text\": \"First.\"},\n {\"text\": 42},\n {\"id\": \"x\", \"text\": \"\"},\n"
            + " {\"id\": \"y\", \"text\": \"Third.\"}\n]");
    List<ReadResult> results = read(many, ReadOptions.defaults());
    assertThat(docs(results)).extracting(Document::id).containsExactly("many-1", "y");
    assertThat(bad(results))
        .containsExactly("many.json[1] text is not a string", "many.json[2] empty text");

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"id\": \"b\",\n  \"text\": \n");
    assertThat(bad(read(broken, ReadOptions.defaults())).get(0))
        .startsWith("broken.json:4 malformed JSON");
  }

  @Test
  void namesEveryOtherTypeAsSkipped() throws IOException {
    Files.writeString(dir.resolve("table.csv"), "a,b\n1,2\n");
    Files.write(dir.resolve("archive.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});
    List<ReadResult> results = read(dir, ReadOptions.defaults());
    assertThat(bad(results)).hasSize(2).allMatch(s -> s.contains("unsupported file type"));
  }

  @Test
  void plainTextTitleLineAndDatelineDate() throws IOException {
    String text = communique();
    Path f = dir.resolve("communique.txt");
    Files.writeString(f, text);
    Document d = only(read(f, ReadOptions.defaults()));
    assertThat(d.title())
        .isEqualTo("Chile and New Zealand agree to widen cooperation on fisheries");
    assertThat(d.published()).isEqualTo(LocalDate.of(2026, 9, 22));
    assertThat(d.fullText()).isEqualTo(text);
    // a date given by the caller wins over the dateline
    LocalDate given = LocalDate.of(2026, 9, 23);
    assertThat(only(read(f, ReadOptions.defaults().withDefaultPublished(given))).published())
        .isEqualTo(given);
    // a first sentence is not a title
    Path g = dir.resolve("sentence.txt");
    Files.writeString(g, "Ministers met in Rabat.\n\nThey agreed to meet again.\n");
    assertThat(only(read(g, ReadOptions.defaults().withDefaultTitle("Given"))).title())
        .isEqualTo("Given");
  }

  @Test
  void readsDatelinesInTheirCommonForms() {
    assertThat(TextConventions.dateline("BRUSSELS, 22 September 2026 – The EU"))
        .isEqualTo(LocalDate.of(2026, 9, 22));
    assertThat(TextConventions.dateline("Rabat, May 7, 2026 - Ministers"))
        .isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(TextConventions.dateline("NEW DELHI, Tuesday, 3 Feb. 2026 — Talks"))
        .isEqualTo(LocalDate.of(2026, 2, 3));
    assertThat(TextConventions.dateline("Ministers met on 22 September 2026 – in Rabat")).isNull();
    assertThat(TextConventions.dateline("PARIS, 31 February 2026 – Nothing")).isNull();
  }

  private static String words(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void readsAPdfCommuniqueAsItsPlainText() throws IOException {
    String text = communique();
    Path f = dir.resolve("communique.pdf");
    CommuniqueFiles.pdf(text, f);
    Document d = only(read(f, ReadOptions.defaults()));
    Document plain = TextConventions.document("c", "c", text, ReadOptions.defaults());
    assertThat(d.title()).isEqualTo(plain.title());
    assertThat(d.published()).isEqualTo(plain.published());
    assertThat(d.text()).isEqualTo(plain.text().strip());
  }

  @Test
  void readsWordAndOpenDocumentCommuniquesAsTheirPlainText() throws IOException {
    String text = communique();
    Document plain = TextConventions.document("c", "c", text, ReadOptions.defaults());
    Path docx = dir.resolve("communique.docx");
    CommuniqueFiles.docx(text, docx);
    Path odt = dir.resolve("communique.odt");
    CommuniqueFiles.odt(text, odt);
    for (Path f : List.of(docx, odt)) {
      Document d = only(read(f, ReadOptions.defaults()));
      assertThat(d.title()).as(f.toString()).isEqualTo(plain.title());
      assertThat(d.published()).isEqualTo(plain.published());
      assertThat(d.text()).isEqualTo(plain.text().strip());
    }
  }

  @Test
  void refusesDamagedDocumentsWithAReason() throws IOException {
    Files.writeString(dir.resolve("fake.pdf"), "%PDF-1.4 nothing else");
    Files.writeString(dir.resolve("fake.docx"), "not a zip");
    List<String> bad = bad(read(dir, ReadOptions.defaults()));
    assertThat(bad).hasSize(2);
    assertThat(bad.get(0)).startsWith("fake.docx damaged Word document");
    assertThat(bad.get(1)).startsWith("fake.pdf damaged PDF");
  }

  @Test
  void skipReportNamesCountsAndSetsTheExitCode() throws IOException {
    Path f = dir.resolve("mixed.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": 42}\n"
            + "{\"id\": \"c\", \"text\": \"\"}\n");
    java.io.StringWriter log = new java.io.StringWriter();
    SkipReport report = new SkipReport(new java.io.PrintWriter(log));
    List<Document> read = new ArrayList<>();
    try (Stream<ReadResult> s = DocumentSource.read(List.of(f), ReadOptions.defaults())) {
      report.track(s).forEach(r -> read.add(r.document()));
    }
    assertThat(read).extracting(Document::id).containsExactly("a");
    assertThat(report.summary()).isEqualTo("1 document read, 2 skipped");
    assertThat(report.exitCode()).isZero();
    assertThat(log.toString())
        .contains("entente: skipped " + f + ":2: text is not a string")
        .contains("entente: skipped " + f + ":3: empty text");
    assertThat(report.toJson()).hasSize(2);
    SkipReport none = new SkipReport(null);
    none.skip(new ReadResult.BadRecord("x", "empty"));
    assertThat(none.exitCode()).isEqualTo(1);
  }
}
