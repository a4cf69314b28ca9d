package org.entente.pipeline.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page into a {@link Document}: the title from {@code og:title}, {@code <title>} or
 * the first {@code <h1>}; the body from {@code <article>}, {@code <main>} or the page, without
 * navigation, headers, footers, asides, scripts, styles and forms, paragraphs separated by blank
 * lines; the publication date from meta tags, JSON-LD or {@code <time datetime>}. Thread-safe.
 */
final class HtmlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Meta keys (property, name or itemprop, lower-cased) that carry the publication date. */
  private static final List<String> DATE_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "datepublished",
          "date",
          "pubdate",
          "publishdate",
          "dc.date",
          "dc.date.issued",
          "dcterms.date");

  private static final String NOT_CONTENT =
      "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg";

  private HtmlReader() {}

  /** The document in {@code html}; {@code body} is empty when the page has no text. */
  static Document read(String html, String id, String source, LocalDate defaultPublished) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = title(page);
    LocalDate published = published(page);
    page.select(NOT_CONTENT).remove();
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = page.body();
    }
    List<String> paragraphs = HtmlText.paragraphs(root);
    if (!paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    return new Document(
        id,
        source,
        published != null ? published : defaultPublished,
        title,
        String.join("\n\n", paragraphs));
  }

  private static String title(org.jsoup.nodes.Document page) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return HtmlText.collapse(og.attr("content"));
    }
    if (!page.title().isBlank()) {
      return HtmlText.collapse(page.title());
    }
    Element h1 = page.selectFirst("h1");
    return h1 != null && !h1.text().isBlank() ? h1.text() : null;
  }

  private static LocalDate published(org.jsoup.nodes.Document page) {
    Map<String, String> found = new java.util.HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      for (String attr : List.of("property", "name", "itemprop")) {
        String key = meta.attr(attr).toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          found.putIfAbsent(key, meta.attr("content"));
        }
      }
    }
    for (String key : DATE_KEYS) {
      LocalDate d = Dates.parse(found.get(key));
      if (d != null) {
        return d;
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        JsonNode date = node == null ? null : node.findValue("datePublished");
        LocalDate d = date != null && date.isTextual() ? Dates.parse(date.asText()) : null;
        if (d != null) {
          return d;
        }
      } catch (JsonProcessingException malformed) {
        // a broken JSON-LD block is ignored, as browsers do
      }
    }
    for (Element time : page.select("time[datetime]")) {
      LocalDate d = Dates.parse(time.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    return null;
  }
}
