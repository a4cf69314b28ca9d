package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Document;
import org.entente.model.Span;

/**
 * The document {@link LedgerWriter} is writing, as its parts see it: the document (sanitised), its
 * full text that spans point into, and the story it joined. Immutable.
 */
record WrittenDocument(Document doc, String full, String story) {

  /** The longest evidence text kept on a record. */
  static final int EVIDENCE_TEXT_MAX = 1500;

  LocalDate published() {
    return doc.published();
  }

  /** The spans that lie inside the full text (an extractor's stray span is dropped). */
  List<Span> spans(List<Span> spans) {
    List<Span> ok = new ArrayList<>();
    for (Span s : spans) {
      if (s != null && s.end() <= full.length()) {
        ok.add(s);
      }
    }
    return ok;
  }

  /** The text of the spans, joined with " … ", stopping once past {@link #EVIDENCE_TEXT_MAX}. */
  String evidenceText(List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans(spans)) {
      if (sb.length() > 0) {
        sb.append(" … ");
      }
      sb.append(s.of(full));
      if (sb.length() > EVIDENCE_TEXT_MAX) {
        break;
      }
    }
    return sb.toString();
  }

  static String cap(String s) {
    return s.length() > EVIDENCE_TEXT_MAX ? s.substring(0, EVIDENCE_TEXT_MAX) : s;
  }
}
