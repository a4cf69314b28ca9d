package org.entente.store.brief.render;

import java.util.List;
import org.entente.store.brief.Citation;

/** How the renderers word citations and sources. Stateless. */
final class Citing {

  private Citing() {}

  /** "[3][7]". */
  static String marks(List<Integer> cites) {
    StringBuilder sb = new StringBuilder();
    cites.forEach(n -> sb.append('[').append(n).append(']'));
    return sb.toString();
  }

  /** "Rabat Wire, 16 Apr 2025" or "document d17, undated": where and when, plain text. */
  static String origin(Citation c) {
    String who =
        c.outlet() != null && !c.outlet().isBlank()
            ? c.outlet()
            : c.docId() == null ? "Entente ledger" : "document " + c.docId();
    return who + ", " + (c.published() == null ? "undated" : c.published().toString());
  }
}
