package org.entente.store.identity;

import java.util.List;

/**
 * Name variants of one official: "Idrissi", "Amina Idrissi" and "FM Idrissi" with the same
 * affiliation are one person. Two names match when their last words agree and either one is a
 * single word, or their first words share an initial, or one of them has only abbreviations before
 * the surname (at most three capitals, as in "FM"). Stateless and thread-safe.
 */
public final class PersonNames {

  private PersonNames() {}

  /** The normalised last word, the key under which variants are looked up; "" for no name. */
  public static String surname(String name) {
    List<String> w = words(name);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  public static boolean same(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty() || !x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return false;
    }
    if (x.size() == 1 || y.size() == 1) {
      return true;
    }
    if (x.get(0).charAt(0) == y.get(0).charAt(0)) {
      return true;
    }
    return onlyAbbreviationsBeforeSurname(a) || onlyAbbreviationsBeforeSurname(b);
  }

  /** The fuller of two variants: more words, then longer. */
  public static String fuller(String a, String b) {
    int wa = words(a).size();
    int wb = words(b).size();
    if (wa != wb) {
      return wa > wb ? a : b;
    }
    return a.length() >= b.length() ? a : b;
  }

  private static boolean onlyAbbreviationsBeforeSurname(String name) {
    String[] raw = name.strip().split("\\s+");
    for (int i = 0; i < raw.length - 1; i++) {
      if (!isAbbreviation(raw[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAbbreviation(String w) {
    String t = w.replace(".", "");
    if (t.isEmpty() || t.length() > 3) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String name) {
    String n = Words.normalise(name);
    return n.isEmpty() ? List.of() : List.of(n.split(" "));
  }
}
