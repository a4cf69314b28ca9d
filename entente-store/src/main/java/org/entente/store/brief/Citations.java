package org.entente.store.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.store.Views;
import org.entente.store.evidence.Quote;
import org.entente.store.evidence.Quotes;

/**
 * The numbering of a brief's sources: each distinct quotation (document and sentence) gets the next
 * number the first time it is cited, so numbers follow reading order and repeat when a source is
 * cited again. Not thread-safe; one per brief.
 */
final class Citations {

  /** The most sources cited for one statement: a record's first report and its latest. */
  static final int PER_STATEMENT = 2;

  /** The longest evidence text listed; longer sentences are cut with "…". */
  static final int MAX_TEXT = 240;

  private final Quotes quotes;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<Citation> list = new ArrayList<>();

  Citations(Quotes quotes) {
    this.quotes = quotes;
  }

  Quotes quotes() {
    return quotes;
  }

  /**
   * The citations of a record: its earliest and latest sources, or the ledger itself when a curator
   * entered it and no document reports it.
   */
  List<Integer> record(Views.LedgerRecord r) {
    if (r.sources().isEmpty()) {
      return List.of(ledger(r.id()));
    }
    List<Views.Source> s = new ArrayList<>(r.sources());
    s.sort(
        Comparator.comparing(
                Views.Source::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Views.Source::docId));
    List<Quote> chosen = new ArrayList<>();
    chosen.add(quotes.quote(s.get(0)));
    if (s.size() > 1) {
      chosen.add(quotes.quote(s.get(s.size() - 1)));
    }
    return quotes(chosen, PER_STATEMENT);
  }

  /** The citations of at most {@code max} quotations, ascending, duplicates merged. */
  List<Integer> quotes(List<Quote> qs, int max) {
    TreeSet<Integer> out = new TreeSet<>();
    for (Quote q : qs) {
      if (out.size() == max) {
        break;
      }
      out.add(quote(q));
    }
    return List.copyOf(out);
  }

  /** The number of a quotation, given the next one when first cited. */
  int quote(Quote q) {
    String key = q.docId() + "\u0000" + q.text();
    Integer n = numbers.get(key);
    if (n == null) {
      n = list.size() + 1;
      numbers.put(key, n);
      list.add(new Citation(n, q.docId(), q.outlet(), q.published(), q.title(), clip(q.text())));
    }
    return n;
  }

  /** A document cited by its opening sentence. */
  int document(String docId) {
    return quote(quotes.lead(docId));
  }

  /** The ledger as the source of a record entered by hand. */
  int ledger(long recordId) {
    String key = "ledger\u0000" + recordId;
    Integer n = numbers.get(key);
    if (n == null) {
      n = list.size() + 1;
      numbers.put(key, n);
      list.add(
          new Citation(
              n,
              null,
              "Entente ledger",
              null,
              "record " + recordId,
              "entered by a curator; no document in the ledger reports it"));
    }
    return n;
  }

  List<Citation> all() {
    return List.copyOf(list);
  }

  /** An outlet as people name it: a file's name rather than its path. */
  static String outlet(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    String s = source.strip();
    if (s.contains("://")) {
      return s;
    }
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return slash >= 0 && slash < s.length() - 1 ? s.substring(slash + 1) : s;
  }

  static String clip(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1).strip() + "…";
  }
}
