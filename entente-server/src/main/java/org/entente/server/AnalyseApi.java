package org.entente.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.json.ExtractionJson;

/**
 * Runs the pipeline on a pasted or uploaded text without storing anything. At most two analyses run
 * at once (the others wait), so that pasting cannot take every core. Thread-safe.
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
    if (text == null || text.isBlank()) {
      b.problem("text", "required: the text to analyse");
    }
    LocalDate published = b.date("published");
    b.check();
    Document doc = new Document("analysed", "pasted", published, title, text);
    Extraction x;
    running.acquire();
    try {
      x = pipeline.extract(doc);
    } finally {
      running.release();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", title);
    d.put("published", published);
    d.put("text", text);
    d.put("fullText", doc.fullText());
    out.put("document", d);
    out.put("extraction", ExtractionJson.toTree(x));
    Responses.json(ctx, out);
  }
}
