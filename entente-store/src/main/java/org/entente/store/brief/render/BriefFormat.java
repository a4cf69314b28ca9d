package org.entente.store.brief.render;

import java.util.Locale;
import org.entente.store.brief.Brief;

/** The formats a brief is written in. */
public enum BriefFormat {
  MD("text/markdown; charset=utf-8"),
  HTML("text/html; charset=utf-8"),
  PDF("application/pdf");

  private final String mediaType;

  BriefFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format named {@code s} ("md", "html", "pdf").
   *
   * @throws IllegalArgumentException naming the formats, for any other
   */
  public static BriefFormat of(String s) {
    if (s != null) {
      for (BriefFormat f : values()) {
        if (f.name().equals(s.strip().toUpperCase(Locale.ROOT))) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException("format must be md, html or pdf: " + s);
  }

  /** The brief in this format, as bytes (UTF-8 for text); HTML carries its stylesheet inline. */
  public byte[] write(Brief b) {
    return switch (this) {
      case MD -> BriefMarkdown.write(b).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case HTML -> BriefHtml.write(b).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case PDF -> BriefPdf.write(b);
    };
  }
}
