package org.entente.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String FRENCH =
      "Le ministre des Affaires étrangères a déclaré à Paris que la coopération était prête,"
          + " « très bonne », et que l'été serait décisif pour les négociations à venir.";

  @Test
  void decodesStrictUtf8() {
    DecodedText d = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.confidence()).isEqualTo(100);
    assertThat(d.binary()).isFalse();
  }

  @Test
  void stripsByteOrderMarks() {
    byte[] utf8 = FRENCH.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertThat(TextDecoder.decode(withBom).text()).isEqualTo(FRENCH);
    assertThat(TextDecoder.decode(("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE)).text())
        .isEqualTo(FRENCH);
    assertThat(TextDecoder.decode(("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16BE)).text())
        .isEqualTo(FRENCH);
  }

  @Test
  void recognisesUtf16WithoutByteOrderMark() {
    DecodedText d = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_16LE));
    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.binary()).isFalse();
  }

  @Test
  void detectsLegacyCharsetWhenNotUtf8() {
    DecodedText d = TextDecoder.decode(FRENCH.getBytes(Charset.forName("windows-1252")));
    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.charset()).isNotEqualTo("UTF-8");
    assertThat(d.confidence()).isBetween(0, 100);
  }

  @Test
  void neverThrowsOnInvalidUtf8() {
    byte[] bytes = {'a', 'b', (byte) 0xC3, 'c', (byte) 0xFF, (byte) 0xFE, 'd', '\n'};
    DecodedText d = TextDecoder.decode(bytes);
    assertThat(d.binary()).isFalse();
    assertThat(d.text()).startsWith("ab").contains("d");
  }

  @Test
  void keepsUtf8WhenTheLastCharacterIsCutOff() {
    byte[] utf8 = "communiqué".getBytes(StandardCharsets.UTF_8);
    DecodedText d = TextDecoder.decode(utf8, utf8.length - 1, null);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.text()).isEqualTo("communiqu\uFFFD");
    assertThat(d.lossy()).isTrue();
  }

  @Test
  void callsNulBytesAndControlBytesBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    assertThat(TextDecoder.decode(png).binary()).isTrue();
    byte[] controls = new byte[1000];
    Arrays.fill(controls, (byte) 'x');
    for (int i = 0; i < 100; i++) {
      controls[i * 10] = 0x01;
    }
    assertThat(TextDecoder.decode(controls).binary()).isTrue();
    assertThat(TextDecoder.decode(new byte[0]).text()).isEmpty();
  }

  @Test
  void followsACharsetOverride() {
    byte[] bytes = "Łódź".getBytes(Charset.forName("windows-1250"));
    DecodedText d = TextDecoder.decode(bytes, bytes.length, Charset.forName("windows-1250"));
    assertThat(d.text()).isEqualTo("Łódź");
    assertThat(d.charset()).isEqualTo("windows-1250");
  }
}
