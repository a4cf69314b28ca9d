package org.entente.pipeline.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats an input can have, recognised by file name, then by its first bytes. */
enum InputKind {
  TEXT,
  HTML,
  JSON_LINES,
  FEED;

  /** How many leading bytes {@link #sniff} looks at. */
  static final int SNIFF_BYTES = 4096;

  /** The kind that the file name says, or null when it says nothing. */
  static InputKind byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
      return FEED;
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return TEXT;
    }
    return null;
  }

  /** The kind that the first bytes suggest; gzip is taken for compressed JSON Lines. */
  static InputKind sniff(byte[] head, int length) {
    if (isGzip(head, length)) {
      return JSON_LINES;
    }
    String s =
        new String(head, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
            .replace("\u00EF\u00BB\u00BF", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (s.startsWith("{")) {
      return JSON_LINES;
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

  static boolean isGzip(byte[] head, int length) {
    return length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }
}
