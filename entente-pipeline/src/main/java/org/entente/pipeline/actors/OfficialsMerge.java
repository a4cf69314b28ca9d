package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.text.Token;

/**
 * Merges the mentions of one person (full name, surname, later titles) into one {@link Person},
 * with the spans of every later mention by surname alone. Not thread-safe.
 */
final class OfficialsMerge {

  private final MarkedTokens doc;
  private final TitleReader titles;
  private final SurnameCoreference keys;

  OfficialsMerge(MarkedTokens doc, TitleReader titles, SurnameCoreference keys) {
    this.doc = doc;
    this.titles = titles;
    this.keys = keys;
  }

  List<Person> merge(List<OfficialCandidate> found) {
    Map<String, Builder> people = new LinkedHashMap<>();
    for (OfficialCandidate c : found) {
      if (c.affiliation == null || c.name.isEmpty()) {
        continue;
      }
      String key = keys.personKey(c.name, found) + "|" + c.affiliation;
      Builder b = people.computeIfAbsent(key, k -> new Builder());
      b.add(c, doc.tokens);
      b.inOffice |= !titles.hasFormer(c.titleFrom, c.titleTo);
    }
    // Later mentions by surname alone.
    Map<String, Builder> bySurname = new HashMap<>();
    people.forEach((k, b) -> bySurname.putIfAbsent(NameReader.surname(b.name), b));
    Map<String, Builder> byGivenName = givenNames(people);
    byGivenName.keySet().removeAll(bySurname.keySet());
    Map<String, Builder> byFirstSurname = firstSurnames(people);
    byFirstSurname.keySet().removeAll(bySurname.keySet());
    byFirstSurname.keySet().removeAll(byGivenName.keySet());
    for (int k = 0; k < doc.size(); k++) {
      if (!doc.isNameWord(k)) {
        continue;
      }
      String word = MarkedTokens.stripPossessive(doc.token(k).text());
      Builder b = bySurname.get(word);
      if (b == null && word.indexOf('-') > 0) {
        // "Al-Tamimi" opening a sentence is "al-Tamimi"
        b = bySurname.get(Character.toLowerCase(word.charAt(0)) + word.substring(1));
      }
      if (b == null
          && !(k + 1 < doc.size() && doc.isNameWord(k + 1))
          && !(k > 0 && doc.isNameWord(k - 1))) {
        b = byGivenName.get(word); // alone, not the start of another name
        if (b == null) {
          b = byFirstSurname.get(word);
        }
      }
      if (b != null) {
        Token t = doc.token(k);
        b.spans.add(
            new Span(t.start(), t.start() + MarkedTokens.stripPossessive(t.text()).length()));
      }
    }
    List<Person> out = new ArrayList<>();
    for (Builder b : people.values()) {
      if (!b.inOffice) {
        continue; // only ever "former": a commentator out of office, not acting for a state
      }
      List<Span> spans = b.spans.stream().distinct().sorted().toList();
      out.add(new Person(b.name, b.role, b.affiliation, spans));
    }
    return out;
  }

  /**
   * "Izzat Rahman … Izzat later met Lazaro": in many naming customs a person is named again by the
   * first word of the name. A first word that starts one person's name only, and is no other
   * person's surname, stands for that person.
   */
  private static Map<String, Builder> givenNames(Map<String, Builder> people) {
    return uniqueWords(
        people, parts -> parts.length > 1 && parts[0].length() > 2 ? parts[0] : null);
  }

  /**
   * "Andrés Villalobos Quesada … Villalobos said": where a person bears two surnames (the Spanish
   * and Latin American custom), the first is the one used alone. The word before the last of a name
   * of three words or more, capitalised, that is no other person's surname or given name.
   */
  private static Map<String, Builder> firstSurnames(Map<String, Builder> people) {
    return uniqueWords(
        people,
        parts -> {
          String w = parts.length >= 3 ? parts[parts.length - 2] : "";
          return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")
              ? w
              : null;
        });
  }

  /**
   * The word {@code pick} takes from each person's name, for the persons whose word no other
   * person's name gives and that is no surname.
   */
  private static Map<String, Builder> uniqueWords(
      Map<String, Builder> people, java.util.function.Function<String[], String> pick) {
    Map<String, Builder> out = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (Builder b : people.values()) {
      uses.merge(NameReader.surname(b.name), 2, Integer::sum);
      String w = pick.apply(b.name.split(" "));
      if (w != null) {
        uses.merge(w, 1, Integer::sum);
        out.put(w, b);
      }
    }
    out.keySet().removeIf(w -> uses.get(w) != 1);
    return out;
  }

  /** A title of one or two words without "of", "to" or "for": "Ambassador", "Dr.". */
  private static boolean isRank(String role) {
    String[] words = role.split(" ");
    return words.length <= 2
        && !role.contains(" of ")
        && !role.contains(" to ")
        && !role.contains(" for ");
  }

  private static final class Builder {
    String name = "";
    String role;
    boolean explicitRole;
    String affiliation;
    boolean inOffice;
    final List<Span> spans = new ArrayList<>();

    void add(OfficialCandidate c, List<Token> tokens) {
      if (c.name.length() > name.length()) {
        name = c.name;
      }
      if (c.role != null
          && (role == null || c.explicit && (!explicitRole || isRank(role) && !isRank(c.role)))) {
        // an office that names whom it serves wins over a bare rank: "Ambassador Name,
        // Permanent Representative of X to the United Nations"
        role = c.role;
        explicitRole = c.explicit;
      }
      affiliation = c.affiliation;
      Token first = tokens.get(c.nameFrom);
      Token last = tokens.get(c.nameTo - 1);
      spans.add(
          new Span(
              first.start(),
              first.start() + c.name.length() > last.end()
                  ? last.end()
                  : first.start() + c.name.length()));
    }
  }
}
