package org.entente.pipeline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated resource file: {@code #} comment lines, blank lines, one header line naming the
 * columns, then rows. Trailing empty columns may be left out; more columns than the header has is
 * an error.
 */
final class TsvFile {

  /** One data row with its 1-based line number, padded to the header's width. */
  record Row(String file, int line, String[] cells) {

    String get(int column) {
      return cells[column];
    }

    GazetteerException error(String message) {
      return new GazetteerException(file, line, message);
    }
  }

  private TsvFile() {}

  /** Reads the classpath resource {@code name} next to this class, checking its header. */
  static List<Row> read(String name, String... header) {
    InputStream in = TsvFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new GazetteerException("gazetteer resource not found: " + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(name, r, header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + name, e);
    }
  }

  static List<Row> parse(String name, BufferedReader r, String... header) throws IOException {
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (!headerSeen) {
        if (!Arrays.equals(cells, header)) {
          throw new GazetteerException(
              name,
              lineNo,
              "header must be '" + String.join("\\t", header) + "', was '" + line + "'");
        }
        headerSeen = true;
        continue;
      }
      if (cells.length > header.length) {
        throw new GazetteerException(
            name,
            lineNo,
            "expected at most " + header.length + " columns, found " + cells.length + ": " + line);
      }
      String[] padded = Arrays.copyOf(cells, header.length);
      for (int i = 0; i < padded.length; i++) {
        padded[i] = padded[i] == null ? "" : padded[i].strip();
      }
      rows.add(new Row(name, lineNo, padded));
    }
    if (!headerSeen) {
      throw new GazetteerException(name, lineNo, "no header line");
    }
    return rows;
  }
}
