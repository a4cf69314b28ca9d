package org.entente.pipeline.actors;

import java.util.Set;
import org.entente.pipeline.actors.TitleLexicon.WordClass;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.Token;

/**
 * Reads titles from marked tokens: how far a title runs left and right of its head word ("Deputy
 * Minister of Trade and Industry"), the role it gives and the affiliation it states. Not
 * thread-safe.
 */
final class TitleReader {

  static final int MAX_TITLE_TOKENS = 10;

  /** The most words a portfolio runs before its closing title word. */
  private static final int MAX_PORTFOLIO_WORDS = 6;

  private final MarkedTokens doc;

  TitleReader(MarkedTokens doc) {
    this.doc = doc;
  }

  /** A parenthesised acronym after a title, "(MIT)", is skipped; else {@code k}. */
  int skipAcronym(int k) {
    if (k + 2 < doc.size()
        && doc.token(k).text().equals("(")
        && doc.token(k + 2).text().equals(")")
        && doc.token(k + 1).type() == Token.Type.WORD
        && (doc.actor[k + 1] != null || MarkedTokens.isAllCaps(doc.token(k + 1).text()))) {
      return k + 3;
    }
    return k;
  }

  /** The title phrase before {@code end} ends in a lexicon word or an actor ("Affairs"). */
  boolean endsInTitleWords(int end) {
    int k = end - 1;
    return k >= 0
        && (doc.actor[k] != null
            || doc.cls[k] == WordClass.MODIFIER
            || doc.cls[k] == WordClass.INSTITUTION
            || doc.cls[k] == WordClass.HEAD);
  }

  /**
   * After a head: "of (the)? X" or "for X" where X are title words or an actor, or any capitalised
   * words that a comma closes; {@code appositive} when a name is to follow the title.
   */
  int extendOf(int k, boolean appositive) {
    int end = k;
    boolean envoy = k > 0 && isEnvoy(k - 1); // "Ambassador of Chile to Qatar"
    while (end < doc.size()) {
      String w = doc.lower(end);
      if (w.equals(",") && end > k) {
        int list = portfolioList(end);
        if (list == end) {
          break;
        }
        end = list;
        continue;
      }
      boolean to = w.equals("to") && end > 0 && (envoy || isEnvoy(end - 1));
      // "Minister of State at the German Federal Foreign Office": the body one serves in
      boolean at =
          w.equals("at")
              && end + 2 < doc.size()
              && doc.lowerIs(end + 1, "the")
              && doc.token(end + 2).isCapitalised();
      // "her counterpart from the Republic of Ghana, Name"
      boolean from =
          w.equals("from")
              && end == k
              && k > 0
              && (doc.lower(k - 1).startsWith("counterpart")
                  || doc.lower(k - 1).startsWith("peer"));
      if (!(w.equals("of") || w.equals("for") || to || at || from)) {
        break;
      }
      int m = end + 1;
      if (m < doc.size() && doc.lowerIs(m, "the")) {
        m++;
      }
      int start = m;
      int portfolioEnd = portfolioWordsEnd(m);
      while (m < doc.size()
          && m - start < 6
          && (m < portfolioEnd
              || doc.actor[m] != null
              || (doc.cls[m] != null
                  && doc.cls[m] != WordClass.EXCLUDE
                  && doc.cls[m] != WordClass.HONORIFIC)
              || (doc.lowerIs(m, "and")
                  && m + 1 < doc.size()
                  && doc.cls[m + 1] == WordClass.MODIFIER)
              || (doc.token(m).isCapitalised()
                  && !doc.isNameWord(m)
                  && !doc.isPunct(m)
                  && doc.cls[m] != WordClass.HONORIFIC))) {
        m++;
      }
      int closed = closedPortfolio(start, appositive);
      if (closed > m) {
        m = closed; // "Minister for Digital Transformation, Ana Rojas"
      }
      if (m == start) {
        break;
      }
      end = m;
    }
    return end;
  }

  /** The most words of a portfolio that a comma closes. */
  private static final int MAX_CLOSED_PORTFOLIO = 8;

  /**
   * "for Digital Transformation, Ana Rojas", "of the Commission for Rural Roads, said": a run of
   * capitalised words (with "and", "of", "the" inside) that a comma closes is the office's
   * portfolio whatever its words, when the comma is followed by the name the title introduces
   * ({@code appositive}) or, after a name, by a lower-case word. Returns the comma's token, or
   * {@code k}.
   */
  private int closedPortfolio(int k, boolean appositive) {
    int j = k;
    while (j < doc.size() && j - k < MAX_CLOSED_PORTFOLIO && doc.sentence[j] == doc.sentence[k]) {
      Token t = doc.token(j);
      String w = doc.lower(j);
      if (w.equals(",") && j > k && closes(k, j, appositive)) {
        return j;
      }
      boolean word =
          t.type() == Token.Type.WORD
              && t.isCapitalised()
              && !doc.possessive[j]
              && doc.cls[j] != WordClass.HONORIFIC
              && doc.cls[j] != WordClass.EXCLUDE;
      boolean joins =
          j > k && (w.equals("and") || w.equals("&") || w.equals("of")) || w.equals("the");
      // "of Trade, Industry and Energy, Name": a comma inside a list of portfolio words
      boolean listed =
          j > k
              && w.equals(",")
              && j + 1 < doc.size()
              && doc.token(j + 1).isCapitalised()
              && doc.actor[j + 1] == null;
      if (!word && !joins && !listed) {
        break;
      }
      j++;
    }
    return k;
  }

  /** Whether the comma at {@code j} closes the portfolio opened at {@code k}. */
  private boolean closes(int k, int j, boolean appositive) {
    if (j + 1 >= doc.size()
        || !doc.token(j - 1).isCapitalised()
        || doc.sentence[j + 1] != doc.sentence[k]) {
      return false;
    }
    if (appositive) {
      int n = j + 1;
      while (n < doc.size() && doc.cls[n] == WordClass.HONORIFIC) {
        n = doc.phraseEnd[n];
      }
      if (n < doc.size() && doc.isHead(n) && doc.phraseEnd[n] == n + 1) {
        n++; // "for the Sahel, Ambassador Ana Rojas": a rank before the name
      }
      return n + 1 < doc.size() && doc.isNameWord(n) && doc.isNameWord(n + 1);
    }
    Token next = doc.token(j + 1);
    return next.type() == Token.Type.WORD && Character.isLowerCase(next.text().charAt(0));
  }

  /**
   * "of African Integration and Foreign Affairs", "for Foreign and Diaspora Affairs": capitalised
   * words that a name could be made of still belong to a portfolio when a title word closes it
   * ("Affairs", "Cooperation") before any punctuation. Returns the token after that word, or {@code
   * k} when no title word closes the run.
   */
  private int portfolioWordsEnd(int k) {
    int end = k;
    for (int m = k; m < doc.size() && m - k < MAX_PORTFOLIO_WORDS; m++) {
      Token t = doc.token(m);
      boolean joins = doc.lowerIs(m, "and") || doc.lowerIs(m, "&");
      if (!joins && !(t.type() == Token.Type.WORD && t.isCapitalised()) || doc.possessive[m]) {
        break;
      }
      if (doc.cls[m] == WordClass.MODIFIER || doc.cls[m] == WordClass.INSTITUTION) {
        end = m + 1;
      }
      if (doc.isHead(m) || doc.cls[m] == WordClass.HONORIFIC) {
        break;
      }
    }
    return end;
  }

  /**
   * "Minister of Foreign Affairs, Regional Integration and Nationals Abroad of …": after a comma, a
   * list of portfolios joined by "and" that continues the title — mostly title words or actors, no
   * head — ending at "of" or a comma. Returns where it ends, or {@code comma}.
   */
  private int portfolioList(int comma) {
    int m = comma + 1;
    int words = 0;
    int lexical = 0;
    boolean and = false;
    while (m < doc.size() && m - comma <= 8 && doc.sentence[m] == doc.sentence[comma]) {
      if (doc.lowerIs(m, "and") && words > 0) {
        and = true;
        m++;
        continue;
      }
      Token t = doc.token(m);
      if (t.type() == Token.Type.WORD
          && t.isCapitalised()
          && !doc.isHead(m)
          && doc.cls[m] != WordClass.HONORIFIC
          && !doc.possessive[m]) {
        words++;
        lexical += doc.cls[m] != null || doc.actor[m] != null ? 1 : 0;
        m++;
        continue;
      }
      break;
    }
    boolean ends =
        m < doc.size()
            && (doc.token(m).text().equals(",") || doc.lowerIs(m, "of"))
            && !doc.lowerIs(m - 1, "and");
    return and && words >= 2 && 2 * lexical >= words && ends ? m : comma;
  }

  /** Walks left from a head phrase over modifiers, institutions, actors and possessives. */
  int extendLeft(int k) {
    int start = k;
    while (start > 0 && k - start < MAX_TITLE_TOKENS) {
      int p = start - 1;
      if (doc.sentence[p] != doc.sentence[k] || doc.lineBreakAfter(p)) {
        break;
      }
      if (doc.lowerIs(p, "and")
          && p > 0
          && doc.isHead(p - 1)
          && doc.sentence[p - 1] == doc.sentence[k]) {
        start = p; // "Crown Prince and Interior Minister"
        continue;
      }
      if (doc.cls[p] == WordClass.MODIFIER
          || doc.cls[p] == WordClass.ROYAL
          || doc.cls[p] == WordClass.INSTITUTION
          || (doc.cls[p] == WordClass.HEAD && !doc.token(p).text().equals(","))
          || doc.actor[p] != null) {
        start = doc.phraseStart[p] > 0 && doc.cls[p] != null ? Math.min(doc.phraseStart[p], p) : p;
        if (doc.actor[p] != null && doc.possessive[p]) {
          break;
        }
        continue;
      }
      if (doc.possessive[p] && doc.isNameWord(p)) {
        start = p; // "Rojas's deputy trade adviser"
        break;
      }
      break;
    }
    return start;
  }

  /**
   * Token {@code k} is one word of a longer actor name ("European" in "European Commission"): the
   * body's name is the affiliation, not a word of the role.
   */
  private boolean sameActorNextTo(int k) {
    int from = k;
    while (from > 0 && doc.actor[k].equals(doc.actor[from - 1])) {
      from--;
    }
    int to = k + 1;
    while (to < doc.size() && doc.actor[k].equals(doc.actor[to])) {
      to++;
    }
    for (int x = from; x < to; x++) {
      if (doc.cls[x] == WordClass.HEAD) {
        return false; // an office that names its body: "foreign policy chief"
      }
    }
    return to - from > 1;
  }

  /** The words after an organisation that make it a minister's portfolio: "EU Affairs". */
  private static final java.util.Set<String> PORTFOLIO_NOUNS =
      java.util.Set.of("affairs", "integration", "relations");

  /**
   * Whether the organisation at {@code k} names a minister's portfolio ("Minister for CARICOM
   * Affairs", "European Union Integration Minister"), not the body the minister serves.
   */
  private boolean portfolio(int k, int from, int to) {
    if (doc.stateActor[k] || !ministerial(from, to)) {
      return false;
    }
    int next = k + 1;
    while (next < to && doc.actor[k].equals(doc.actor[next])) {
      next++;
    }
    return next < to && PORTFOLIO_NOUNS.contains(doc.lower(next));
  }

  /**
   * Whether the state at {@code k} follows "for (the)" after an envoy's word in the title from
   * {@code from}: the envoy's mandate ("Special Representative for the Sahel States"), not the body
   * she serves.
   */
  private boolean mandate(int k, int from) {
    int p = k - 1;
    if (p > from && doc.lowerIs(p, "the")) {
      p--;
    }
    if (p <= from || !doc.lowerIs(p, "for")) {
      return false;
    }
    for (int j = from; j < p; j++) {
      if (isEnvoy(j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code [from, to)} is "minister". */
  private boolean ministerial(int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.lowerIs(k, "minister")) {
        return true;
      }
    }
    return false;
  }

  void describeTitle(OfficialCandidate c, int from, int to) {
    StringBuilder role = new StringBuilder();
    String institution = null;
    String byDefault = null;
    String place = null;
    boolean destination = false;
    boolean orgFirst = false;
    for (int k = from; k < to; k++) {
      if (doc.lowerIs(k, "to")) {
        destination = true; // "ambassador to Moscow": where, not whose
        trimFunctionWords(role); // "Ambassador of [Chile] to": the affiliation is left out
      }
      if (doc.actor[k] != null && destination) {
        role.append(' ').append(doc.token(k).text()); // part of the role, not whose
        continue;
      }
      if (doc.actor[k] != null && mandate(k, from)) {
        // "Special Envoy for Libya": the state an envoy is for, not the one she serves
        role.append(role.length() > 0 ? " " : "").append(doc.tokens.get(k).text());
        continue;
      }
      if (doc.actor[k] != null && portfolio(k, from, to)) {
        // "Minister of Trade and ASEAN Affairs": the organisation is a portfolio's subject
        role.append(role.length() > 0 ? " " : "").append(doc.tokens.get(k).text());
        continue;
      }
      if (doc.actor[k] != null) {
        if (c.affiliation == null || !c.explicit) {
          c.affiliation = doc.actor[k];
          c.explicit = true;
          orgFirst = !doc.stateActor[k];
        } else if (orgFirst && doc.stateActor[k] && ministerial(from, k)) {
          // "Minister of Foreign Affairs, Francophonie and Nationals Abroad of Chad": a minister
          // serves the state; an organisation among the portfolios is a subject
          c.affiliation = doc.actor[k];
          orgFirst = false;
        }
        if (doc.institutionActor[k]
            && (doc.cls[k] == WordClass.HEAD || doc.cls[k] == WordClass.MODIFIER)
            && !doc.possessive[k]
            && !sameActorNextTo(k)) {
          role.append(role.length() > 0 ? " " : "").append(doc.token(k).text());
        } else if (k + 1 >= to || doc.actor[k + 1] == null && !doc.token(k + 1).isCapitalised()) {
          // "Envoy of the [AU] for the Sahel": "Envoy for the Sahel"; but "President of the
          // [ECOWAS] Commission" keeps its words
          trimFunctionWords(role);
        }
        continue;
      }
      if (doc.possessive[k] && doc.isNameWord(k)) {
        c.possessor = MarkedTokens.stripPossessive(doc.token(k).text());
        continue;
      }
      if (!destination && place == null && k > from && doc.lowerIs(k - 1, "of")) {
        // "Governor of Mombasa County", "Mayor of Quezon City": the city's state
        place = Gazetteer.defaults().city(doc.token(k).text()).map(l -> l.country()).orElse(null);
      }
      if (doc.cls[k] == WordClass.INSTITUTION && (!doc.bareOnly[k] || doc.phraseStart[k] == from)) {
        institution = doc.clsAffiliation[k]; // "Senate Leader", but not "President of the Senate"
      }
      if (doc.cls[k] == WordClass.HEAD
          && doc.clsAffiliation[k] != null
          && (!doc.bareOnly[k] || doc.phraseStart[k] == from && doc.phraseEnd[k] == to)) {
        // "Secretary Hollis", but neither "Foreign Secretary" nor "Secretary of Foreign Affairs"
        byDefault = doc.clsAffiliation[k];
      }
      String w = doc.token(k).text();
      if ((w.equals("of") || w.equals("for") || w.equals("the")) && role.length() == 0) {
        continue;
      }
      if (w.equals(",")) {
        if (role.length() > 0 && role.charAt(role.length() - 1) != ',') {
          role.append(','); // "Minister of Economy, Trade and Industry"
        }
        continue;
      }
      if (role.length() > 0) {
        role.append(' ');
      }
      role.append(w);
    }
    trimFunctionWords(role);
    String r = role.toString().strip();
    c.role = r.isEmpty() ? null : r;
    if (c.affiliation == null && institution != null) {
      c.affiliation = institution;
      c.explicit = true;
    }
    if (c.affiliation == null && place != null) {
      c.affiliation = place;
      c.explicit = true;
    }
    if (c.affiliation == null && byDefault != null) {
      c.affiliation = byDefault;
    }
  }

  /** Drops "of", "the" and "for" left at the end of a role whose actor was taken out. */
  private static void trimFunctionWords(StringBuilder role) {
    while (true) {
      String r = role.toString().strip();
      int space = r.lastIndexOf(' ');
      if (r.endsWith(",")) {
        role.setLength(0);
        role.append(r, 0, r.length() - 1);
        continue;
      }
      String last = r.substring(space + 1);
      if (space < 0
          || !(last.equals("of")
              || last.equals("the")
              || last.equals("for")
              || last.equals("from"))) {
        role.setLength(0);
        role.append(r);
        return;
      }
      role.setLength(space);
    }
  }

  void ofActorAfterName(OfficialCandidate c, int nameEnd) {
    if (nameEnd + 1 < doc.size() && doc.lowerIs(nameEnd, "of")) {
      int k = nameEnd + 1;
      if (doc.lowerIs(k, "the") && k + 1 < doc.size()) {
        k++;
      }
      if (doc.actor[k] != null) {
        c.affiliation = doc.actor[k];
        c.explicit = true;
      }
    }
  }

  /** "former Secretary of State": a commentator out of office, left out. */
  boolean hasFormer(int from, int to) {
    for (int k = Math.max(0, from - 1); k < to; k++) {
      String w = doc.lower(k);
      if (w.equals("former") || w.startsWith("ex-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word that names a post abroad, after which "to" says where it is posted: "Ambassador",
   * "Permanent Representative", "Head of the Delegation", "Consul", "High Commissioner".
   */
  private boolean isEnvoy(int k) {
    String w = doc.lower(k);
    return w.startsWith("ambassador")
        || w.startsWith("envoy")
        || w.equals("emissary")
        || w.equals("representative")
        || w.equals("delegation")
        || w.equals("mission")
        || w.equals("commissioner") // "High Commissioner to Fiji": a Commonwealth envoy
        || w.startsWith("consul")
        || w.startsWith("chargé")
        || w.startsWith("charge");
  }

  /**
   * "of the Republic", "of the Kingdom": a state's form, no private body ({@code state-forms.txt}).
   */
  private static final Set<String> STATE_FORMS =
      ResourceFile.firstFields(TitleReader.class, "state-forms.txt");

  /** "County", "Province": the units of a state a city's name may stand before. */
  private static final Set<String> PLACE_NOUNS =
      ResourceFile.firstFields(TitleReader.class, "place-units.txt");

  /**
   * "president of the Andean Farmers League": an office of a named body that is no state or
   * organisation we know, so not an official.
   */
  boolean ofPrivateBody(int from, int to) {
    if (from < to && doc.lowerIs(from, "for")) {
      return false; // "Minister for Digital Transformation": a portfolio, not a body
    }
    boolean named = false;
    for (int k = from; k < to && !doc.token(k).text().equals(","); k++) {
      if (k > from && doc.lowerIs(k, "for")) {
        break; // "Envoy of the Secretary-General for the Sahel": what follows is a portfolio
      }
      if (doc.actor[k] != null
          || doc.cls[k] == WordClass.INSTITUTION
          || doc.cls[k] == WordClass.MODIFIER) {
        named = false; // "of the Republic of Chile", "of the State Department", "… Affairs"
        continue;
      }
      if (k > from && doc.actor[k - 1] != null && !doc.stateActor[k - 1]) {
        continue; // "of the ECOWAS Commission": the organisation's own body
      }
      if (Gazetteer.defaults().city(doc.token(k).text()).isPresent()) {
        named = false; // "Governor of Mombasa County": a city's or a region's office
        k = skipPlaceNouns(k + 1) - 1;
        continue;
      }
      if (doc.token(k).isCapitalised()
          && doc.cls[k] == null
          && !STATE_FORMS.contains(doc.token(k).text())) {
        named = true; // "of the North Carolina NAACP": a place naming a private body
      }
    }
    return named;
  }

  /** Past "County", "Province", "City" … after a place's name. */
  private int skipPlaceNouns(int k) {
    while (k < doc.size() && PLACE_NOUNS.contains(doc.lower(k))) {
      k++;
    }
    return k;
  }

  boolean allLowerCase(int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.token(k).isCapitalised()) {
        return false;
      }
    }
    return true;
  }

  boolean hasExclude(int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.cls[k] == WordClass.EXCLUDE && doc.actor[k] == null) {
        return true;
      }
    }
    return false;
  }
}
