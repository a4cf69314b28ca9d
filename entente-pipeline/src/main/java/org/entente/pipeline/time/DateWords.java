package org.entente.pipeline.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.pipeline.text.FrozenList;

/**
 * The word lists of the {@link DateNormaliser}: month and weekday names, number and ordinal words,
 * units, prepositions, bounds and vague phrases, read from a tab-separated resource whose format is
 * documented at the top of {@code date-words.tsv}. Loaded and validated once; immutable and
 * thread-safe.
 */
public final class DateWords {

  /** The resource that {@link #defaults()} reads, next to this class. */
  public static final String DEFAULT_RESOURCE = "date-words.tsv";

  /** The kinds of entry, the first column of the file. */
  enum Kind {
    MONTH,
    WEEKDAY,
    NUMBER,
    ORDINAL,
    UNIT,
    RELDAY,
    DAYPART,
    VAGUE,
    PREP,
    BOUND,
    MODIFIER,
    DURATION,
    DAYBEFORE,
    DAYAFTER
  }

  /** A month entry. */
  record Month(int value, boolean abbrev, boolean ambiguous) {}

  private static final Set<String> UNITS = Set.of("hour", "day", "week", "month", "year");

  private static final Set<Kind> PHRASE_KINDS =
      Set.of(Kind.VAGUE, Kind.BOUND, Kind.DAYBEFORE, Kind.DAYAFTER);

  private final Map<String, Month> months;
  private final Map<Kind, Map<String, String>> words;
  private final Map<Kind, List<List<String>>> phrases;

  /**
   * The same entries by word: each word's month, single-word values and the phrases it opens, by
   * {@link Kind#ordinal()}. The grammar probes several kinds for each word, and one lookup of the
   * word serves them all.
   */
  private final Map<String, Entry> byWord;

  /**
   * What the lists hold for one word: its month, if any, and its single-word values and the phrases
   * it opens, indexed by {@link Kind#ordinal()}. Immutable once built.
   */
  static final class Entry {
    private Month month;
    private final String[] values = new String[Kind.values().length];
    private final List<List<String>>[] phrases = newLists(Kind.values().length);

    /** The value of the word's single-word entry of {@code kind}, or null. */
    String value(Kind kind) {
      return values[kind.ordinal()];
    }

    boolean has(Kind kind) {
      return values[kind.ordinal()] != null;
    }
  }

  private DateWords(
      Map<String, Month> months,
      Map<Kind, Map<String, String>> words,
      Map<Kind, List<List<String>>> phrases) {
    this.months = months;
    this.words = words;
    this.phrases = phrases;
    Map<String, Entry> entries = new HashMap<>();
    months.forEach((w, m) -> entries.computeIfAbsent(w, x -> new Entry()).month = m);
    words.forEach(
        (k, m) ->
            m.forEach(
                (w, v) -> entries.computeIfAbsent(w, x -> new Entry()).values[k.ordinal()] = v));
    phrases.forEach(
        (k, list) -> {
          for (List<String> p : list) {
            List<List<String>>[] byKind =
                entries.computeIfAbsent(p.get(0), x -> new Entry()).phrases;
            if (byKind[k.ordinal()] == null) {
              byKind[k.ordinal()] = new ArrayList<>();
            }
            byKind[k.ordinal()].add(p); // in file order
          }
        });
    this.byWord = entries;
  }

  @SuppressWarnings("unchecked")
  private static List<List<String>>[] newLists(int n) {
    return new List[n];
  }

  /** Every word of every entry, lower case: the vocabulary the grammar starts from. */
  Set<String> allWords() {
    Set<String> all = new java.util.HashSet<>(months.keySet());
    words.values().forEach(m -> all.addAll(m.keySet()));
    phrases.values().forEach(l -> l.forEach(all::addAll));
    return all;
  }

  /** The lists shipped with Entente. */
  public static DateWords defaults() {
    try (InputStream in = DateWords.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads word lists in the documented format.
   *
   * @param source a name for messages, e.g. the file name
   * @throws IllegalArgumentException naming the source, line and value of the first bad line, or a
   *     missing month or weekday
   */
  public static DateWords parse(Reader reader, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    Map<String, Month> months = new HashMap<>();
    Map<Kind, Map<String, String>> words = new EnumMap<>(Kind.class);
    Map<Kind, List<List<String>>> phrases = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      words.put(k, new HashMap<>());
      phrases.put(k, new ArrayList<>());
    }
    boolean[] monthSeen = new boolean[13];
    boolean[] daySeen = new boolean[8];
    BufferedReader in = new BufferedReader(reader);
    String line;
    int no = 0;
    while ((line = in.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + no + ": ";
      String[] cols = line.split("\t", -1);
      if (cols.length < 3 || cols.length > 4) {
        throw new IllegalArgumentException(
            where + "expected 3 or 4 tab-separated columns: " + line);
      }
      Kind kind;
      try {
        kind = Kind.valueOf(cols[0].trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "unknown kind '" + cols[0] + "'", e);
      }
      String text = cols[1].trim();
      String value = cols[2].trim();
      String flags = cols.length == 4 ? cols[3].trim() : "";
      if (text.isEmpty()) {
        throw new IllegalArgumentException(where + "empty words");
      }
      List<String> tokens = tokenise(text);
      if (tokens.size() > 1 && !PHRASE_KINDS.contains(kind)) {
        throw new IllegalArgumentException(
            where
                + "only vague, bound, daybefore and dayafter entries may be phrases: '"
                + text
                + "'");
      }
      if (!flags.isEmpty() && kind != Kind.MONTH) {
        throw new IllegalArgumentException(where + "flags are for months only: '" + flags + "'");
      }
      String key = tokens.get(0);
      switch (kind) {
        case MONTH -> {
          int m = intValue(where, value, 1, 12);
          if (!flags.isEmpty() && !flags.equals("abbrev") && !flags.equals("ambiguous")) {
            throw new IllegalArgumentException(where + "unknown flag '" + flags + "'");
          }
          if (months.put(key, new Month(m, flags.equals("abbrev"), flags.equals("ambiguous")))
              != null) {
            throw new IllegalArgumentException(where + "duplicate month '" + text + "'");
          }
          monthSeen[m] = true;
        }
        case WEEKDAY -> daySeen[intValue(where, value, 1, 7)] = true;
        case NUMBER -> intValue(where, value, 1, 99);
        case ORDINAL -> intValue(where, value, 1, 31);
        case RELDAY -> intValue(where, value, -7, 7);
        case PREP -> {
          if (!value.equals("strong") && !value.equals("weak")) {
            throw new IllegalArgumentException(
                where + "prep value must be strong or weak: '" + value + "'");
          }
        }
        case UNIT -> {
          if (!UNITS.contains(value)) {
            throw new IllegalArgumentException(where + "unknown unit '" + value + "'");
          }
        }
        default -> {
          if (!value.equals("-")) {
            throw new IllegalArgumentException(where + "value must be '-': '" + value + "'");
          }
        }
      }
      if (tokens.size() > 1) {
        phrases
            .get(kind)
            .add(FrozenList.copyOf(tokens)); // one list class: matchLength stays direct
      } else if (kind != Kind.MONTH && words.get(kind).put(key, value) != null) {
        throw new IllegalArgumentException(where + "duplicate " + cols[0] + " '" + text + "'");
      }
    }
    for (int m = 1; m <= 12; m++) {
      if (!monthSeen[m]) {
        throw new IllegalArgumentException(source + ": no name for month " + m);
      }
    }
    for (int d = 1; d <= 7; d++) {
      if (!daySeen[d]) {
        throw new IllegalArgumentException(source + ": no name for weekday " + d);
      }
    }
    Map<Kind, Map<String, String>> frozenWords = new EnumMap<>(Kind.class);
    words.forEach(
        (k, v) -> frozenWords.put(k, java.util.Collections.unmodifiableMap(new HashMap<>(v))));
    Map<Kind, List<List<String>>> frozenPhrases = new EnumMap<>(Kind.class);
    phrases.forEach((k, v) -> frozenPhrases.put(k, List.copyOf(v)));
    return new DateWords(
        java.util.Collections.unmodifiableMap(new HashMap<>(months)), frozenWords, frozenPhrases);
  }

  private static int intValue(String where, String value, int min, int max) {
    try {
      int v = Integer.parseInt(value);
      if (v < min || v > max) {
        throw new IllegalArgumentException(
            where + "value " + value + " outside " + min + ".." + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + "not a number: '" + value + "'", e);
    }
  }

  private static List<String> tokenise(String text) {
    Tokens t = new Tokens(text, null);
    List<String> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      out.add(t.key(i).intern()); // the instance the vocabulary gives tokens: hits compare refs
    }
    return out;
  }

  Month month(String key) {
    Entry e = entry(key);
    return e == null ? null : e.month;
  }

  /** What the lists hold for {@code key}, or null when they hold nothing. */
  Entry entry(String key) {
    return isListed(key) ? byWord.get(key) : null;
  }

  /** The value of single-word entry {@code key} of {@code kind}, or null. */
  String value(Kind kind, String key) {
    Entry e = entry(key);
    return e == null ? null : e.values[kind.ordinal()];
  }

  /**
   * False for null and for {@link Vocabulary#UNKNOWN}, the key of most tokens, which no list holds:
   * answering those without a hash lookup keeps the grammar's many probes cheap.
   */
  private static boolean isListed(String key) {
    return key != null && !key.isEmpty();
  }

  boolean has(Kind kind, String key) {
    return value(kind, key) != null;
  }

  /** The integer value of a numeric single-word entry, or -1. */
  int intValue(Kind kind, String key) {
    String v = value(kind, key);
    return v == null ? -1 : Integer.parseInt(v);
  }

  /**
   * The number of tokens of the longest entry of {@code kind} (a single word or a phrase) that
   * starts at token {@code i}, or 0.
   */
  int matchLength(Kind kind, Tokens t, int i) {
    return matchLength(kind, entry(t.key(i)), t, i);
  }

  /** As {@link #matchLength(Kind, Tokens, int)}, with {@code e}, the entry of token {@code i}. */
  int matchLength(Kind kind, Entry e, Tokens t, int i) {
    if (e == null) {
      return 0;
    }
    int best = e.values[kind.ordinal()] != null ? 1 : 0;
    List<List<String>> phrases = e.phrases[kind.ordinal()];
    if (phrases == null) {
      return best;
    }
    // By index: asked at every token that may open a date, and an iterator is an allocation
    // per call under the launcher's client compiler (no escape analysis).
    for (int x = 0; x < phrases.size(); x++) {
      List<String> p = phrases.get(x);
      if (p.size() > best) {
        int k = 1;
        while (k < p.size() && p.get(k).equals(t.key(i + k))) {
          k++;
        }
        if (k == p.size()) {
          best = k;
        }
      }
    }
    return best;
  }
}
