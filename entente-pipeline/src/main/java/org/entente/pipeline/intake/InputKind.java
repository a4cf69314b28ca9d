package org.entente.pipeline.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats an input can have, recognised by file name, then by its first bytes. A name with an
 * extension that no reader knows ({@code .png}, {@code .zip}, {@code .csv}…) is {@link
 * #UNSUPPORTED}: named as skipped, never read as text, unless its magic bytes say gzip, PDF or a
 * Word/OpenDocument zip ({@link #byMagic}).
 */
enum InputKind {
  TEXT,
  HTML,
  JSON_LINES,
  JSON,
  FEED,
  PDF,
  DOCX,
  ODT,
  UNSUPPORTED;

  /** Whether the kind is a binary document format (read whole, never truncated). */
  boolean binary() {
    return this == PDF || this == DOCX || this == ODT;
  }

  /** How many leading bytes {@link #sniff} looks at. */
  static final int SNIFF_BYTES = 4096;

  /** The kind that the file name says, or null when it has no extension to go by. */
  static InputKind byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl")
        || n.endsWith(".jsonl.gz")
        || n.endsWith(".ndjson")
        || n.endsWith(".ndjson.gz")) {
      return JSON_LINES;
    }
    if (n.endsWith(".json")) {
      return JSON;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
      return FEED;
    }
    if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) {
      return TEXT;
    }
    if (n.endsWith(".pdf")) {
      return PDF;
    }
    if (n.endsWith(".docx")) {
      return DOCX;
    }
    if (n.endsWith(".odt")) {
      return ODT;
    }
    int dot = n.lastIndexOf('.');
    boolean extension = dot > 0 && dot < n.length() - 1 && n.length() - dot <= 6;
    return extension && n.substring(dot + 1).chars().allMatch(Character::isLetterOrDigit)
        ? UNSUPPORTED
        : null;
  }

  /**
   * The kind that the first bytes suggest: gzip is taken for compressed JSON Lines, a zip for a
   * Word or OpenDocument file (told apart by {@link #zipKind}).
   */
  static InputKind sniff(byte[] head, int length) {
    if (isGzip(head, length)) {
      return JSON_LINES;
    }
    if (length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
      return PDF;
    }
    if (isZip(head, length)) {
      return zipKind(head, length);
    }
    String s =
        new String(head, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
            .replace("\u00EF\u00BB\u00BF", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (s.startsWith("[")) {
      return JSON;
    }
    if (s.startsWith("{")) {
      int nl = s.indexOf('\n');
      String first = (nl < 0 ? s : s.substring(0, nl)).strip();
      // One object a line ends its first line with '}'; a pretty-printed document does not.
      return first.endsWith("}") || nl < 0 ? JSON_LINES : JSON;
    }
    if (s.startsWith("<")) {
      if (s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf")) {
        return FEED;
      }
      if (s.contains("<html") || s.contains("<!doctype html") || s.contains("<body")) {
        return HTML;
      }
    }
    return TEXT;
  }

  /**
   * The kind that unmistakable magic bytes give (gzip, PDF, a Word or OpenDocument zip), or null:
   * how a file whose extension no reader knows may still be read, never as text.
   */
  static InputKind byMagic(byte[] head, int length) {
    boolean magic =
        isGzip(head, length)
            || isZip(head, length)
            || (length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    if (!magic) {
      return null;
    }
    InputKind kind = sniff(head, length);
    return kind == UNSUPPORTED ? null : kind;
  }

  static boolean isGzip(byte[] head, int length) {
    return length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  static boolean isZip(byte[] head, int length) {
    return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /** A zip whose first entries name an OpenDocument text or a Word document; else unsupported. */
  private static InputKind zipKind(byte[] head, int length) {
    String s = new String(head, 0, length, StandardCharsets.ISO_8859_1);
    if (s.contains("application/vnd.oasis.opendocument.text")) {
      return ODT;
    }
    if (s.contains("word/") || s.contains("[Content_Types].xml")) {
      return DOCX;
    }
    return UNSUPPORTED;
  }
}
