package org.entente.pipeline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the line-oriented word lists of this package: UTF-8, one entry per line, {@code #} starts a
 * comment, blank lines are ignored. Every line keeps its file name and number, so that a bad entry
 * fails naming both.
 */
final class ResourceLines {

  /** One meaningful line: comment removed, trimmed, never blank. */
  record Line(String file, int number, String content) {

    /** An exception naming the file, the line and its content. */
    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(
          file + ":" + number + ": " + message + ": '" + content + "'");
    }
  }

  private ResourceLines() {}

  /** Reads the resource {@code name} next to this class; fails when it is missing. */
  static List<Line> resource(String name) {
    InputStream in = ResourceLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** Reads every meaningful line of {@code reader}; {@code file} names it in errors. */
  static List<Line> read(String file, Reader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    int number = 0;
    for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
      number++;
      int hash = raw.indexOf('#');
      String content = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (!content.isEmpty()) {
        lines.add(new Line(file, number, content));
      }
    }
    return lines;
  }
}
