package org.entente.pipeline.repair;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The single-byte charsets that UTF-8 text is commonly mis-decoded with, as byte↔char tables.
 *
 * <p>The windows code pages leave a few bytes undefined; like browsers (and ftfy's "sloppy"
 * codecs), these tables map such a byte to the C1 control of the same value, so that text damaged
 * by a sloppy decoder can still be re-encoded.
 */
enum LegacyCharset {
  WINDOWS_1252("windows-1252"),
  LATIN_1("ISO-8859-1"),
  WINDOWS_1250("windows-1250"),
  ISO_8859_13("ISO-8859-13");

  /** Every char these tables produce lies below this bound. */
  private static final int ENCODE_TABLE_SIZE = 0x2200;

  private final String displayName;
  private final char[] decode = new char[256];
  private final short[] encode = new short[ENCODE_TABLE_SIZE];

  LegacyCharset(String name) {
    this.displayName = name;
    Charset cs = Charset.forName(name);
    Arrays.fill(encode, (short) -1);
    for (int b = 0; b < 256; b++) {
      char c = new String(new byte[] {(byte) b}, cs).charAt(0);
      if (c == '\uFFFD') {
        c = (char) b;
      }
      decode[b] = c;
      encode[c] = (short) b;
    }
  }

  /** The charset's standard name, as in {@link Charset#name()}. */
  String displayName() {
    return displayName;
  }

  /** The byte for {@code c}, or -1 when this charset cannot encode it. */
  int encode(char c) {
    return c < ENCODE_TABLE_SIZE ? encode[c] : -1;
  }

  /** The char for byte {@code b} (0–255). */
  char decode(int b) {
    return decode[b & 0xFF];
  }
}
