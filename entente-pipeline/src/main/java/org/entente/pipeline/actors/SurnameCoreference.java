package org.entente.pipeline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells which mentions name one person: a surname alone or a shorter name stands for the fuller
 * name that ends in it. Memoises the surnames it compares and the keys it gives; not thread-safe.
 */
final class SurnameCoreference {

  /** Memo of {@link NameReader#surname}: personKey asks it for each pair of names. */
  private final Map<String, String> surnames = new HashMap<>();

  private final Map<String, List<String>> nameWords = new HashMap<>();

  /**
   * Memo of {@link #personKey} for the list {@link #keyedIn}: the affiliation vote asks it for
   * every pair of mentions, and each answer scans the whole list.
   */
  private final Map<String, String> keys = new HashMap<>();

  private List<OfficialCandidate> keyedIn;
  private int keyedSize;

  private String cachedSurname(String name) {
    return surnames.computeIfAbsent(name, NameReader::surname);
  }

  private List<String> nameWords(String name) {
    return nameWords.computeIfAbsent(name, n -> List.of(n.split(" ")));
  }

  /**
   * Groups a surname-only mention with the fuller name it abbreviates ("Li" and "Li Wei"). Callers
   * passing one list again must not have changed its order or names in between (the extractor names
   * and sorts its candidates once, before the first call).
   */
  String personKey(String name, List<OfficialCandidate> found) {
    if (found != keyedIn || found.size() != keyedSize) {
      keys.clear();
      keyedIn = found;
      keyedSize = found.size();
    }
    String key = keys.get(name);
    if (key == null) {
      key = computeKey(name, found);
      keys.put(name, key);
    }
    return key;
  }

  private String computeKey(String name, List<OfficialCandidate> found) {
    if (name.indexOf(' ') < 0) {
      for (OfficialCandidate o : found) {
        if (o.name.indexOf(' ') > 0 && nameWords(o.name).contains(name)) {
          return o.name;
        }
      }
    }
    String surname = cachedSurname(name);
    for (OfficialCandidate o : found) {
      if (o.name.length() > name.length() && cachedSurname(o.name).equals(surname)) {
        return o.name;
      }
    }
    return name;
  }
}
