package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.lang.Folding;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.time.DateMention;

/**
 * The views of one French or Spanish document that the readers share: the folded text, sentence
 * bounds, clause bounds, the actors and officials of a span, and the document's home state (read by
 * {@link HomeState}: the usual speaker of a communiqué). Not thread-safe; one per analysis.
 */
final class LocalText {

  final Analysis analysis;
  final String text;
  final String folded;
  final String home;

  /** Where the story ends: the line that opens spliced related headlines, else the text's end. */
  final int bodyEnd;

  /** Folded lines that open a list of related headlines ("À lire aussi", "Relacionadas"). */
  private static final Set<String> RELATED = relatedMarkers();

  private static Set<String> relatedMarkers() {
    Set<String> out = new java.util.HashSet<>();
    for (org.entente.pipeline.resources.ResourceFile.Line l :
        org.entente.pipeline.resources.ResourceFile.read(
            org.entente.pipeline.lang.Lexicon.class, "related-markers.txt")) {
      out.add(Folding.fold(l.field(0)).strip());
    }
    return Set.copyOf(out);
  }

  /** The offset of the first line that is a related-headlines marker, else the text's length. */
  private static int bodyEnd(String folded) {
    int at = 0;
    while (at < folded.length()) {
      int nl = folded.indexOf('\n', at);
      int end = nl < 0 ? folded.length() : nl;
      String line = folded.substring(at, end).strip();
      while (!line.isEmpty() && ":-\u2013\u2014".indexOf(line.charAt(line.length() - 1)) >= 0) {
        line = line.substring(0, line.length() - 1).strip();
      }
      if (at > 0 && RELATED.contains(line)) {
        return at;
      }
      at = end + 1;
    }
    return folded.length();
  }

  private LocalText(Analysis analysis) {
    this.analysis = analysis;
    this.text = analysis.text();
    this.folded = Folding.fold(text);
    this.bodyEnd = bodyEnd(folded);
    this.home = HomeState.of(analysis, folded, bodyEnd);
  }

  /** The states named or described (not by a city) in the text, in the order of first mention. */
  List<String> statesInOrder() {
    Set<String> out = new LinkedHashSet<>();
    for (ActorMention a : analysis.actors()) {
      if (a.kind() == ActorKind.STATE
          && (a.how() == ActorMention.How.NAME || a.how() == ActorMention.How.DEMONYM)) {
        out.add(a.code());
      }
    }
    return new ArrayList<>(out);
  }

  /** The sentence holding offset {@code i}, or null. */
  Sentence sentenceAt(int i) {
    for (Sentence s : analysis.sentences()) {
      if (s.start() <= i && i < s.end()) {
        return s;
      }
    }
    return null;
  }

  /**
   * The home state for an official named up to offset {@code nameEnd} with no state of his own,
   * unless the next state the sentence names calls that state his counterpart's ("X s'est entretenu
   * avec son homologue français"): then the state named most often after it, or null. ("… a remis
   * un message du président tchadien à son homologue camerounais": the counterpart is the Chadian
   * president's, named first.)
   */
  String homeFor(int nameEnd) {
    if (home == null) {
      return null;
    }
    Sentence s = sentenceAt(nameEnd);
    ActorMention next = null;
    for (ActorMention a : analysis.actors()) {
      if (a.kind() == ActorKind.STATE
          && a.span().start() >= nameEnd
          && (s == null || a.span().start() < s.end())
          && (next == null || a.span().start() < next.span().start())) {
        next = a;
      }
    }
    return next != null && next.code().equals(home) && HomeState.isCounterpart(folded, next)
        ? otherThan(home)
        : home;
  }

  /** The state named most often after the home state, or null. */
  String other() {
    return otherThan(home);
  }

  /** The state named most often other than {@code code}, or null. */
  String otherThan(String code) {
    return HomeState.mostNamedOtherThan(analysis, code);
  }

  static LocalText of(Analysis analysis) {
    return analysis.memo(LocalText.class, LocalText::new);
  }

  /** The sentences of the story, without spliced related headlines. */
  List<Sentence> sentences() {
    if (bodyEnd >= text.length()) {
      return analysis.sentences();
    }
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      if (s.start() < bodyEnd) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Words before an actor that make it a subject of talks, not a party ("la situation au Mali").
   */
  private static final java.util.regex.Pattern ABOUT = about();

  private static java.util.regex.Pattern about() {
    StringBuilder words = new StringBuilder();
    for (org.entente.pipeline.resources.ResourceFile.Line l :
        org.entente.pipeline.resources.ResourceFile.read(
            org.entente.pipeline.lang.Lexicon.class, "topic-words.txt")) {
      words
          .append(words.length() == 0 ? "" : "|")
          .append(java.util.regex.Pattern.quote(l.field(0)));
    }
    return java.util.regex.Pattern.compile(
        "(?:"
            + words
            + ")"
            + "\\s+(?:en|au|aux|du|de|des|d'|dans|la|le|el|l'|del|a|contra|contre)?"
            + "\\s*(?:la\\s+|le\\s+|el\\s+|l')?$");
  }

  /** The second of two subjects, the first no actor: "la situation au Sahel et en Libye". */
  private static final java.util.regex.Pattern ABOUT_SECOND =
      java.util.regex.Pattern.compile(
          "(?:situation|situacion|crise|crisis|conflit|conflicto|guerre|guerra)"
              + "\\s+(?:en|au|aux|dans|del|de la|de|du)\\s+[^\\s,.;]+(?:\\s+[^\\s,.;]+)?"
              + "\\s+(?:et|y)\\s+(?:en|au|aux|a|dans|la|le|l'|el|del|de|du)?\\s*$");

  private static final java.util.regex.Pattern PORTFOLIO =
      java.util.regex.Pattern.compile(
          "(?:\\bcharge(?:e|s|es)? (?:de|du|des|de la|de l')|\\b(?:exteriores|etrangeres),)"
              + "\\s*(?:la |l')?$");

  /** The next item of a list of places: ", au Liban", " et en Syrie", "y en Haití". */
  private static final java.util.regex.Pattern NEXT_ITEM =
      java.util.regex.Pattern.compile(
          "^\\s*(?:,\\s*(?:et|y)?|et|y)\\s*(?:en|au|aux|a|à|dans|la|le|les|l'|el|los|las|del|de|du|d')?"
              + "\\s*(?:la\\s+|le\\s+|el\\s+|l')?$");

  /** An occasion beside which talks took place: "en marge du sommet de l'UA", "al margen de". */
  private static final java.util.regex.Pattern BESIDE =
      java.util.regex.Pattern.compile(
          "(?:en marge|al margen|en los margenes)\\s+(?:de|du|des|del|d')\\s*[^,;.]{0,50}$");

  /**
   * Actor codes mentioned in [from, to), in text order, distinct; not those talked about ("la
   * situation au Mali, au Niger et au Tchad") nor an organisation whose meeting was only the
   * occasion ("en marge du sommet de l'Union africaine").
   */
  Set<String> actorsIn(int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    int aboutEnd = -1;
    for (ActorMention a : analysis.actors()) {
      int st = a.span().start();
      if (st < from || a.span().end() > to) {
        continue;
      }
      String before = folded.substring(Math.max(0, st - 30), st);
      boolean about =
          ABOUT.matcher(before).find()
              || ABOUT_SECOND.matcher(folded.substring(Math.max(0, st - 50), st)).find()
              || aboutEnd >= 0
                  && aboutEnd <= st
                  && NEXT_ITEM.matcher(folded.substring(aboutEnd, st)).find();
      if (about) {
        aboutEnd = a.span().end();
        continue;
      }
      aboutEnd = -1;
      if (PORTFOLIO.matcher(before).find()) {
        continue; // "ministre chargée de la Francophonie": a portfolio, not a party
      }
      if (a.how() == ActorMention.How.CAPITAL
          && VENUE.matcher(text.substring(Math.max(0, st - 8), st)).find()) {
        continue; // "en marge du sommet à Abuja": where, not who
      }
      if (a.how() == ActorMention.How.DEMONYM && describesPlace(st)) {
        continue; // "la ciudad colombiana de Santa Marta": where, not who
      }
      if (a.how() == ActorMention.How.CAPITAL && isRouteEnd(a)) {
        continue; // "le corridor Abidjan–Lagos": a route's end, not a side
      }
      if (inPersonName(a)) {
        continue; // "el canciller argentino, Santiago Ocampo": a given name, not Chile's capital
      }
      if (a.kind() != ActorKind.STATE
          && BESIDE.matcher(folded.substring(Math.max(from, st - 60), st)).find()) {
        continue;
      }
      out.add(a.code());
    }
    return out;
  }

  /** A preposition of place right before a mention: "à Mayotte", "vers Anjouan", "en Bolivia". */
  private static final java.util.regex.Pattern LOCATIVE =
      java.util.regex.Pattern.compile("(?:^|\\s)(?:a|au|aux|en|vers|dans|hacia|desde|depuis)\\s+$");

  /** "à Djerba, Tunisie", "en Valparaíso, Chile": where the city is. */
  private static final java.util.regex.Pattern AFTER_CITY =
      java.util.regex.Pattern.compile(
          "(?:^|\\s)(?:a|en)\\s+[^\\s,;.]+(?:\\s+[^\\s,;.]+){0,2},\\s*(?:la\\s+|le\\s+|l')?$");

  /**
   * Whether every mention of {@code code} in [from, to) follows a preposition of place
   * ("interpellés à Mayotte"): a place the sentence names, not a side of its talks when its
   * officials give them.
   */
  boolean onlyPlaceIn(String code, int from, int to) {
    return everyMention(
        code,
        from,
        to,
        st -> {
          String before = folded.substring(Math.max(from, st - 40), st);
          return LOCATIVE.matcher(before.substring(Math.max(0, before.length() - 8))).find()
              || AFTER_CITY.matcher(before).find();
        });
  }

  /**
   * Whether every mention of {@code code} in [from, to) stands inside a quotation (« … », “ … ”):
   * what a speaker says names no side of the talks the sentence reports.
   */
  boolean onlyQuotedIn(String code, int from, int to) {
    int start = from;
    while (start < to && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start < to && opensQuote(text.charAt(start)) && !closesQuoteIn(start, to)) {
      // « Sur invitation de son homologue, le ministre s'est rendu à …: a quoted communiqué
      // that runs over several sentences reports, it quotes no speaker
      start++;
    }
    int quoteFrom = start;
    return everyMention(code, from, to, st -> insideQuote(quoteFrom, st));
  }

  private static boolean opensQuote(char c) {
    return c == '\u00ab' || c == '\u201c';
  }

  private static boolean closesQuote(char c) {
    return c == '\u00bb' || c == '\u201d';
  }

  private boolean closesQuoteIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (closesQuote(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code code} is named in [from, to), and {@code test} holds at each mention's start.
   */
  private boolean everyMention(
      String code, int from, int to, java.util.function.IntPredicate test) {
    boolean any = false;
    for (ActorMention a : analysis.actors()) {
      int st = a.span().start();
      if (!a.code().equals(code) || st < from || a.span().end() > to) {
        continue;
      }
      if (!test.test(st)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether more quotations open than close between {@code from} and {@code at}. */
  private boolean insideQuote(int from, int at) {
    int depth = 0;
    for (int k = from; k < at; k++) {
      char c = text.charAt(k);
      if (opensQuote(c)) {
        depth++;
      } else if (closesQuote(c) && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** Whether the mention lies inside the name of an official the text names. */
  private boolean inPersonName(ActorMention a) {
    return inPersonName(a.span().start(), a.span().end());
  }

  /**
   * Whether [start, end) lies inside the name of an official the text names ("Ana Ortiz de Loja").
   */
  boolean inPersonName(int start, int end) {
    for (org.entente.model.Person p : analysis.persons()) {
      for (org.entente.model.Span s : p.spans()) {
        if (s.start() <= start && end <= s.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Folded nouns of places that a demonym may describe ("ville", "ciudad"). */
  private static final Set<String> PLACE_NOUNS =
      org.entente.pipeline.lang.Lexicon.foldedWords("place-nouns.txt");

  /** Whether the word before offset {@code st} is a noun of places. */
  private boolean describesPlace(int st) {
    String before = folded.substring(Math.max(0, st - 20), st).stripTrailing();
    int sp = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
    return PLACE_NOUNS.contains(before.substring(sp + 1));
  }

  /** A dash that joins two places into a route's name: "Abidjan–Lagos", "Yaoundé-Brazzaville". */
  private static final java.util.regex.Pattern ROUTE_BEFORE =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'-]*\\s?[\u2013\u2014-]\\s?$");

  private static final java.util.regex.Pattern ROUTE_AFTER =
      java.util.regex.Pattern.compile("^\\s?[\u2013\u2014-]\\s?\\p{Lu}");

  /** Whether the city at {@code a} is one end of a route named by a dash. */
  private boolean isRouteEnd(ActorMention a) {
    int st = a.span().start();
    int en = a.span().end();
    return ROUTE_BEFORE.matcher(text.substring(Math.max(0, st - 30), st)).find()
        || ROUTE_AFTER.matcher(text.substring(en, Math.min(text.length(), en + 4))).find();
  }

  /** Words before a city that make it the venue: "à Abuja", "en Lima", "desde Quito". */
  private static final java.util.regex.Pattern VENUE =
      java.util.regex.Pattern.compile("(?:^|\\s)(?:à|en|dans|desde|depuis)\\s+$");

  /** The actor mention that covers offset {@code i}, or null. */
  ActorMention actorAt(int i) {
    for (ActorMention a : analysis.actors()) {
      if (a.span().start() <= i && i < a.span().end()) {
        return a;
      }
    }
    return null;
  }

  /** Affiliations of the officials mentioned in [from, to). */
  Set<String> officialsIn(int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (Person p : analysis.persons()) {
      if (p.affiliation() == null) {
        continue;
      }
      for (Span s : p.spans()) {
        if (s.start() >= from && s.end() <= to) {
          out.add(p.affiliation());
        }
      }
    }
    org.entente.pipeline.lang.PhraseList<String> honorifics =
        org.entente.pipeline.lang.Language.of(analysis.language())
            .map(l -> org.entente.pipeline.lang.Lexicon.of(l).honorifics())
            .orElse(null);
    out.addAll(Surnames.in(analysis.persons(), text, folded, honorifics, from, to));
    return out;
  }

  /**
   * The parties of the talks the text leads with (its first meeting report), whom a sentence that
   * names nobody binds ("Les délégations ont signé ...", "Acordaron celebrar ..."); empty when the
   * text reports no meeting. Later meetings, such as a call on another subject, do not join them.
   */
  TreeSet<String> leadParties() {
    org.entente.model.Meeting lead = null;
    for (org.entente.model.Meeting m : analysis.meetings()) {
      if (m.parties().size() >= 2
          && (lead == null || m.spans().get(0).start() < lead.spans().get(0).start())) {
        lead = m;
      }
    }
    return lead == null ? new TreeSet<>() : new TreeSet<>(lead.parties());
  }

  /**
   * The parties of the last meeting reported before offset {@code at} ("Los dos gobiernos" after a
   * bilateral on the sidelines of a summit are that bilateral's sides); empty when none is.
   */
  TreeSet<String> lastPartiesBefore(int at) {
    org.entente.model.Meeting last = null;
    for (org.entente.model.Meeting m : analysis.meetings()) {
      int st = m.spans().get(m.spans().size() - 1).start();
      if (m.parties().size() >= 2
          && st < at
          && (last == null || st > last.spans().get(last.spans().size() - 1).start())) {
        last = m;
      }
    }
    return last == null ? new TreeSet<>() : new TreeSet<>(last.parties());
  }

  /** Actors and officials' affiliations of [from, to), sorted. */
  List<String> partiesIn(int from, int to) {
    Set<String> out = new TreeSet<>(actorsIn(from, to));
    out.addAll(officialsIn(from, to));
    return new ArrayList<>(out);
  }

  /**
   * Whether {@code d} is a dateline ("Lima, 12 de mayo de 2026 (AP).-", "RABAT, 3 mars –"): the
   * date of the story, not of an event in it.
   */
  boolean isDateline(DateMention d) {
    String after = text.substring(d.end(), Math.min(text.length(), d.end() + 4)).stripLeading();
    return after.startsWith("(")
        || after.startsWith(".-")
        || after.startsWith("\u2013")
        || after.startsWith("\u2014")
        || after.startsWith("- ");
  }

  /**
   * Spanish words for a counterpart other than "homólogo", after a possessive ("su par", "sus
   * pares", "su similar", "su contraparte"), as a regular expression over folded text: one
   * definition for every reader that tells the other side.
   */
  static final String SPANISH_COUNTERPART =
      "\\b(?:su|sus) (?:par(?:es)?|similar(?:es)?|contrapartes?)\\b";

  /** Whether {@code code} is an organisation in this text. */
  boolean isOrganisation(String code) {
    for (ActorMention a : analysis.actors()) {
      if (a.code().equals(code)) {
        return a.kind() != ActorKind.STATE;
      }
    }
    return false;
  }

  private String undated;

  /**
   * The folded text with its dates blanked out, for phrases that a date may interrupt ("a été reçu
   * ce lundi 5 octobre par", "se reunió el martes 3 de marzo con"): offsets stay those of the text.
   * Built on first use, once the dates are read.
   */
  String undated() {
    if (undated == null) {
      char[] chars = folded.toCharArray();
      for (DateMention d : analysis.dates()) {
        for (int k = Math.max(0, d.start()); k < Math.min(chars.length, d.end()); k++) {
          chars[k] = ' ';
        }
      }
      undated = new String(chars);
    }
    return undated;
  }

  /** Date mentions inside [from, to). */
  List<DateMention> datesIn(int from, int to) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : analysis.dates()) {
      if (d.start() >= from && d.end() <= to) {
        out.add(d);
      }
    }
    return out;
  }

  /** The start of the clause holding offset {@code i} within [from, ...): after a , ; : or (. */
  int clauseStart(int from, int i) {
    for (int k = i - 1; k >= from; k--) {
      char c = text.charAt(k);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == '\u00ab' || c == '"') {
        return k + 1;
      }
    }
    return from;
  }

  /** The end of the clause holding offset {@code i}, before {@code to}. */
  int clauseEnd(int i, int to) {
    for (int k = i; k < to; k++) {
      char c = text.charAt(k);
      if (c == ','
          || c == ';'
          || c == ':'
          || c == ')'
          || c == '\u00bb'
          || c == '"'
          || c == '.' && (k + 1 >= to || Character.isWhitespace(text.charAt(k + 1)))) {
        return k;
      }
    }
    return to;
  }

  /** The end of the sentence part holding offset {@code i}: a ; or the sentence end. */
  int sentenceEnd(int i, int to) {
    for (int k = i; k < to; k++) {
      char c = text.charAt(k);
      if (c == ';' || c == '.' && (k + 1 >= to || Character.isWhitespace(text.charAt(k + 1)))) {
        return k;
      }
    }
    return to;
  }

  /**
   * Words of the folded text in [from, to) as {start, end} pairs: letters and digits with inner
   * hyphens; an elided article or pronoun keeps its apostrophe and ends there ("l'", "d'", "qu'").
   */
  List<int[]> words(int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < to) {
        char d = folded.charAt(j);
        if (Character.isLetterOrDigit(d)
            || d == '-' && j + 1 < to && Character.isLetterOrDigit(folded.charAt(j + 1))) {
          j++;
        } else {
          if (d == '\'' && j - i <= 5 && j + 1 < to && Character.isLetter(folded.charAt(j + 1))) {
            j++;
          }
          break;
        }
      }
      out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }
}
