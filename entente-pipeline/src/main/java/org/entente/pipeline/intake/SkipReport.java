package org.entente.pipeline.intake;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a run read and what it skipped, the same for every command ({@code extract}, {@code ingest},
 * {@code demo}, the server's analyse endpoint): each skipped file or record is named with its
 * reason as it happens ({@code entente: skipped FILE:LINE: REASON} on the given writer), kept for
 * the {@code --json} form ({@link #toJson()}), and counted for the summary.
 *
 * <p>Exit code policy ({@link #exitCode()}): 0 when the run completed, with or without skips; 1
 * when nothing could be read (no document at all); usage errors (2) are the command line's. Thread-
 * safe.
 */
public final class SkipReport {

  /** The most skipped inputs kept for {@link #toJson()}; all are counted and printed. */
  public static final int MAX_KEPT = 10_000;

  private final PrintWriter log;
  private final List<ReadResult.BadRecord> kept = new ArrayList<>();
  private long skipped;
  private long documents;

  /**
   * @param log where each skip and warning is named as it happens, or null to stay quiet
   */
  public SkipReport(PrintWriter log) {
    this.log = log;
  }

  /** {@code results} with every bad record and warning reported, then dropped. */
  public Stream<ReadResult.Read> track(Stream<ReadResult> results) {
    return results
        .filter(
            r -> {
              if (r instanceof ReadResult.BadRecord bad) {
                skip(bad);
                return false;
              }
              read((ReadResult.Read) r);
              return true;
            })
        .map(r -> (ReadResult.Read) r);
  }

  /** Counts one document read and names its warnings. */
  public synchronized void read(ReadResult.Read r) {
    documents++;
    if (log != null) {
      for (String w : r.warnings()) {
        log.println("entente: " + r.where() + ": " + w);
      }
      if (!r.warnings().isEmpty()) {
        log.flush();
      }
    }
  }

  /** Names and counts one skipped input. */
  public synchronized void skip(ReadResult.BadRecord bad) {
    skipped++;
    if (kept.size() < MAX_KEPT) {
      kept.add(bad);
    }
    if (log != null) {
      log.println("entente: skipped " + bad.where() + ": " + bad.reason());
      log.flush();
    }
  }

  public synchronized long documents() {
    return documents;
  }

  public synchronized long skipped() {
    return skipped;
  }

  /** The skipped inputs in order (the first {@value #MAX_KEPT}). */
  public synchronized List<ReadResult.BadRecord> skippedInputs() {
    return List.copyOf(kept);
  }

  /** {@code "N documents read, M skipped"}, singular where it should be. */
  public synchronized String summary() {
    return plural(documents, "document") + " read, " + skipped + " skipped";
  }

  /** The skipped inputs as a list of {@code {where, reason}} objects, for {@code --json}. */
  public synchronized List<Map<String, String>> toJson() {
    List<Map<String, String>> out = new ArrayList<>(kept.size());
    for (ReadResult.BadRecord b : kept) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("where", b.where());
      m.put("reason", b.reason());
      out.add(m);
    }
    return out;
  }

  /** 0 when at least one document was read, 1 when nothing could be read. */
  public synchronized int exitCode() {
    return documents > 0 ? 0 : 1;
  }

  /** {@code n thing} or {@code n things}. */
  public static String plural(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
