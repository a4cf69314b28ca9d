package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Person;

/**
 * Officials named again by their surname alone after their first mention ("MM. Sanda et Adéoti sont
 * convenus", "Con el ministro Ocampo, la canciller acordó"): the states they act for. A surname is
 * any capitalised word of a full name but its first (Spanish names carry two), of three letters or
 * more; one that two officials of different sides share names neither. Stateless.
 */
final class Surnames {

  private static final Pattern WORD = Pattern.compile("[\\p{Lu}][\\p{L}'-]{2,}");

  private Surnames() {}

  /**
   * A capitalised word right before (not an honorific: "Mme", "Sr") or after: part of another name
   * ("San José", "Juan Vargas").
   */
  private static final Pattern CAPITAL_BEFORE = Pattern.compile("[\\p{Lu}][\\p{L}'-]*[ \\u00a0]$");

  private static final Pattern CAPITAL_AFTER = Pattern.compile("^[ \\u00a0][\\p{Lu}]");

  private static boolean inName(
      String text,
      String folded,
      org.entente.pipeline.lang.PhraseList<String> honorifics,
      int start,
      int end) {
    int from = Math.max(0, start - 30);
    Matcher before = CAPITAL_BEFORE.matcher(text.substring(from, start));
    if (before.find()
        && (honorifics == null || honorifics.first(folded, from + before.start(), start) == null)) {
      return true;
    }
    String after = text.substring(end, Math.min(text.length(), end + 2));
    return CAPITAL_AFTER.matcher(after).find();
  }

  /** The affiliations of the officials whose surname stands alone in {@code text[from, to)}. */
  static Set<String> in(
      List<Person> persons,
      String text,
      String folded,
      org.entente.pipeline.lang.PhraseList<String> honorifics,
      int from,
      int to) {
    Map<String, String> bySurname = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Person p : persons) {
      if (p.affiliation() == null || p.name() == null) {
        continue;
      }
      String[] parts = p.name().strip().split("\\s+");
      for (int i = 1; i < parts.length; i++) {
        if (!WORD.matcher(parts[i]).matches()) {
          continue;
        }
        String prev = bySurname.putIfAbsent(parts[i], p.affiliation());
        if (prev != null && !prev.equals(p.affiliation())) {
          ambiguous.add(parts[i]);
        }
      }
    }
    Set<String> out = new LinkedHashSet<>();
    if (bySurname.isEmpty()) {
      return out;
    }
    List<String> names = new ArrayList<>(bySurname.keySet());
    names.removeAll(ambiguous);
    if (names.isEmpty()) {
      return out;
    }
    StringBuilder alt = new StringBuilder();
    for (String n : names) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
    }
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])")
            .matcher(text)
            .region(from, to);
    while (m.find()) {
      if (!inName(text, folded, honorifics, m.start(), m.end())) {
        out.add(bySurname.get(m.group()));
      }
    }
    return out;
  }
}
