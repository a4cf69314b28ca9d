package org.entente.pipeline.gazetteer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention.How;
import org.entente.model.Location;

/**
 * Reads and validates the resource files (see the README.md beside them). Every problem fails with
 * a {@link GazetteerException} naming the file, the line and the value.
 */
final class GazetteerLoader {

  static final String[] STATE_HEADER = {
    "code", "iso2", "name", "official", "demonym", "capitals", "latitude", "longitude", "status"
  };
  static final String[] ALIAS_HEADER = {"alias", "code", "how", "flags", "from", "until"};
  static final String[] ORG_HEADER = {"code", "name", "aliases"};
  static final String[] CITY_HEADER = {
    "name", "country", "latitude", "longitude", "population", "flags"
  };

  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern ORG_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");
  private static final Pattern ANNOTATED = Pattern.compile("([^\\[\\]]+)(?:\\[([^\\[\\]]*)\\])?");
  private static final String GUARD = "-";

  final Map<String, ActorInfo> actors = new LinkedHashMap<>();
  final Map<String, List<String>> capitals = new HashMap<>();

  /** Hand-written aliases first (they win), then generated ones. */
  final List<Alias> aliases = new ArrayList<>();

  final List<City> cities = new ArrayList<>();

  /** Loads the default resource set. */
  static GazetteerLoader defaults() {
    GazetteerLoader l = new GazetteerLoader();
    l.states("states.tsv", TsvFile.read("states.tsv", STATE_HEADER));
    l.states("states-historical.tsv", TsvFile.read("states-historical.tsv", STATE_HEADER));
    l.organisations(TsvFile.read("organisations.tsv", ORG_HEADER));
    List<Alias> hand = new ArrayList<>(l.aliasRows(TsvFile.read("states-extra.tsv", ALIAS_HEADER)));
    hand.addAll(l.aliases);
    l.aliases.clear();
    checkNoConflicts(hand);
    l.aliases.addAll(hand);
    Map<String, Boolean> handKeys = new HashMap<>();
    hand.forEach(a -> handKeys.put(Folding.fold(a.text()), true));
    for (Alias a : l.aliasRows(TsvFile.read("state-aliases.tsv", ALIAS_HEADER))) {
      if (!handKeys.containsKey(Folding.fold(a.text()))) {
        l.aliases.add(a);
      }
    }
    l.abbreviateSaints();
    l.cities(TsvFile.read("cities.tsv", CITY_HEADER));
    l.cities(TsvFile.read("cities-extra.tsv", CITY_HEADER));
    return l;
  }

  /**
   * States whose English names open with "Saint" are as often written "St." or "St" ("St. Lucia",
   * "St Kitts and Nevis", "St. Vincentian"): each such alias gets both short forms, unless an alias
   * of that text exists already.
   */
  private void abbreviateSaints() {
    Set<String> keys = new HashSet<>();
    aliases.forEach(a -> keys.add(Folding.fold(a.text())));
    List<Alias> added = new ArrayList<>();
    for (Alias a : aliases) {
      if (a.kind() != ActorKind.STATE || !a.text().startsWith("Saint ")) {
        continue;
      }
      String rest = a.text().substring("Saint ".length());
      for (String prefix : List.of("St. ", "St ")) {
        String text = prefix + rest;
        if (keys.add(Folding.fold(text))) {
          added.add(
              new Alias(
                  text,
                  a.code(),
                  a.kind(),
                  a.how(),
                  a.ambiguous(),
                  a.forename(),
                  a.from(),
                  a.until(),
                  a.source()));
        }
      }
    }
    aliases.addAll(added);
  }

  /**
   * The default resource set plus the state and organisation names of one language, from {@code
   * /org/entente/pipeline/lang/<lang>/}: its hand-written {@code states-extra.tsv} first (it wins),
   * then the English aliases, then its generated {@code state-aliases.tsv} where no alias with the
   * same folded text exists.
   */
  static GazetteerLoader forLanguage(String lang) {
    GazetteerLoader l = defaults();
    String dir = "/org/entente/pipeline/lang/" + lang + "/";
    List<Alias> hand = l.aliasRows(TsvFile.read(dir + "states-extra.tsv", ALIAS_HEADER));
    checkNoConflicts(hand);
    // Keys are folded texts with their first letter's case: a text is matched only where its
    // capitals are, so the English "Nigerian" does not read the French "nigérian".
    Map<String, Boolean> keys = new HashMap<>();
    hand.forEach(a -> keys.put(caseKey(a.text()), true));
    List<Alias> all = new ArrayList<>(hand);
    for (Alias a : l.aliases) {
      // an English alias with the folded text of a hand-written one gives way to it
      if (keys.putIfAbsent(caseKey(a.text()), false) == null || !keys.get(caseKey(a.text()))) {
        all.add(a);
      }
    }
    for (Alias a : l.aliasRows(TsvFile.read(dir + "state-aliases.tsv", ALIAS_HEADER))) {
      if (keys.putIfAbsent(caseKey(a.text()), true) == null) {
        all.add(a);
      }
    }
    l.aliases.clear();
    l.aliases.addAll(all);
    return l;
  }

  /** The folded text, marked when it starts with a capital. */
  private static String caseKey(String text) {
    String f = Folding.fold(text);
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) ? "^" + f : f;
  }

  void states(String file, List<TsvFile.Row> rows) {
    for (TsvFile.Row r : rows) {
      String code = r.get(0);
      if (!STATE_CODE.matcher(code).matches()) {
        throw r.error("state code must be three capital letters, was '" + code + "'");
      }
      requireNonEmpty(r, 2, "name");
      parseDouble(r, 6);
      parseDouble(r, 7);
      String demonym = r.get(4).isEmpty() ? null : r.get(4);
      List<String> caps = r.get(5).isEmpty() ? List.of() : List.of(r.get(5).split("\\|"));
      putActor(
          r,
          new ActorInfo(
              code, r.get(2), ActorKind.STATE, demonym, caps.isEmpty() ? null : caps.get(0)));
      capitals.put(code, caps);
    }
  }

  void organisations(List<TsvFile.Row> rows) {
    for (TsvFile.Row r : rows) {
      String code = r.get(0);
      if (!ORG_CODE.matcher(code).matches()) {
        throw r.error("organisation code must be capitals, digits and _, was '" + code + "'");
      }
      String name = requireNonEmpty(r, 1, "name");
      putActor(r, new ActorInfo(code, name, ActorKind.ORGANISATION, null, null));
      String source = r.file() + ":" + r.line();
      aliases.add(
          new Alias(
              name, code, ActorKind.ORGANISATION, How.NAME, false, false, null, null, source));
      if (r.get(2).isEmpty()) {
        continue;
      }
      for (String item : r.get(2).split("\\|", -1)) {
        Matcher m = ANNOTATED.matcher(item);
        if (item.isBlank() || !m.matches() || m.group(1).isBlank()) {
          throw r.error("empty or malformed alias '" + item + "' in '" + r.get(2) + "'");
        }
        String text = m.group(1).strip();
        if (text.equals(name) && m.group(2) == null) {
          continue; // the name is an alias already
        }
        How how = text.chars().anyMatch(Character::isLowerCase) ? How.NAME : How.ACRONYM;
        boolean ambiguous = false;
        LocalDate from = null;
        LocalDate until = null;
        if (m.group(2) != null) {
          for (String flag : m.group(2).split(",")) {
            flag = flag.strip();
            if (flag.equals("ambiguous")) {
              ambiguous = true;
            } else if (flag.equals("institution")) {
              how = How.INSTITUTION;
            } else if (flag.startsWith("from=")) {
              from = parseDate(r, flag.substring(5));
            } else if (flag.startsWith("until=")) {
              until = parseDate(r, flag.substring(6));
            } else {
              throw r.error("unknown alias flag '" + flag + "' in '" + item + "'");
            }
          }
        }
        checkPeriod(r, from, until);
        aliases.add(
            new Alias(
                text, code, ActorKind.ORGANISATION, how, ambiguous, false, from, until, source));
      }
    }
  }

  List<Alias> aliasRows(List<TsvFile.Row> rows) {
    List<Alias> out = new ArrayList<>();
    for (TsvFile.Row r : rows) {
      String text = requireNonEmpty(r, 0, "alias");
      String code = requireNonEmpty(r, 1, "code");
      String howText = requireNonEmpty(r, 2, "how");
      boolean guard = code.equals(GUARD);
      if (guard != howText.equals(GUARD)) {
        throw r.error("a guard has both code and how '-', was '" + code + "' / '" + howText + "'");
      }
      ActorInfo info = guard ? null : actors.get(code);
      if (!guard && info == null) {
        throw r.error("unknown actor code '" + code + "'");
      }
      How how = null;
      if (!guard) {
        try {
          how = How.valueOf(howText);
        } catch (IllegalArgumentException e) {
          throw r.error("unknown how '" + howText + "', expected one of " + List.of(How.values()));
        }
      }
      boolean ambiguous = false;
      boolean forename = false;
      for (String flag : r.get(3).isEmpty() ? new String[0] : r.get(3).split(",")) {
        switch (flag.strip()) {
          case "ambiguous" -> ambiguous = true;
          case "forename" -> forename = true;
          default ->
              throw r.error(
                  "unknown flag '" + flag + "', expected 'ambiguous', 'forename' or nothing");
        }
      }
      LocalDate from = r.get(4).isEmpty() ? null : parseDate(r, r.get(4));
      LocalDate until = r.get(5).isEmpty() ? null : parseDate(r, r.get(5));
      checkPeriod(r, from, until);
      out.add(
          new Alias(
              text,
              guard ? null : code,
              guard ? null : info.kind(),
              how,
              ambiguous || forename,
              forename,
              from,
              until,
              r.file() + ":" + r.line()));
    }
    return out;
  }

  void cities(List<TsvFile.Row> rows) {
    for (TsvFile.Row r : rows) {
      String name = requireNonEmpty(r, 0, "name");
      String country = r.get(1);
      ActorInfo state = actors.get(country);
      if (state == null || state.kind() != ActorKind.STATE) {
        throw r.error("unknown country code '" + country + "'");
      }
      double lat = parseDouble(r, 2);
      double lon = parseDouble(r, 3);
      long population;
      try {
        population = Long.parseLong(r.get(4));
      } catch (NumberFormatException e) {
        throw r.error("population must be a whole number, was '" + r.get(4) + "'");
      }
      String flags = r.get(5);
      if (!flags.isEmpty() && !flags.equals("capital")) {
        throw r.error("unknown flag '" + flags + "', expected 'capital' or nothing");
      }
      cities.add(new City(new Location(name, country, lat, lon), population, !flags.isEmpty()));
    }
  }

  /**
   * Two hand-written aliases with the same folded text must not hold at the same time, unless they
   * are case variants of one actor ("NATO", "Nato").
   */
  static void checkNoConflicts(List<Alias> hand) {
    Map<String, List<Alias>> byKey = new HashMap<>();
    for (Alias a : hand) {
      List<Alias> same = byKey.computeIfAbsent(Folding.fold(a.text()), k -> new ArrayList<>());
      for (Alias b : same) {
        if (a.overlaps(b) && (a.text().equals(b.text()) || !Objects.equals(a.code(), b.code()))) {
          throw new GazetteerException(
              a.source()
                  + ": alias '"
                  + a.text()
                  + "' already defined at "
                  + b.source()
                  + " for an overlapping period");
        }
      }
      same.add(a);
    }
  }

  private void putActor(TsvFile.Row r, ActorInfo info) {
    if (actors.putIfAbsent(info.code(), info) != null) {
      throw r.error("duplicate code '" + info.code() + "'");
    }
  }

  private static String requireNonEmpty(TsvFile.Row r, int column, String what) {
    String v = r.get(column);
    if (v.isEmpty()) {
      throw r.error("empty " + what);
    }
    return v;
  }

  private static double parseDouble(TsvFile.Row r, int column) {
    try {
      return Double.parseDouble(r.get(column));
    } catch (NumberFormatException e) {
      throw r.error("not a number: '" + r.get(column) + "'");
    }
  }

  private static LocalDate parseDate(TsvFile.Row r, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw r.error("not a date (YYYY-MM-DD): '" + value + "'");
    }
  }

  private static void checkPeriod(TsvFile.Row r, LocalDate from, LocalDate until) {
    if (from != null && until != null && from.isAfter(until)) {
      throw r.error(
          String.format(Locale.ROOT, "period ends (%s) before it starts (%s)", until, from));
    }
  }
}
