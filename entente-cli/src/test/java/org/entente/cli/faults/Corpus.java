package org.entente.cli.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Generated inputs for the fault suite: our own communiqué-like texts, good and bad files. */
final class Corpus {

  private static final String[] STATES = {
    "France", "Senegal", "Japan", "Brazil", "Canada", "Kenya", "Morocco", "Indonesia", "Norway"
  };
  private static final String[] CITIES = {"Paris", "Dakar", "Tokyo", "Nairobi", "Rabat", "Oslo"};

  private Corpus() {}

  /** The text of communiqué {@code i}: a meeting, an agreement and a commitment with a date. */
  static String text(int i) {
    Random r = new Random(1000L + i);
    String a = STATES[r.nextInt(STATES.length)];
    String b = STATES[(1 + r.nextInt(STATES.length - 1) + indexOf(a)) % STATES.length];
    String city = CITIES[r.nextInt(CITIES.length)];
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
    return "The foreign ministers of "
        + a
        + " and "
        + b
        + " met in "
        + city
        + " on "
        + day.getDayOfMonth()
        + " "
        + month(day)
        + " 2026 for talks on trade and energy (communique "
        + i
        + "). "
        + a
        + " and "
        + b
        + " signed a memorandum of understanding on renewable energy. "
        + b
        + " pledged to open a trade office in "
        + city
        + " by 30 June 2027.";
  }

  private static int indexOf(String s) {
    for (int i = 0; i < STATES.length; i++) {
      if (STATES[i].equals(s)) {
        return i;
      }
    }
    return 0;
  }

  private static String month(LocalDate d) {
    String m = d.getMonth().toString();
    return m.charAt(0) + m.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  static String line(int i) {
    return "{\"id\": \"c-"
        + i
        + "\", \"published\": \"2026-01-01\", \"title\": \"Communique "
        + i
        + "\", \"text\": \""
        + text(i)
        + "\"}\n";
  }

  static Path jsonLines(Path file, int from, int to) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(line(i));
    }
    return Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  /** A {@code .jsonl.gz} of {@code n} records cut halfway through its compressed bytes. */
  static Path truncatedGzip(Path file, int from, int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      sb.append(line(i));
    }
    byte[] z = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
    return Files.write(file, java.util.Arrays.copyOf(z, z.length / 2));
  }
}
