package org.entente.store.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.model.Document;
import org.entente.pipeline.repair.MojibakeRepair;
import org.entente.pipeline.repair.RepairedText;
import org.entente.store.Db;
import org.entente.store.Views;

/**
 * Quotes sources: the sentence around an evidence span, with the document's outlet, day and name. A
 * mis-encoded document is quoted from its repaired text (spans, which point into the original, are
 * mapped through the repair's offsets), so that readers see "communiqué", not its mojibake.
 * Documents are read once each, in a few set-based queries ({@link #load}). Not thread-safe.
 */
public final class Quotes {

  /** The longest quotation; a longer sentence is cut around its span with "…". */
  public static final int MAX_CHARS = 320;

  private static final int CHUNK = 500;

  private record Doc(String outlet, LocalDate published, String name, RepairedText fullText) {}

  private final MojibakeRepair repair = new MojibakeRepair();

  private final Db db;
  private final Map<String, Doc> docs = new HashMap<>();

  public Quotes(Db db) {
    this.db = db;
  }

  /** Reads the documents not read yet among {@code ids}. */
  public void load(Collection<String> ids) {
    List<String> missing = new ArrayList<>(new TreeSet<>(ids));
    missing.removeIf(docs::containsKey);
    for (int i = 0; i < missing.size(); i += CHUNK) {
      List<String> part = missing.subList(i, Math.min(missing.size(), i + CHUNK));
      db.query(
          "SELECT id, source, published, title, text FROM documents WHERE id IN ("
              + String.join(", ", Collections.nCopies(part.size(), "?"))
              + ")",
          rs -> {
            String id = rs.getString(1);
            String title = rs.getString(4);
            String text = rs.getString(5);
            String p = rs.getString(3);
            docs.put(
                id,
                new Doc(
                    rs.getString(2),
                    p == null || p.length() < 10 ? null : LocalDate.parse(p.substring(0, 10)),
                    repair.repair(Views.documentName(title, text)).text(),
                    repair.repair(new Document(id, null, null, title, text).fullText())));
            return null;
          },
          part.toArray());
    }
  }

  /** Reads the documents of every source of {@code records}. */
  public void loadSources(Collection<Views.LedgerRecord> records) {
    List<String> ids = new ArrayList<>();
    records.forEach(r -> r.sources().forEach(s -> ids.add(s.docId())));
    load(ids);
  }

  /** The quotation of {@code span} ([start, end) into the full text) of a document. */
  public Quote quote(String docId, int start, int end) {
    load(List.of(docId));
    Doc d = docs.get(docId);
    if (d == null) {
      return new Quote(docId, null, null, docId, "");
    }
    RepairedText t = d.fullText();
    if (t.isIdentity()) {
      return new Quote(docId, d.outlet(), d.published(), d.name(), sentence(t.text(), start, end));
    }
    // Spans point into the original; the sentence is quoted from the repaired text.
    int s = repairedOffset(t, start);
    int e = Math.max(s, repairedOffset(t, end));
    return new Quote(docId, d.outlet(), d.published(), d.name(), sentence(t.text(), s, e));
  }

  /** The first repaired offset whose original offset is at or after {@code original}. */
  static int repairedOffset(RepairedText t, int original) {
    int lo = 0;
    int hi = t.text().length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.toOriginal(mid) < original) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first evidence span of a source, quoted; the document's lead when it has none. */
  public Quote quote(Views.Source s) {
    if (s.evidence().isEmpty()) {
      return lead(s.docId());
    }
    Views.Evidence e = s.evidence().get(0);
    return quote(s.docId(), e.start(), e.end());
  }

  /** A document quoted by its first sentence. */
  public Quote lead(String docId) {
    return quote(docId, 0, 0);
  }

  /**
   * The sentence of {@code text} that holds [start, end): from after the previous sentence end (".
   * ", "! ", "? " or a line break) to the next, at most {@value #MAX_CHARS} characters. Spans out
   * of bounds are clamped, never thrown on.
   */
  static String sentence(String text, int start, int end) {
    int n = text.length();
    int s = Math.max(0, Math.min(start, n));
    int e = Math.max(s, Math.min(end, n));
    int from = s;
    while (from > 0 && !boundaryBefore(text, from)) {
      from--;
    }
    int to = e;
    while (to < n && !boundaryAfter(text, to)) {
      to++;
    }
    if (to < n && text.charAt(to) != '\n') {
      to++; // keep the full stop
    }
    String out = text.substring(from, to).strip().replaceAll("\\s+", " ");
    if (out.length() > MAX_CHARS) {
      int mid = Math.max(0, Math.min(out.length() - MAX_CHARS, (s - from) - MAX_CHARS / 3));
      String cut = out.substring(mid, mid + MAX_CHARS).strip();
      out = (mid > 0 ? "…" : "") + cut + "…";
    }
    return out;
  }

  private static boolean boundaryBefore(String t, int i) {
    char p = t.charAt(i - 1);
    if (p == '\n') {
      return true;
    }
    return i >= 2 && Character.isWhitespace(p) && isStop(t.charAt(i - 2));
  }

  private static boolean boundaryAfter(String t, int i) {
    char c = t.charAt(i);
    if (c == '\n') {
      return true;
    }
    return isStop(c) && (i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1)));
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
