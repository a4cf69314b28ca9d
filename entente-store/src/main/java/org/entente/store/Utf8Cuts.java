package org.entente.store;

import java.nio.charset.StandardCharsets;

/**
 * Cuts spans out of a text held as UTF-8 bytes, by the UTF-16 offsets spans use (those of a Java
 * {@code String}), decoding only the spans: reading the evidence of thousands of documents then
 * costs a walk over their bytes instead of decoding each whole text into a string. Only well-formed
 * UTF-8, as Java's encoder writes it, is walked; on anything else {@link #cut} answers null and the
 * caller decodes the whole text as a string, so that both ways give the same text. Not thread-safe;
 * one per text.
 */
final class Utf8Cuts {

  private final byte[] bytes;

  /** Where the walk is: a byte offset and the UTF-16 offset it stands for. */
  private int pos;

  private int unit;

  Utf8Cuts(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The text of UTF-16 offsets [start, end), or null when the span is out of the text's bounds,
   * splits a surrogate pair, or crosses bytes that are not well-formed UTF-8. Cheapest when called
   * with non-decreasing starts.
   */
  String cut(int start, int end) {
    if (start < 0 || start > end) {
      return null;
    }
    if (start < unit) {
      pos = 0;
      unit = 0;
    }
    if (!walkTo(start)) {
      return null;
    }
    int from = pos;
    int fromUnit = unit;
    boolean ok = walkTo(end);
    int to = pos;
    pos = from; // the next start is at or after this one
    unit = fromUnit;
    return ok ? new String(bytes, from, to - from, StandardCharsets.UTF_8) : null;
  }

  /** Walks forward to UTF-16 offset {@code target}; false if it cannot be reached exactly. */
  private boolean walkTo(int target) {
    while (unit < target) {
      if (pos >= bytes.length) {
        return false;
      }
      if (bytes[pos] >= 0) { // ASCII, most of an English text: one byte, one unit
        pos++;
        unit++;
        continue;
      }
      int n = sequenceLength(pos);
      if (n == 0) {
        return false;
      }
      pos += n;
      unit += n == 4 ? 2 : 1;
    }
    return unit == target;
  }

  /** The length of the well-formed UTF-8 sequence at {@code i}, or 0. */
  private int sequenceLength(int i) {
    int b = bytes[i] & 0xff;
    if (b < 0x80) {
      return 1;
    }
    int n;
    int lo = 0x80;
    int hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      n = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      lo = b == 0xe0 ? 0xa0 : 0x80; // no overlong form
      hi = b == 0xed ? 0x9f : 0xbf; // no surrogate
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      lo = b == 0xf0 ? 0x90 : 0x80;
      hi = b == 0xf4 ? 0x8f : 0xbf; // nothing past U+10FFFF
    } else {
      return 0;
    }
    if (i + n > bytes.length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xff;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      if ((bytes[i + k] & 0xc0) != 0x80) {
        return 0;
      }
    }
    return n;
  }
}
