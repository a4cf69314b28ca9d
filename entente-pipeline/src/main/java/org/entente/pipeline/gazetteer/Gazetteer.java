package org.entente.pipeline.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.entente.model.ActorMention.How;
import org.entente.model.Location;
import org.entente.pipeline.text.CharClass;
import org.entente.pipeline.text.TextChars;

/**
 * States, organisations and cities, loaded once from the resource files beside this class (their
 * format: README.md there) and matched as whole words, leftmost-longest.
 *
 * <p>Matching folds case and Latin diacritics, then asks that every capital letter of the alias be
 * a capital in the text ("Turkey", "TURKEY", not "turkey"; "US", not "us"). Aliases valid only for
 * a period (the Kremlin is SUN before 1992 and RUS after) are chosen by the publication date; a
 * null date means today's conventions. Aliases marked ambiguous ("Jordan", "Georgia", "Washington",
 * "US") are also dropped in an all-capitals line, after a capitalised word in mid-sentence ("Ana
 * Jordan") and after "US-city, " ("Atlanta, Georgia"). Guards in the data ("Latin American",
 * "Washington Post", "New Mexico") are longer phrases that win the longest-match and yield nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {

  private final Map<String, ActorInfo> actors;
  private final Map<String, List<String>> capitals;
  private final WordTrie<Alias> aliases;
  private final WordTrie<City> cities;

  /*
   * The same tries restricted to keys whose first letter is not a capital. A match must be case
   * compatible (every capital of the key a capital in the text), so at a word that does not start
   * with a capital, most words of running text, only these keys can match: walking the smaller
   * trie there gives the same matches for a fraction of the work.
   */
  private final WordTrie<Alias> uncapitalisedAliases;
  private final WordTrie<City> uncapitalisedCities;

  private Gazetteer(GazetteerLoader data) {
    this.actors = Map.copyOf(data.actors);
    Map<String, List<String>> caps = new HashMap<>();
    data.capitals.forEach((k, v) -> caps.put(k, v.stream().map(Folding::fold).toList()));
    this.capitals = Map.copyOf(caps);
    this.aliases = trie(data.aliases, Alias::text, false);
    this.uncapitalisedAliases = trie(data.aliases, Alias::text, true);
    List<City> byPopulation =
        data.cities.stream().sorted(Comparator.comparingLong(City::population).reversed()).toList();
    this.cities = trie(byPopulation, c -> c.location().name(), false);
    this.uncapitalisedCities = trie(byPopulation, c -> c.location().name(), true);
  }

  /** A trie of {@code values} under their keys, in order; optionally only uncapitalised keys. */
  private static <V> WordTrie<V> trie(
      Collection<V> values, Function<V, String> key, boolean uncapitalisedOnly) {
    WordTrie.Builder<V> b = WordTrie.builder();
    for (V v : values) {
      String k = key.apply(v);
      if (!uncapitalisedOnly || !startsWithCapital(k)) {
        b.add(k, v);
      }
    }
    return b.build();
  }

  private static boolean startsWithCapital(CharSequence s) {
    return s.length() > 0 && Character.isUpperCase(s.charAt(0));
  }

  /**
   * The gazetteer of the bundled resource files, loaded and validated on first use.
   *
   * @throws GazetteerException if a resource file is malformed (naming file, line and value)
   */
  public static Gazetteer defaults() {
    return Holder.DEFAULT;
  }

  /**
   * The gazetteer for texts in {@code language} (an ISO 639-1 code): the defaults plus the names
   * and demonyms of that language's folder ({@code org/entente/pipeline/lang/<code>/}); the
   * defaults for English. Loaded once per language.
   *
   * @throws GazetteerException if a resource file is malformed or missing
   */
  public static Gazetteer forLanguage(String language) {
    if (language.equals("en")
        || Gazetteer.class.getResource(
                "/org/entente/pipeline/lang/" + language + "/state-aliases.tsv")
            == null) {
      return defaults();
    }
    return BY_LANGUAGE.computeIfAbsent(
        language, l -> new Gazetteer(GazetteerLoader.forLanguage(l)));
  }

  private static final java.util.concurrent.ConcurrentMap<String, Gazetteer> BY_LANGUAGE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Loads a fresh gazetteer from the bundled resource files; see {@link #defaults()}. */
  static Gazetteer load() {
    return new Gazetteer(GazetteerLoader.defaults());
  }

  /**
   * Every state or organisation named in {@code text}: non-overlapping, leftmost-longest, sorted,
   * whole words only ("Nigerian" is not "Niger"; "EU-Morocco" is two). Never throws on content.
   *
   * @param text any text; not null
   * @param published the document's publication date, choosing period-bound codes; null for today
   */
  public List<ActorMatch> findActors(CharSequence text, LocalDate published) {
    Objects.requireNonNull(text, "text");
    List<ActorMatch> out = new ArrayList<>();
    char[] chars = TextChars.of(text.toString());
    // One acceptor per call, not per word: a capturing lambda is an allocation each time.
    WordTrie.Acceptor<Alias> acceptor = (a, s, e) -> accepts(text, a, s, e, published);
    int[] words = WordStarts.of(chars); // shared with findPlaces over the same text
    int i = 0;
    for (int w = 1; w <= words[0]; w++) {
      if (words[w] < i) {
        continue; // inside the last match
      }
      i = words[w];
      WordTrie<Alias> trie = startsWithCapital(chars, i) ? aliases : uncapitalisedAliases;
      WordTrie.Hit<Alias> hit = trie.longestAt(chars, i, acceptor);
      if (hit == null) {
        continue;
      }
      Alias a = hit.value();
      if (!a.isGuard()) {
        out.add(new ActorMatch(hit.start(), hit.end(), a.code(), a.kind(), a.how()));
      }
      i = hit.end();
    }
    return out;
  }

  /**
   * Every city named in {@code text}, capitalised as the gazetteer writes it, geocoded to the most
   * populous city of that name; not next to a capitalised word that makes it part of a person's
   * name ("Lincoln Vega", "Georgia Vega"). Non-overlapping, leftmost-longest, sorted.
   */
  public List<PlaceMatch> findPlaces(CharSequence text) {
    return findPlaces(text, Integer.MAX_VALUE);
  }

  /**
   * Those of {@link #findPlaces(CharSequence)} that start at or before {@code maxStart}, found
   * without walking from the later words: a caller that reads a dateline at the start of a text
   * needs no more.
   */
  public List<PlaceMatch> findPlaces(CharSequence text, int maxStart) {
    Objects.requireNonNull(text, "text");
    List<PlaceMatch> out = new ArrayList<>();
    char[] chars = TextChars.of(text.toString());
    // One acceptor per call, not per word: a capturing lambda is an allocation each time.
    WordTrie.Acceptor<City> acceptor =
        (c, s, e) ->
            Folding.caseCompatible(text, s, c.location().name())
                && !ContextGuards.afterNameInSentence(text, s)
                && !ContextGuards.beforeName(text, e);
    int[] words = WordStarts.of(chars); // shared with findActors over the same text
    int i = 0;
    for (int w = 1; w <= words[0] && words[w] <= maxStart; w++) {
      if (words[w] < i) {
        continue; // inside the last match
      }
      i = words[w];
      WordTrie<City> trie = startsWithCapital(chars, i) ? cities : uncapitalisedCities;
      WordTrie.Hit<City> hit = trie.longestAt(chars, i, acceptor);
      if (hit == null) {
        continue;
      }
      String surface = text.subSequence(hit.start(), hit.end()).toString();
      out.add(
          new PlaceMatch(
              hit.start(),
              hit.end(),
              // "NAIROBI, March 3 -": a dateline's capitals name the city as the gazetteer writes
              // it
              surface.equals(surface.toUpperCase(java.util.Locale.ROOT))
                  ? hit.value().location().name()
                  : surface,
              hit.value().location()));
      i = hit.end();
    }
    return out;
  }

  /** What the gazetteer knows about {@code code}, a state or an organisation code. */
  public Optional<ActorInfo> actor(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(actors.get(code));
  }

  /** The most populous city called {@code name} (case and accents ignored), if any. */
  public Optional<Location> city(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = name.strip();
    List<City> found = cities.get(key);
    if (found.isEmpty() && key.indexOf('-') > 0) {
      found = cities.get(key.replace('-', ' ')); // French "Port-Vila" for "Port Vila"
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).location());
  }

  /**
   * Whether {@code city} is (or was) the capital or seat of government of the state {@code code}: a
   * capital in states.tsv, or a capital alias of that code in any period ("Bonn", "Peking").
   */
  public boolean isCapitalOf(String city, String code) {
    if (city == null || code == null) {
      return false;
    }
    String key = Folding.fold(city.strip());
    if (capitals.getOrDefault(code, List.of()).contains(key)) {
      return true;
    }
    return aliases.get(key).stream().anyMatch(a -> code.equals(a.code()) && a.how() == How.CAPITAL);
  }

  // The scans below read an array of the text's characters: several reads per character, each far
  // cheaper than a call through CharSequence under the launcher's client compiler.

  private static boolean startsWithCapital(char[] text, int i) {
    return CharClass.isUpperCase(text[i]);
  }

  private boolean accepts(CharSequence text, Alias a, int start, int end, LocalDate published) {
    if (!a.validOn(published) || !Folding.caseCompatible(text, start, a.text())) {
      return false;
    }
    return !a.ambiguous()
        || ContextGuards.allows(text, start, end, this)
            && !(a.forename()
                && ContextGuards.beforeName(text, end)
                && !ContextGuards.stateDespiteName(text, start, end));
  }

  /** Whether {@code word} is the name of a city of the United States in the gazetteer. */
  boolean isUsCity(CharSequence word) {
    return cities.get(word.toString()).stream().anyMatch(c -> c.location().country().equals("USA"));
  }

  private static final class Holder {
    static final Gazetteer DEFAULT = load();
  }
}
