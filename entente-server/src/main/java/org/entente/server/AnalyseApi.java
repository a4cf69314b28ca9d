package org.entente.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.entente.pipeline.intake.SkipReport;
import org.entente.pipeline.json.ExtractionJson;

/**
 * Runs the pipeline on a pasted or uploaded text without storing anything, read through the
 * pipeline's intake (so a title line, a dateline, an empty text or a bad JSON Lines record is
 * treated as by {@code entente ingest}; skipped inputs are listed under {@code skipped}). At most
 * two analyses run at once (the others wait), so that pasting cannot take every core. Thread-safe.
 */
final class AnalyseApi {

  private final Pipeline pipeline;
  private final long maxBody;
  private final Semaphore running = new Semaphore(2);

  AnalyseApi(Pipeline pipeline, long maxBody) {
    this.pipeline = pipeline;
    this.maxBody = maxBody;
  }

  void analyse(Context ctx) throws InterruptedException {
    Bodies b = Bodies.read(ctx, maxBody);
    String title = b.string("title", 1000);
    String text = b.text("text");
    String name = b.string("name", 255);
    if (text == null || text.isBlank()) {
      b.problem("text", "required: the text to analyse");
    }
    LocalDate published = b.date("published");
    b.check();
    // The one intake of every command: a pasted text (or an uploaded file's content, named by
    // "name") is read with the same conventions, limits and skip reasons as by entente ingest.
    SkipReport skips = new SkipReport(null);
    List<ReadResult.Read> read =
        skips
            .track(
                DocumentSource.readBytes(
                    text.getBytes(StandardCharsets.UTF_8),
                    name == null ? "pasted.txt" : name,
                    ReadOptions.defaults().withDefaultPublished(published).withDefaultTitle(title))
                    .stream())
            .toList();
    if (read.isEmpty()) {
      String reason = skips.skippedInputs().get(0).reason();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("status", 422);
      out.put("error", "unprocessable content");
      out.put("message", "nothing could be read: " + reason);
      out.put("fields", Map.of("text", reason));
      out.put("skipped", skips.toJson());
      Responses.json(ctx, 422, out);
      return;
    }
    Document doc = read.get(0).document();
    Extraction x;
    running.acquire();
    try {
      x = pipeline.extract(doc);
    } finally {
      running.release();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", doc.title());
    d.put("published", doc.published());
    d.put("text", doc.text());
    d.put("fullText", doc.fullText());
    out.put("document", d);
    out.put("extraction", ExtractionJson.toTree(x));
    out.put("documents", read.size());
    out.put("skipped", skips.toJson());
    Responses.json(ctx, out);
  }
}
