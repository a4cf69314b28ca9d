package org.entente.pipeline.intake;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.entente.model.Document;
import org.jsoup.Jsoup;

/**
 * Reads an RSS or Atom feed with Rome: each entry becomes a {@link Document} (id from the guid or
 * link, title, publication or update date, text from the content or description with HTML
 * stripped). Thread-safe.
 */
final class FeedReader {

  private FeedReader() {}

  static List<ReadResult> read(
      byte[] bytes, int length, String baseId, String where, ReadOptions opts) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes, 0, length)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      return List.of(new ReadResult.BadRecord(where, "not an RSS/Atom feed: " + e.getMessage()));
    }
    List<ReadResult> results = new ArrayList<>();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String at = where + "#" + n;
      String id = firstNonBlank(entry.getUri(), entry.getLink(), baseId + "#" + n);
      StringBuilder html = new StringBuilder();
      for (SyndContent c : entry.getContents()) {
        if (c.getValue() != null) {
          html.append(c.getValue()).append('\n');
        }
      }
      if (html.length() == 0 && entry.getDescription() != null) {
        html.append(entry.getDescription().getValue());
      }
      String text =
          String.join("\n\n", HtmlText.paragraphs(Jsoup.parseBodyFragment(html.toString()).body()));
      List<String> warnings = new ArrayList<>();
      if (text.length() > opts.maxChars()) {
        text = DocumentSource.cut(text, opts.maxChars());
        warnings.add("text truncated to " + opts.maxChars() + " characters");
      }
      String title = entry.getTitle() == null ? null : HtmlText.collapse(entry.getTitle());
      LocalDate published =
          toDate(
              entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
      results.add(
          new ReadResult.Read(
              new Document(
                  id,
                  where,
                  published != null ? published : opts.defaultPublished(),
                  title == null || title.isBlank() ? null : title,
                  text),
              at,
              warnings));
    }
    if (results.isEmpty()) {
      results.add(new ReadResult.BadRecord(where, "feed has no entries"));
    }
    return results;
  }

  private static LocalDate toDate(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    throw new AssertionError("the last value is never blank");
  }
}
