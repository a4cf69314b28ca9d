package org.entente.spark.intake;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input listing: every path given (a local path or any Hadoop file-system URI) expanded into
 * files — directories walked recursively in name order, hidden and underscore files skipped, as the
 * pipeline's intake walks them — each with its index in that order and its {@link Kind}.
 */
public final class InputFiles {

  private InputFiles() {}

  /** How a file is read. */
  public enum Kind {
    /** JSON Lines, plain or gzip: {@code .jsonl}, {@code .ndjson}, {@code .jsonl.gz}, … */
    JSON_LINES,
    /** Parquet with the corpus columns. */
    PARQUET,
    /** A single document: plain text, HTML or a feed, read by the pipeline's intake. */
    SINGLE
  }

  /**
   * One input file.
   *
   * @param index its position in the listing
   * @param uri its qualified URI
   * @param name its file name
   * @param kind how it is read
   */
  public record InputFile(int index, String uri, String name, Kind kind) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Lists {@code paths} in order.
   *
   * @throws IllegalArgumentException when a path does not exist (a usage error)
   */
  public static List<InputFile> list(List<String> paths, Configuration conf) {
    List<InputFile> out = new ArrayList<>();
    try {
      for (String p : paths) {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          throw new IllegalArgumentException("no such input: " + p);
        }
        List<Path> files = new ArrayList<>();
        walk(fs, fs.makeQualified(path), files);
        for (Path f : files) {
          out.add(new InputFile(out.size(), f.toString(), f.getName(), kindOf(f.getName())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list inputs " + paths, e);
    }
    return out;
  }

  /** The kind of a file by its name. */
  public static Kind kindOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    // Compressed corpora go through the pipeline's intake, a file a partition (gzip does not
    // split anyway), so that a truncated one yields every record before the break.
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Kind.JSON_LINES;
    }
    if (n.endsWith(".parquet")) {
      return Kind.PARQUET;
    }
    return Kind.SINGLE;
  }

  private static void walk(FileSystem fs, Path p, List<Path> files) throws IOException {
    FileStatus st = fs.getFileStatus(p);
    if (!st.isDirectory()) {
      files.add(p);
      return;
    }
    List<FileStatus> children = new ArrayList<>(List.of(fs.listStatus(p)));
    children.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    for (FileStatus c : children) {
      String name = c.getPath().getName();
      if (!name.startsWith(".") && !name.startsWith("_")) {
        walk(fs, c.getPath(), files);
      }
    }
  }
}
