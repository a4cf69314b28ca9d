package org.entente.pipeline.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A UTF-8 data file on the class path, read as lines of tab-separated fields. Blank lines and lines
 * starting with {@code #} are skipped. Strict: a missing file or a malformed line fails at load
 * with the file, line number and value.
 */
public final class ResourceFile {

  /** One data line: its 1-based number in the file and its fields. */
  public record Line(String file, int number, List<String> fields) {

    public String field(int i) {
      return i < fields.size() ? fields.get(i) : "";
    }

    /** A configuration error pointing at this line. */
    public IllegalStateException error(String message) {
      return new IllegalStateException(
          file + ":" + number + ": " + message + " (line: " + String.join("\\t", fields) + ")");
    }
  }

  private ResourceFile() {}

  /**
   * The first field of every line of {@code name}, relative to {@code anchor}'s package, as an
   * unmodifiable set. A hash set, not {@link java.util.Set#copyOf}: the readers ask it about most
   * words of a text, and a miss in a hash set compares cached hash codes, where the probe of an
   * immutable set calls {@code equals} on every occupied slot it passes.
   */
  public static java.util.Set<String> firstFields(Class<?> anchor, String name) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Line l : read(anchor, name)) {
      out.add(l.field(0));
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Reads {@code name} relative to {@code anchor}'s package. */
  public static List<Line> read(Class<?> anchor, String name) {
    String file = anchor.getPackageName().replace('.', '/') + "/" + name;
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + file);
    }
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        for (String f : s.split("\t", -1)) {
          fields.add(f.strip());
        }
        out.add(new Line(file, n, List.copyOf(fields)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + file, e);
    }
    return out;
  }
}
