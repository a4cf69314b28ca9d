package org.entente.spark.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.JsonRecord;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.entente.spark.intake.InputFiles.InputFile;
import org.entente.spark.intake.InputFiles.Kind;
import scala.Tuple2;

/**
 * Reads the listed inputs into one RDD of {@link SourceLine}s without parsing them, so that parsing
 * runs with extraction after the records are spread over the cluster (a gzip file is a single
 * partition when read).
 *
 * <ul>
 *   <li>JSON Lines through Hadoop's {@code TextInputFormat} split on {@code \n} only (a trailing
 *       {@code \r} is dropped), so any Hadoop file system and codec works; the byte offset of each
 *       line orders the output.
 *   <li>Single-document files (text, HTML, feeds) whole, through the pipeline's {@link
 *       DocumentSource}; the id is the file name without extension, as {@code entente extract}
 *       names it.
 *   <li>Parquet files with string columns {@code id, published, title, text, source} (missing
 *       columns are null; other types are cast to strings).
 * </ul>
 */
public final class CorpusReader {

  private CorpusReader() {}

  /** The records of {@code files}, in no particular partition order. */
  public static JavaRDD<SourceLine> read(
      SparkSession spark, List<InputFile> files, ReadOptions opts) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (InputFile f : files) {
      index.put(f.uri(), f.index());
      names.put(f.uri(), f.name());
    }
    List<JavaRDD<SourceLine>> parts = new ArrayList<>();
    List<String> lines = uris(files, Kind.JSON_LINES);
    if (!lines.isEmpty()) {
      parts.add(jsonLines(jsc, lines, index, names));
    }
    List<String> singles = uris(files, Kind.SINGLE);
    if (!singles.isEmpty()) {
      parts.add(singles(jsc, singles, index, names, opts));
    }
    List<String> parquet = uris(files, Kind.PARQUET);
    if (!parquet.isEmpty()) {
      parts.add(parquet(spark, parquet, index, names));
    }
    if (parts.isEmpty()) {
      return jsc.emptyRDD();
    }
    JavaRDD<SourceLine> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    return all;
  }

  private static List<String> uris(List<InputFile> files, Kind kind) {
    return files.stream().filter(f -> f.kind() == kind).map(InputFile::uri).toList();
  }

  private static JavaRDD<SourceLine> jsonLines(
      JavaSparkContext jsc,
      List<String> uris,
      Map<String, Integer> index,
      Map<String, String> names)
      throws IllegalStateException {
    Job job;
    try {
      job = Job.getInstance(new Configuration(jsc.hadoopConfiguration()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot configure the input format", e);
    }
    job.getConfiguration().set("textinputformat.record.delimiter", "\n");
    try {
      FileInputFormat.setInputPaths(job, uris.stream().map(Path::new).toArray(Path[]::new));
    } catch (IOException e) {
      throw new IllegalStateException("cannot set inputs " + uris, e);
    }
    JavaNewHadoopRDD<LongWritable, Text> rdd =
        (JavaNewHadoopRDD<LongWritable, Text>)
            jsc.newAPIHadoopRDD(
                job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
    return rdd.mapPartitionsWithInputSplit(
        (split, it) -> {
          String uri = ((FileSplit) split).getPath().toString();
          int file = index.getOrDefault(uri, -1);
          String name = names.getOrDefault(uri, ((FileSplit) split).getPath().getName());
          return new LineIterator(it, file, uri, name);
        },
        false);
  }

  /** Turns Hadoop's reused (offset, line) pairs into source lines; blank lines are skipped. */
  private static final class LineIterator implements Iterator<SourceLine> {
    private final Iterator<Tuple2<LongWritable, Text>> in;
    private final int file;
    private final String uri;
    private final String name;
    private SourceLine next;

    LineIterator(Iterator<Tuple2<LongWritable, Text>> in, int file, String uri, String name) {
      this.in = in;
      this.file = file;
      this.uri = uri;
      this.name = name;
    }

    @Override
    public boolean hasNext() {
      while (next == null && in.hasNext()) {
        Tuple2<LongWritable, Text> t = in.next();
        String line = t._2().toString();
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (!line.isBlank()) {
          long offset = t._1().get();
          next = SourceLine.of(file, offset, uri + "@" + offset, name, line);
        }
      }
      return next != null;
    }

    @Override
    public SourceLine next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      SourceLine s = next;
      next = null;
      return s;
    }
  }

  private static JavaRDD<SourceLine> singles(
      JavaSparkContext jsc,
      List<String> uris,
      Map<String, Integer> index,
      Map<String, String> names,
      ReadOptions opts) {
    String joined =
        String.join(
            ",", uris.stream().map(org.apache.hadoop.util.StringUtils::escapeString).toList());
    ReadSettings settings = ReadSettings.of(opts);
    return jsc.binaryFiles(joined)
        .flatMap(
            (Tuple2<String, PortableDataStream> t) -> {
              String uri = new Path(t._1()).toString();
              int file = index.getOrDefault(uri, -1);
              String name = names.getOrDefault(uri, new Path(t._1()).getName());
              InputStream in;
              try {
                in = t._2().open();
              } catch (RuntimeException e) {
                return List.of(SourceLine.bad(file, 0, uri, "unreadable: " + e.getMessage()))
                    .iterator();
              }
              return documents(file, uri, name, in, settings.options());
            });
  }

  /**
   * The records of one file that Hadoop does not split into lines (a compressed corpus, a JSON,
   * text, HTML, feed, PDF or Word file), read by the pipeline's intake as {@code entente ingest}
   * reads it, each written back as a corpus line; lazily, the stream closed at its end.
   */
  static Iterator<SourceLine> documents(
      int file, String uri, String name, InputStream in, ReadOptions opts) {
    Stream<ReadResult> results = DocumentSource.read(in, name, uri, opts);
    long[] n = {0};
    Iterator<SourceLine> it =
        results
            .map(
                r -> {
                  n[0]++;
                  if (r instanceof ReadResult.Read read) {
                    return SourceLine.of(
                        file, n[0], r.where(), name, JsonRecord.toLine(read.document()));
                  }
                  return SourceLine.bad(file, n[0], r.where(), ((ReadResult.BadRecord) r).reason());
                })
            .iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = it.hasNext();
        if (!more) {
          results.close();
        }
        return more;
      }

      @Override
      public SourceLine next() {
        return it.next();
      }
    };
  }

  private static JavaRDD<SourceLine> parquet(
      SparkSession spark,
      List<String> uris,
      Map<String, Integer> index,
      Map<String, String> names) {
    Dataset<Row> df = spark.read().parquet(uris.toArray(String[]::new));
    List<Column> cols = new ArrayList<>();
    for (String c : List.of("id", "published", "title", "text", "source")) {
      cols.add(
          (List.of(df.columns()).contains(c)
                  ? functions.col(c).cast("string")
                  : functions.lit(null).cast("string"))
              .as(c));
    }
    cols.add(functions.input_file_name().as("_file"));
    cols.add(functions.monotonically_increasing_id().as("_n"));
    ObjectMapper json = new ObjectMapper();
    return df.select(cols.toArray(Column[]::new))
        .toJavaRDD()
        .map(
            r -> {
              String uri = new Path(r.getString(5)).toString();
              int file = index.getOrDefault(uri, -1);
              ObjectNode o = json.createObjectNode();
              o.put("id", r.getString(0));
              o.put("published", r.getString(1));
              o.put("title", r.getString(2));
              o.put("text", r.getString(3));
              o.put("source", r.getString(4));
              long n = r.getLong(6);
              return SourceLine.of(
                  file,
                  n,
                  uri + "#" + n,
                  names.getOrDefault(uri, new Path(uri).getName()),
                  json.writeValueAsString(o));
            });
  }
}
