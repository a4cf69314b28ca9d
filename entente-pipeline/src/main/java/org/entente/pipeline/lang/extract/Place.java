package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.ActorMention;
import org.entente.model.Location;
import org.entente.pipeline.gazetteer.ActorInfo;
import org.entente.pipeline.gazetteer.Gazetteer;

/** A city named after a preposition of place ("à Abidjan", "en Montevideo"), geocoded. */
record Place(String name, Location location) {

  private static final Pattern AFTER_PREPOSITION =
      Pattern.compile(
          "(?<![\\p{L}])(?iu:à|a|en|dans|desde|de)\\s+(?:la\\s+ville\\s+de\\s+|la\\s+ciudad\\s+de\\s+)?"
              + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de\\s+|del\\s+)?\\p{Lu}[\\p{L}'’-]+){0,2})");

  /** A city after a preposition of being there ("à Abidjan", "en Quito"), not of coming from. */
  private static final Pattern AFTER_LOCATIVE =
      Pattern.compile(
          "(?<![\\p{L}])(?iu:à|a|en|dans)\\s+(?:la\\s+ville\\s+de\\s+|la\\s+ciudad\\s+de\\s+)?"
              + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de\\s+|del\\s+)?\\p{Lu}[\\p{L}'’-]+){0,2})");

  /** The first geocoded city after a preposition in [from, to), or null. */
  static Place in(LocalText lt, int from, int to) {
    return first(AFTER_PREPOSITION, lt, from, to);
  }

  /**
   * The first geocoded city in [from, to) after a preposition of being there, or null: "a reçu à
   * Abidjan une délégation de Rabat" gives Abidjan, never Rabat.
   */
  static Place at(LocalText lt, int from, int to) {
    return first(AFTER_LOCATIVE, lt, from, to);
  }

  private static Place first(Pattern preposition, LocalText lt, int from, int to) {
    Matcher m = preposition.matcher(lt.text);
    m.region(from, to);
    Gazetteer g = Gazetteer.defaults();
    while (m.find()) {
      String name = m.group(1);
      if (lt.inPersonName(m.start(1), m.end(1))) {
        continue; // "la ministra Ana Ortiz de Loja": a name, not a city
      }
      // the longest prefix of the capitalised words that is a city
      String[] parts = name.split("\\s+");
      for (int n = parts.length; n >= 1; n--) {
        String candidate = String.join(" ", List.of(parts).subList(0, n));
        var loc = g.city(candidate);
        if (loc.isPresent()) {
          return new Place(candidate, loc.get());
        }
      }
      // a capital named in the text's language ("Yamena", "Pékin"): the state's capital
      ActorMention a = lt.actorAt(m.start(1));
      if (a != null && a.how() == ActorMention.How.CAPITAL && a.span().start() == m.start(1)) {
        String capital = g.actor(a.code()).map(ActorInfo::capital).orElse(null);
        var loc = g.city(capital);
        if (loc.isPresent()) {
          return new Place(lt.text.substring(a.span().start(), a.span().end()), loc.get());
        }
      }
    }
    return null;
  }
}
