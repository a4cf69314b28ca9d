package org.entente.pipeline.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.entente.model.Document;
import org.entente.pipeline.repair.DecodedText;
import org.entente.pipeline.repair.TextDecoder;

/**
 * The facade for reading inputs into {@link Document documents}: files (plain text, HTML, RSS/Atom
 * feeds, JSON Lines, gzip-compressed JSON Lines), directories of these (recursive, sorted, hidden
 * files skipped) and standard input. The kind of a file comes from its name, else from its first
 * bytes.
 *
 * <pre>{@code
 * try (Stream<ReadResult> results = DocumentSource.read(paths, ReadOptions.defaults())) {
 *   results.forEach(...);
 * }
 * }</pre>
 *
 * <p>Reading never throws on content: an empty, binary or unreadable file, or a bad JSON Lines
 * record, is a {@link ReadResult.BadRecord} that names it and the reason, and reading goes on.
 * Streams are lazy (a JSON Lines corpus is read a line at a time) and must be closed. Plain text
 * gets no title (none is guessed) and the caller's default publication date; its id is the file
 * name without extension. See {@link ReadOptions} for the size policy. Thread-safe.
 */
public final class DocumentSource {

  private DocumentSource() {}

  /** Reads every path in order; {@code -} stands for standard input. */
  public static Stream<ReadResult> read(List<Path> paths, ReadOptions opts) {
    return paths.stream().flatMap(p -> read(p, opts));
  }

  /** Reads one file or directory; {@code -} stands for standard input. */
  public static Stream<ReadResult> read(Path path, ReadOptions opts) {
    if (path.toString().equals("-")) {
      return readStdin(System.in, opts);
    }
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(p -> !isHidden(path, p))
            .filter(Files::isRegularFile)
            .sorted()
            .forEach(files::add);
      } catch (IOException | RuntimeException e) {
        return Stream.of(new ReadResult.BadRecord(path.toString(), "unreadable directory: " + e));
      }
      return files.stream().flatMap(f -> readFile(f, opts));
    }
    return readFile(path, opts);
  }

  /**
   * Reads standard input (or any stream): JSON Lines (plain or gzip) when it starts like them, else
   * HTML, a feed or plain text with the id {@code stdin}. The stream is closed with the result.
   */
  public static Stream<ReadResult> readStdin(InputStream in, ReadOptions opts) {
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    try {
      buffered.mark(InputKind.SNIFF_BYTES);
      byte[] head = buffered.readNBytes(InputKind.SNIFF_BYTES);
      buffered.reset();
      InputKind kind = InputKind.sniff(head, head.length);
      if (kind == InputKind.JSON_LINES) {
        return jsonLines(buffered, "stdin", "stdin", opts);
      }
      long cap = kind.binary() ? opts.maxDocumentBytes() : opts.maxBytes();
      byte[] bytes = buffered.readNBytes((int) cap);
      boolean truncated = buffered.read() >= 0;
      return Stream.of(single(kind, bytes, bytes.length, truncated, "stdin", "stdin", opts))
          .flatMap(List::stream);
    } catch (IOException e) {
      return Stream.of(new ReadResult.BadRecord("stdin", "unreadable: " + e.getMessage()));
    }
  }

  /**
   * Reads one input given as bytes, such as an upload: its kind from {@code name} (a file name),
   * else from its first bytes. The id is the name without its extension. Never throws on content.
   */
  public static List<ReadResult> readBytes(byte[] bytes, String name, ReadOptions opts) {
    try (Stream<ReadResult> s = read(new java.io.ByteArrayInputStream(bytes), name, name, opts)) {
      return s.toList();
    }
  }

  /**
   * Reads one input given as a stream (a file of another file system, an upload): its kind from
   * {@code name}, else from its first bytes; JSON Lines (gzip or not) are streamed, anything else
   * is read up to its size cap. The stream is closed with the result. Never throws on content.
   *
   * @param name the file name, for the kind and the id
   * @param where where the input is, for diagnostics and as the default source
   */
  public static Stream<ReadResult> read(
      InputStream in, String name, String where, ReadOptions opts) {
    InputKind kind = InputKind.byName(name);
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
      buffered.mark(InputKind.SNIFF_BYTES);
      byte[] head = buffered.readNBytes(InputKind.SNIFF_BYTES);
      buffered.reset();
      if (kind == InputKind.UNSUPPORTED) {
        kind = InputKind.byMagic(head, head.length);
        if (kind == null) {
          buffered.close();
          return Stream.of(new ReadResult.BadRecord(where, unsupported(name)));
        }
      }
      if (head.length == 0) {
        buffered.close();
        return Stream.of(new ReadResult.BadRecord(where, "empty"));
      }
      if (kind == null) {
        kind = InputKind.sniff(head, head.length);
      }
      if (kind == InputKind.JSON_LINES) {
        return jsonLines(buffered, where, where, opts);
      }
      long cap = kind.binary() ? opts.maxDocumentBytes() : opts.maxBytes();
      byte[] bytes;
      boolean truncated;
      try (InputStream closing = buffered) {
        bytes = closing.readNBytes((int) cap);
        truncated = closing.read() >= 0;
      }
      if (kind.binary() && truncated) {
        return Stream.of(
            new ReadResult.BadRecord(where, "larger than " + cap + " bytes: not read"));
      }
      return single(kind, bytes, bytes.length, truncated, idOf(name), where, opts).stream();
    } catch (IOException e) {
      return Stream.of(new ReadResult.BadRecord(where, "unreadable: " + e.getMessage()));
    }
  }

  private static Stream<ReadResult> readFile(Path file, ReadOptions opts) {
    String where = file.toString();
    String name = file.getFileName() == null ? where : file.getFileName().toString();
    try {
      InputKind kind = InputKind.byName(name);
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(InputKind.SNIFF_BYTES);
      }
      if (kind == InputKind.UNSUPPORTED) {
        kind = InputKind.byMagic(head, head.length);
        if (kind == null) {
          return Stream.of(new ReadResult.BadRecord(where, unsupported(name)));
        }
      }
      if (head.length == 0) {
        return Stream.of(new ReadResult.BadRecord(where, "empty"));
      }
      if (kind == null) {
        kind = InputKind.sniff(head, head.length);
        if (kind == InputKind.UNSUPPORTED) {
          return Stream.of(
              new ReadResult.BadRecord(where, "a zip archive, not a Word or OpenDocument file"));
        }
        if (kind == InputKind.JSON_LINES && !InputKind.isGzip(head, head.length)) {
          DecodedText probe = TextDecoder.decode(head);
          if (probe.binary()) {
            return Stream.of(new ReadResult.BadRecord(where, "binary content, not text"));
          }
        }
      }
      if (kind == InputKind.JSON_LINES) {
        return jsonLines(Files.newInputStream(file), where, name, opts);
      }
      long size = Files.size(file);
      long cap = kind.binary() ? opts.maxDocumentBytes() : opts.maxBytes();
      if (kind.binary() && size > cap) {
        return Stream.of(
            new ReadResult.BadRecord(where, "larger than " + cap + " bytes: not read"));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(size + 1, cap));
      }
      boolean truncated = size > bytes.length;
      return single(kind, bytes, bytes.length, truncated, idOf(name), where, opts).stream();
    } catch (NoSuchFileException e) {
      return Stream.of(new ReadResult.BadRecord(where, "no such file"));
    } catch (IOException e) {
      return Stream.of(new ReadResult.BadRecord(where, "unreadable: " + e.getMessage()));
    }
  }

  private static String unsupported(String name) {
    String ext = name.substring(name.lastIndexOf('.'));
    return "unsupported file type "
        + ext
        + ": not read (Entente reads .txt, .md, .html, .xml/.rss/.atom feeds, .json, .jsonl,"
        + " .jsonl.gz, .pdf, .docx and .odt)";
  }

  private static List<ReadResult> single(
      InputKind kind,
      byte[] bytes,
      int length,
      boolean truncated,
      String id,
      String where,
      ReadOptions opts) {
    if (length == 0) {
      return List.of(new ReadResult.BadRecord(where, "empty"));
    }
    switch (kind) {
      case FEED:
        return FeedReader.read(bytes, length, id, where, opts);
      case JSON:
        if (truncated) {
          return List.of(
              new ReadResult.BadRecord(
                  where,
                  "a JSON document larger than "
                      + length
                      + " bytes: write a corpus this large as JSON Lines"));
        }
        return JsonDocumentReader.read(bytes, length, id, where, opts);
      case PDF:
      case DOCX:
      case ODT:
        return binaryDocument(kind, bytes, length, id, where, opts);
      case UNSUPPORTED:
        return List.of(new ReadResult.BadRecord(where, "unsupported content: not read"));
      default:
        break;
    }
    DecodedText decoded = TextDecoder.decode(bytes, length, opts.charset());
    if (decoded.binary()) {
      return List.of(new ReadResult.BadRecord(where, "binary content, not text"));
    }
    List<String> warnings = new ArrayList<>();
    if (!decoded.charset().equals("UTF-8") && opts.charset() == null) {
      warnings.add(
          "decoded as " + decoded.charset() + " (confidence " + decoded.confidence() + ")");
    }
    if (decoded.lossy() && !truncated) {
      warnings.add("undecodable bytes replaced by U+FFFD");
    }
    Document doc;
    if (kind == InputKind.HTML) {
      doc = HtmlReader.read(decoded.text(), id, where, opts.defaultPublished());
      if (doc.title() == null && opts.defaultTitle() != null) {
        doc = withTitle(doc, opts.defaultTitle());
      }
    } else {
      doc = TextConventions.document(id, where, decoded.text(), opts);
    }
    return finish(doc, truncated, where, warnings, opts);
  }

  private static List<ReadResult> binaryDocument(
      InputKind kind, byte[] bytes, int length, String id, String where, ReadOptions opts) {
    String text;
    String title = null;
    try {
      if (kind == InputKind.PDF) {
        PdfText.Text pdf = PdfText.read(bytes, length);
        text = pdf.text();
        title = pdf.title();
      } else if (kind == InputKind.DOCX) {
        text = OfficeText.docx(bytes, length);
      } else {
        text = OfficeText.odt(bytes, length, opts.maxDocumentBytes());
      }
    } catch (UnreadableInput e) {
      return List.of(new ReadResult.BadRecord(where, e.getMessage()));
    }
    Document doc = TextConventions.document(id, where, text, opts);
    if (doc.title() == null && title != null) {
      doc = withTitle(doc, title);
    }
    return finish(doc, false, where, new ArrayList<>(), opts);
  }

  private static Document withTitle(Document doc, String title) {
    return new Document(doc.id(), doc.source(), doc.published(), title, doc.text());
  }

  private static List<ReadResult> finish(
      Document doc, boolean truncated, String where, List<String> warnings, ReadOptions opts) {
    if (doc.text().isBlank()) {
      return List.of(new ReadResult.BadRecord(where, "empty"));
    }
    if (truncated || doc.text().length() > opts.maxChars()) {
      doc =
          new Document(
              doc.id(),
              doc.source(),
              doc.published(),
              doc.title(),
              cut(doc.text(), opts.maxChars()));
      warnings.add("input truncated to its first " + opts.maxChars() + " characters");
    }
    return List.of(new ReadResult.Read(doc, where, warnings));
  }

  private static Stream<ReadResult> jsonLines(
      InputStream raw, String where, String defaultSource, ReadOptions opts) throws IOException {
    InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 64 * 1024);
    in.mark(2);
    byte[] magic = in.readNBytes(2);
    in.reset();
    CompressedInput compressed = null;
    if (InputKind.isGzip(magic, magic.length)) {
      try {
        compressed = new CompressedInput(new GZIPInputStream(in, 64 * 1024));
      } catch (IOException e) {
        in.close();
        return Stream.of(
            new ReadResult.BadRecord(where, "not a readable gzip file: " + e.getMessage()));
      }
      in = compressed;
    }
    JsonLinesReader reader =
        new JsonLinesReader(
            new InputStreamReader(in, StandardCharsets.UTF_8),
            where,
            defaultSource,
            opts,
            compressed);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(reader::close);
  }

  /** {@code text} cut to at most {@code max} chars, not inside a surrogate pair. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  private static String idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static boolean isHidden(Path root, Path p) {
    Path rel = root.relativize(p);
    return Arrays.stream(rel.toString().split("[/\\\\]")).anyMatch(s -> s.startsWith("."));
  }
}
