package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.pipeline.resources.ResourceFile;

/**
 * What a role says about its holder's state, loaded from {@code offices.tsv}: the single-holder
 * office it names ("foreign minister", "head of state"), and the states whose officials never carry
 * such a title. Immutable and thread-safe; {@link #defaults()} loads once.
 *
 * <pre>{@code
 * Offices offices = Offices.defaults();
 * offices.officeOf("Foreign Minister");      // "foreign"
 * offices.officeOf("Deputy Foreign Minister"); // null: not the office itself
 * offices.neverHeldFor("Defense Minister");  // [USA]
 * }</pre>
 */
public final class Offices {
  /** What separates the words of an office. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words that make a role something other than the office itself. */
  private static final Set<String> QUALIFIERS =
      Set.of(
          "vice",
          "deputy",
          "crown",
          "then",
          "former",
          "acting",
          "assistant",
          "under",
          "undersecretary",
          "junior",
          "shadow",
          "state",
          "ex",
          "late",
          "designate",
          "elect");

  private record Office(List<String> words, String office, boolean alone) {}

  private record Never(List<String> words, String code) {}

  private final List<Office> offices;
  private final List<Never> nevers;

  private Offices(List<Office> offices, List<Never> nevers) {
    this.offices = offices;
    this.nevers = nevers;
  }

  public static Offices defaults() {
    return Holder.DEFAULT;
  }

  static Offices load() {
    List<Office> offices = new ArrayList<>();
    List<Never> nevers = new ArrayList<>();
    for (ResourceFile.Line line : ResourceFile.read(Offices.class, "offices.tsv")) {
      List<String> words = words(line.field(2));
      if (words.isEmpty()) {
        throw line.error("empty phrase");
      }
      switch (line.field(0)) {
        case "office" -> {
          if (!line.field(3).isEmpty() && !line.field(3).equals("alone")) {
            throw line.error("unknown flag '" + line.field(3) + "'");
          }
          offices.add(new Office(words, line.field(1), line.field(3).equals("alone")));
        }
        case "never" -> {
          if (!line.field(1).matches("[A-Z][A-Z0-9_]{1,15}")) {
            throw line.error("bad actor code '" + line.field(1) + "'");
          }
          nevers.add(new Never(words, line.field(1)));
        }
        default -> throw line.error("unknown kind '" + line.field(0) + "'");
      }
    }
    // Longest phrases first: "chancellor of the exchequer" before "chancellor".
    offices.sort((a, b) -> b.words().size() - a.words().size());
    return new Offices(List.copyOf(offices), List.copyOf(nevers));
  }

  /**
   * The single-holder office that {@code role} names ("state", "government", "foreign", …), or null
   * when it names none or is qualified ("Deputy Prime Minister", "former President").
   */
  public String officeOf(String role) {
    List<String> words = words(role);
    for (String w : words) {
      if (QUALIFIERS.contains(w)) {
        // "Minister of State" is a junior rank; "Secretary of State" is an office.
        if (!w.equals("state") || !endsWith(words, List.of("secretary", "of", "state"))) {
          return null;
        }
      }
    }
    for (Office o : offices) {
      if (o.alone() ? words.equals(o.words()) : endsWith(words, o.words())) {
        return o.office();
      }
    }
    return null;
  }

  /** The actors whose officials never hold {@code role} ("Foreign Secretary" is not American). */
  public Set<String> neverHeldFor(String role) {
    List<String> words = words(role);
    Set<String> out = new HashSet<>();
    for (Never n : nevers) {
      if (contains(words, n.words())) {
        out.add(n.code());
      }
    }
    return out;
  }

  private static List<String> words(String s) {
    if (s == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean endsWith(List<String> words, List<String> suffix) {
    int off = words.size() - suffix.size();
    return off >= 0 && words.subList(off, words.size()).equals(suffix);
  }

  private static boolean contains(List<String> words, List<String> part) {
    for (int i = 0; i + part.size() <= words.size(); i++) {
      if (words.subList(i, i + part.size()).equals(part)) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    static final Offices DEFAULT = load();
  }
}
