package org.entente.pipeline.repair;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/**
 * Decodes bytes of unknown encoding into text: a byte-order mark (UTF-8, UTF-16) decides first,
 * then strict UTF-8, then UTF-16 without a mark (recognised by its NUL pattern), then ICU's {@link
 * CharsetDetector}. Never throws on content: undecodable bytes become U+FFFD. Bytes that are not
 * text at all (NUL bytes, or more than {@value #MAX_CONTROL_PERCENT}% control bytes) get the
 * {@linkplain DecodedText#binary() binary} verdict. Stateless and thread-safe.
 */
public final class TextDecoder {

  /** Control bytes (besides tab, line breaks, form feed, escape) above this share mean binary. */
  public static final int MAX_CONTROL_PERCENT = 5;

  /** How many leading bytes are inspected for the binary verdict and charset detection. */
  private static final int SAMPLE = 64 * 1024;

  private TextDecoder() {}

  /** Decodes {@code bytes}, guessing the charset. */
  public static DecodedText decode(byte[] bytes) {
    return decode(bytes, bytes.length, null);
  }

  /**
   * Decodes the first {@code length} bytes of {@code bytes} with {@code charset}, or guessing the
   * charset when it is null. A multi-byte character cut off at the end (as when a large input is
   * read only in part) does not count against UTF-8.
   */
  public static DecodedText decode(byte[] bytes, int length, Charset charset) {
    if (length < 0 || length > bytes.length) {
      throw new IllegalArgumentException("length " + length + " outside the array");
    }
    if (charset != null) {
      return lenient(bytes, 0, length, charset, 100);
    }
    if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      return lenient(bytes, 3, length - 3, StandardCharsets.UTF_8, 100);
    }
    if (startsWith(bytes, length, 0xFE, 0xFF)) {
      return lenient(bytes, 2, length - 2, StandardCharsets.UTF_16BE, 100);
    }
    if (startsWith(bytes, length, 0xFF, 0xFE)) {
      return lenient(bytes, 2, length - 2, StandardCharsets.UTF_16LE, 100);
    }
    Charset utf16 = utf16ByNulPattern(bytes, length);
    if (utf16 != null) {
      return lenient(bytes, 0, length, utf16, 80);
    }
    if (looksBinary(bytes, length)) {
      return DecodedText.binaryContent();
    }
    int complete = withoutCutOffTail(bytes, length);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, complete))
              .toString();
      boolean cut = complete < length;
      return new DecodedText(cut ? text + '\uFFFD' : text, "UTF-8", 100, false, cut);
    } catch (CharacterCodingException notUtf8) {
      return detect(bytes, length);
    }
  }

  private static DecodedText detect(byte[] bytes, int length) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(Arrays.copyOf(bytes, Math.min(length, SAMPLE)));
    CharsetMatch match = detector.detect();
    Charset charset = StandardCharsets.ISO_8859_1;
    int confidence = 0;
    if (match != null) {
      try {
        charset = Charset.forName(match.getName());
        confidence = match.getConfidence();
      } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
        // keep the fallback
      }
    }
    if (charset.equals(StandardCharsets.ISO_8859_1)) {
      charset = Charset.forName("windows-1252"); // what "latin-1" text really is, as browsers agree
    }
    return lenient(bytes, 0, length, charset, confidence);
  }

  private static DecodedText lenient(
      byte[] bytes, int offset, int length, Charset charset, int confidence) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, length));
      return new DecodedText(chars.toString(), charset.name(), confidence, false, false);
    } catch (CharacterCodingException e) {
      String text = new String(bytes, offset, length, charset);
      return new DecodedText(text, charset.name(), confidence, false, true);
    }
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** UTF-16 without a BOM: ASCII text shows a NUL in every other byte, on one side only. */
  private static Charset utf16ByNulPattern(byte[] bytes, int length) {
    int n = Math.min(length, SAMPLE) & ~1;
    if (n < 16) {
      return null; // too short to tell from binary
    }
    int evenNul = 0;
    int oddNul = 0;
    int controls = 0;
    for (int i = 0; i < n; i += 2) {
      evenNul += bytes[i] == 0 ? 1 : 0;
      oddNul += bytes[i + 1] == 0 ? 1 : 0;
      int unit = ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
      int le = Integer.reverseBytes(unit) >>> 16;
      controls += Math.min(unit, le) < 0x09 ? 1 : 0; // a NUL or control as UTF-16 either way
    }
    if (controls * 10 > n / 2) {
      return null;
    }
    int pairs = n / 2;
    if (evenNul * 10 >= pairs * 4 && oddNul * 100 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddNul * 10 >= pairs * 4 && evenNul * 100 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean looksBinary(byte[] bytes, int length) {
    int n = Math.min(length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return n > 0 && controls * 100 > n * MAX_CONTROL_PERCENT;
  }

  /** The length without a UTF-8 multi-byte sequence cut off at the very end. */
  private static int withoutCutOffTail(byte[] bytes, int length) {
    for (int back = 1; back <= 3 && back <= length; back++) {
      int b = bytes[length - back] & 0xFF;
      if ((b & 0xC0) == 0x80) {
        continue; // continuation byte: look further back for the lead
      }
      int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      return needed > back ? length - back : length;
    }
    return length;
  }
}
