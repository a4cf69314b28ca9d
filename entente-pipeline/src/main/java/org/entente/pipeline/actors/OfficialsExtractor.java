package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.ActorMention;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.actors.TitleLexicon.Entry;
import org.entente.pipeline.actors.TitleLexicon.WordClass;
import org.entente.pipeline.text.Token;

/**
 * Recognises officials from titles and context — never from a list of known people.
 *
 * <p>Design. The text is scanned into word tokens; each token is marked with the actor mention
 * covering it (from the gazetteer stage) and with the title-lexicon class of the phrase it belongs
 * to. Four patterns then propose (name, title) pairs:
 *
 * <ol>
 *   <li>title before name: "Moroccan Foreign Minister Amina Idrissi", "King Hassan";
 *   <li>title, then comma, then name: "Ghana's Minister of Trade, Kofi Asante";
 *   <li>name, then comma, then title: "Ana Rojas, President of the Republic of Chile";
 *   <li>possessive actor before name: "Russia's Vladimir Putin".
 * </ol>
 *
 * <p>A title's affiliation comes, in this order, from an actor inside the title ("EU", "Moroccan",
 * "of the Republic of Chile"), a possessive ("Israel's", "Obama's"), an institution ("Bundesbank"),
 * a name followed by "of" and an actor ("King Fahd of Saudi Arabia"), a title that exists in one
 * state only ("Secretary of State"), the previous official of a list whose affiliation the text
 * gave, and last the most salient actor of the document that no other official of the sentence
 * stands for. Mentions of one person (full name, surname, later titles) are merged by surname and
 * affiliation. Titles with a non-governmental word ("chief executive", "analyst") yield no person.
 */
public final class OfficialsExtractor implements Stage {

  private static final int MAX_NAME_TOKENS = 5;

  /** A lower-case particle joined to a capitalised name by a hyphen: "al-Tamimi". */
  private static final java.util.regex.Pattern HYPHENED_PARTICLE =
      java.util.regex.Pattern.compile("(?:al|el|bin|ibn|ben|abu|abd|ould)-\\p{Lu}[\\p{L}'’-]*");

  /** Particles in a row inside a name: "von der", "de la". */
  private static final int MAX_PARTICLES = 2;

  /** State bodies whose actor ("Vietnam's parliament") tells whose officials a sentence names. */
  private static final Set<String> BODIES =
      Set.of(
          "parliament",
          "government",
          "cabinet",
          "politburo",
          "congress",
          "senate",
          "ministry",
          "presidency",
          "legislature",
          "assembly",
          "leadership",
          "regime",
          "authorities");

  /** Nouns that stand for an actor named before: true for a state, false for an organisation. */
  private static final Map<String, Boolean> ANAPHORS =
      Map.ofEntries(
          Map.entry("country", true),
          Map.entry("nation", true),
          Map.entry("kingdom", true),
          Map.entry("republic", true),
          Map.entry("island", true),
          Map.entry("state", true),
          Map.entry("organisation", false),
          Map.entry("organization", false),
          Map.entry("bloc", false),
          Map.entry("alliance", false),
          Map.entry("union", false),
          Map.entry("agency", false));

  /** The last words of institutions that a text may call after their head. */
  private static final Set<String> DEPARTMENTS = Set.of("department", "ministry", "office");

  /** Months that are also family names ("Theresa May"). */
  private static final Set<String> MONTH_SURNAMES = Set.of("May", "June", "April", "August");

  /** Verbs of travel before a destination: "leaves for", "flew to", "arrived in", "visited". */
  private static final Set<String> TRAVEL_VERBS =
      Set.of(
          "leave",
          "leaves",
          "left",
          "leaving",
          "fly",
          "flies",
          "flew",
          "flying",
          "travel",
          "travels",
          "travelled",
          "traveled",
          "travelling",
          "traveling",
          "arrive",
          "arrives",
          "arrived",
          "arriving",
          "visit",
          "visits",
          "visited",
          "visiting",
          "head",
          "heads",
          "headed",
          "heading");

  /** Words between a name and its own verb: "X, who is due to leave for…". */
  private static final Set<String> CLAUSE_GLUE =
      Set.of(
          ",",
          "who",
          "will",
          "would",
          "is",
          "was",
          "has",
          "had",
          "have",
          "also",
          "then",
          "later",
          "to",
          "due",
          "expected",
          "set",
          "plans",
          "planned",
          "scheduled",
          "be",
          "shall",
          "soon");

  private static final java.util.regex.Pattern REGNAL =
      java.util.regex.Pattern.compile("(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|Jr\\.?|Sr\\.?)");
  private static final int MAX_TITLE_TOKENS = 10;
  private static final int MAX_HEADLINE_TOKENS = 40;
  private static final int MAX_SENTENCE_TOKENS = 120;

  private final TitleLexicon lexicon;
  private final Offices offices;

  public OfficialsExtractor() {
    this(TitleLexicon.defaults(), Offices.defaults());
  }

  public OfficialsExtractor(TitleLexicon lexicon, Offices offices) {
    this.lexicon = lexicon;
    this.offices = offices;
  }

  @Override
  public void process(Analysis analysis) {
    String text = analysis.text();
    List<Token> tokens = WordScanner.scan(text);
    if (tokens.isEmpty()) {
      return;
    }
    Doc doc = new Doc(text, tokens, analysis.actors(), lexicon, offices);
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      doc.titleBeforeName(i, found);
      doc.nameThenTitle(i, found);
      doc.possessiveName(i, found);
      doc.namedGovernment(i, found);
      doc.representedBy(i, found);
      doc.counterpartList(i, found);
    }
    doc.resolveAffiliations(found);
    analysis.persons().addAll(doc.merge(found));
  }

  /** A proposed official: a name range, a title range and what is known of the affiliation. */
  static final class Candidate {
    final int nameFrom;
    final int nameTo; // exclusive token index
    String name;
    String role;
    String affiliation;
    boolean explicit; // affiliation stated by the text, not inferred
    int titleFrom;
    int titleTo;
    String possessor; // a person's surname in "Obama's adviser"

    Candidate(int nameFrom, int nameTo) {
      this.nameFrom = nameFrom;
      this.nameTo = nameTo;
    }
  }

  /** Per-document state; not thread-safe, one per {@link #process} call. */
  private static final class Doc {
    final String text;
    final List<Token> tokens;
    final TitleLexicon lex;
    final Offices offices;
    final String[] actor;
    final boolean[] stateActor;

    /** Tokens of an institution's mention ("EU foreign policy chief"): part of a title too. */
    final boolean[] institutionActor;

    final boolean[] possessive;
    final WordClass[] cls;
    final String[] clsAffiliation;
    final boolean[] bareOnly;
    final int[] phraseStart;
    final int[] phraseEnd;
    final int[] sentence;
    final boolean[] headline;
    final String[] lowers;
    boolean[] nameWord;
    final Map<String, Double> salience = new HashMap<>();
    final String datelineCountry;

    /** The first token after the dateline ("CAIRO, March 16 -"), or -1 without one. */
    final int datelineEnd;

    final Map<String, Double> home = new HashMap<>();

    /** Codes of the organisations the text names: no minister is theirs. */
    final Set<String> organisations = new java.util.HashSet<>();

    /** Per person, the actors that the text describes them by ("Saudi monarchs"). */
    final Map<String, Set<String>> described = new HashMap<>();

    Doc(
        String text,
        List<Token> tokens,
        List<ActorMention> mentions,
        TitleLexicon lex,
        Offices offices) {
      this.text = text;
      this.tokens = tokens;
      this.lex = lex;
      this.offices = offices;
      mentions = mentions.stream().filter(m -> !isStance(text, m)).toList();
      int n = tokens.size();
      actor = new String[n];
      stateActor = new boolean[n];
      institutionActor = new boolean[n];
      possessive = new boolean[n];
      cls = new WordClass[n];
      clsAffiliation = new String[n];
      bareOnly = new boolean[n];
      phraseStart = new int[n];
      phraseEnd = new int[n];
      sentence = new int[n];
      headline = new boolean[n];
      lowers = new String[n];
      for (int k = 0; k < n; k++) {
        lowers[k] = tokens.get(k).lower();
      }
      markActors(mentions);
      for (ActorMention m : mentions) {
        if (m.kind() != org.entente.model.ActorKind.STATE) {
          organisations.add(m.code());
        }
      }
      markLexicon();
      markSentences();
      markHeadline();
      nameWord = new boolean[n];
      for (int k = 0; k < n; k++) {
        nameWord[k] = computeNameWord(k);
      }
      computeSalience(mentions);
      DatelineReader.Dateline dateline = DatelineReader.read(text, tokens);
      datelineCountry = dateline == null ? null : dateline.country();
      datelineEnd = dateline == null ? -1 : dateline.bodyToken();
      computeHome(mentions);
    }

    private void computeHome(List<ActorMention> mentions) {
      if (datelineCountry != null) {
        home.merge(datelineCountry, 6.0, Double::sum);
      }
      for (ActorMention m : mentions) {
        if (m.how() == ActorMention.How.CAPITAL && isSeat(m)) {
          home.merge(m.code(), 2.0, Double::sum);
        }
      }
      for (int k = 0; k < tokens.size(); k++) {
        if (cls[k] == WordClass.INSTITUTION && phraseStart[k] == k && actor[k] == null) {
          home.merge(clsAffiliation[k], 2.0, Double::sum);
        }
      }
    }

    /** "pro-Moscow", "anti-American": a stance towards an actor, not a sign of belonging. */
    private static boolean isStance(String text, ActorMention m) {
      int s = m.span().start();
      return s > 0
          && text.charAt(s - 1) == '-'
          && (text.regionMatches(true, s - 4, "pro-", 0, 4)
              || text.regionMatches(true, s - 5, "anti-", 0, 5));
    }

    /** "the White House", "the Kremlin": a seat of government, not a city. */
    private boolean isSeat(ActorMention m) {
      String s = text.substring(m.span().start(), m.span().end());
      return org.entente.pipeline.gazetteer.Gazetteer.defaults().city(s).isEmpty();
    }

    private void markActors(List<ActorMention> mentions) {
      int t = 0;
      List<ActorMention> sorted = new ArrayList<>(mentions);
      sorted.sort((a, b) -> a.span().compareTo(b.span()));
      for (ActorMention m : sorted) {
        while (t < tokens.size() && tokens.get(t).end() <= m.span().start()) {
          t++;
        }
        for (int k = t; k < tokens.size() && tokens.get(k).start() < m.span().end(); k++) {
          actor[k] = m.code();
          stateActor[k] = m.kind() == org.entente.model.ActorKind.STATE;
          institutionActor[k] = m.how() == ActorMention.How.INSTITUTION;
        }
      }
      for (int k = 0; k < tokens.size(); k++) {
        String w = tokens.get(k).text();
        possessive[k] = w.endsWith("'s") || w.endsWith("’s");
      }
    }

    private void markLexicon() {
      int n = tokens.size();
      for (int i = 0; i < n; i++) {
        if (cls[i] != null) {
          continue;
        }
        String w = lower(i);
        for (Entry e : lex.startingWith(w)) {
          int len = e.words().size();
          if (i + len > n || !matches(e, i)) {
            continue;
          }
          for (int k = i; k < i + len; k++) {
            cls[k] = e.wordClass();
            clsAffiliation[k] = e.affiliation();
            bareOnly[k] = e.bareOnly();
            phraseStart[k] = i;
            phraseEnd[k] = i + len;
          }
          i += len - 1;
          break;
        }
        if (cls[i] == null && w.indexOf('-') > 0) {
          markHyphenated(i, w);
        }
      }
    }

    private boolean matches(Entry e, int i) {
      for (int k = 0; k < e.words().size(); k++) {
        String w = k == e.words().size() - 1 ? stripPossessive(lower(i + k)) : lower(i + k);
        if (!w.equals(e.words().get(k))) {
          return false;
        }
      }
      return true;
    }

    /** "vice-foreign", "then-Secretary", "Secretary-General": a compound of title words. */
    private void markHyphenated(int i, String w) {
      String[] parts = w.split("-");
      WordClass last = null;
      for (String p : parts) {
        List<Entry> es = lex.startingWith(p);
        WordClass c = null;
        for (Entry e : es) {
          if (e.words().size() == 1) {
            c = e.wordClass();
          }
        }
        if (c == null || c == WordClass.PARTICLE) {
          return;
        }
        last = c;
      }
      cls[i] = last == WordClass.HEAD || last == WordClass.ROYAL ? last : WordClass.MODIFIER;
      phraseStart[i] = i;
      phraseEnd[i] = i + 1;
    }

    private void markSentences() {
      int s = 0;
      int opened = 0;
      for (int i = 0; i < tokens.size(); i++) {
        sentence[i] = s;
        String w = tokens.get(i).text();
        // an abbreviation's period ends no sentence, but a sentence stays bounded: the
        // per-sentence scans are linear in its length
        boolean end =
            w.equals(".") && (!abbreviationBefore(i) || i - opened > MAX_SENTENCE_TOKENS)
                || w.equals("?")
                || w.equals("!");
        if (!end && i + 1 < tokens.size()) {
          // A blank line ends a sentence too.
          int newlines = 0;
          for (int k = tokens.get(i).end(); k < tokens.get(i + 1).start(); k++) {
            newlines += text.charAt(k) == '\n' ? 1 : 0;
          }
          end = newlines >= 2;
        }
        if (end) {
          s++;
          opened = i + 1;
        }
      }
    }

    /** "Mr.", "Hon.", "Jr.": a period closing an honorific or a name's suffix ends no sentence. */
    private boolean abbreviationBefore(int dot) {
      if (dot == 0 || tokens.get(dot - 1).end() != tokens.get(dot).start()) {
        return false;
      }
      int k = dot - 1;
      return cls[k] == WordClass.HONORIFIC && phraseEnd[k] > dot
          || (lower(k).equals("jr") || lower(k).equals("sr"))
              && dot + 1 < tokens.size()
              && tokens.get(dot + 1).text().equals(",");
    }

    /**
     * A first line in title case or capitals ("Interior Minister Holds Talks") cannot start a name:
     * its capitals say nothing about names.
     */
    private void markHeadline() {
      int nl = text.indexOf('\n');
      int end = nl < 0 ? text.length() : nl;
      int words = 0;
      int caps = 0;
      int k = 0;
      for (; k < tokens.size() && tokens.get(k).start() < end; k++) {
        Token t = tokens.get(k);
        if (t.type() == Token.Type.WORD && t.text().length() > 3) {
          words++;
          caps += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
        }
      }
      boolean ownLine = nl > 0 && text.startsWith("\n", nl + 1);
      // a first paragraph of several sentences is a body, however many names it holds
      boolean sentence = k > 15 && text.substring(0, end).strip().endsWith(".");
      if (ownLine && words >= 3 && k <= MAX_HEADLINE_TOKENS && !sentence && caps >= 0.7 * words) {
        java.util.Arrays.fill(headline, 0, k, true);
      }
    }

    private void computeSalience(List<ActorMention> mentions) {
      int headlineEnd = text.indexOf("\n\n");
      int firstLineEnd = headlineEnd < 0 || headlineEnd > 300 ? -1 : headlineEnd;
      for (ActorMention m : mentions) {
        double w = m.span().start() < firstLineEnd ? 2.0 : 1.0;
        if (m.how() == ActorMention.How.CAPITAL) {
          w *= 1.5; // "the White House", "the Kremlin": a government acting, not a place talked
          // about
        }
        salience.merge(m.code(), w, Double::sum);
      }
      // Unqualified state bodies ("the State Department", "Congress") tell whose news this is.
      for (int k = 0; k < tokens.size(); k++) {
        if (cls[k] == WordClass.INSTITUTION && phraseStart[k] == k && actor[k] == null) {
          salience.merge(clsAffiliation[k], 1.5, Double::sum);
        }
      }
    }

    // ---- patterns ----

    /** Patterns 1 and 2: a title ending at a head, then a name (directly or after a comma). */
    void titleBeforeName(int i, List<Candidate> out) {
      if (!(isHead(i)) || phraseEnd[i] != i + 1) {
        return;
      }
      int titleEnd = i + 1;
      // The title may continue: "Minister of Trade of the Republic of Chile".
      int ext = extendOf(titleEnd);
      int j = skipAcronym(ext); // "Foreign Minister (GH) Kofi Asante"
      boolean comma = false;
      int beforeHonorific = j;
      j = skipHonorifics(j);
      if (j < tokens.size() && tokens.get(j).text().equals(",")) {
        comma = true;
        j = skipHonorifics(j + 1);
      } else if (ext != titleEnd
          && !allLowerCase(titleEnd, ext)
          && !lower(titleEnd).equals("to")
          && j == beforeHonorific
          && !endsInTitleWords(ext)) {
        // "Minister of X Name" without a comma is a title-name pair only when the title's words
        // say where it ends ("Minister for Foreign Affairs Name", "Minister of India Dr. Name");
        // "Ambassador to Japan Name" is one too
        return;
      }
      if (j < tokens.size()
          && (tokens.get(j).text().equals("]") || tokens.get(j).text().equals(")"))) {
        j++; // "[Russian President] Vladimir Putin"
      }
      boolean royal = cls[i] == WordClass.ROYAL;
      int nameEnd = nameRun(j, royal);
      if (nameEnd <= j) {
        return;
      }
      if (!comma && j == beforeHonorific && ext != titleEnd && nameEnd - j < 2 && !royal) {
        return; // "Minister of Energy Transition and …", "President of the National Assembly"
      }
      if (comma && !closesAppositive(nameEnd)) {
        return;
      }
      int titleStart = extendLeft(phraseStart[i]);
      if (hasExclude(titleStart, ext) || ofPrivateBody(titleEnd, ext)) {
        return;
      }
      Candidate c = new Candidate(j, nameEnd);
      c.titleFrom = titleStart;
      c.titleTo = ext;
      describeTitle(c, titleStart, ext);
      if (c.affiliation == null) {
        ofActorAfterName(c, nameEnd);
      }
      if (!c.explicit) {
        counterpartOf(c, titleStart);
      }
      out.add(c);
    }

    /**
     * "his Sri Lankan counterpart, Foreign Minister Name": the actor that qualifies the counterpart
     * in apposition before the title is the official's own.
     */
    private void counterpartOf(Candidate c, int titleStart) {
      int k = titleStart - 1;
      if (k < 1 || !lower(k).equals(",")) {
        return;
      }
      k--;
      if (!lower(k).startsWith("counterpart")) {
        return;
      }
      for (int a = k - 1; a >= Math.max(0, k - 3) && sentence[a] == sentence[k]; a--) {
        if (actor[a] != null && !possessive[a]) {
          c.affiliation = actor[a];
          c.explicit = true;
          return;
        }
      }
    }

    /** A parenthesised acronym after a title, "(MIT)", is skipped; else {@code k}. */
    private int skipAcronym(int k) {
      if (k + 2 < tokens.size()
          && tokens.get(k).text().equals("(")
          && tokens.get(k + 2).text().equals(")")
          && tokens.get(k + 1).type() == Token.Type.WORD
          && (actor[k + 1] != null || isAllCaps(tokens.get(k + 1).text()))) {
        return k + 3;
      }
      return k;
    }

    /** The title phrase before {@code end} ends in a lexicon word or an actor ("Affairs"). */
    private boolean endsInTitleWords(int end) {
      int k = end - 1;
      return k >= 0
          && (actor[k] != null
              || cls[k] == WordClass.MODIFIER
              || cls[k] == WordClass.INSTITUTION
              || cls[k] == WordClass.HEAD);
    }

    /** Pattern 3: "Name, (a|the)? title" — the title must hold a head. */
    void nameThenTitle(int i, List<Candidate> out) {
      if (i > 0 && (isHead(i - 1) || isNameWord(i - 1))) {
        return;
      }
      int from = i;
      int nameEnd = nameRun(i, false);
      if (nameEnd - i == MAX_NAME_TOKENS) {
        // "Samdech Vibol Sena Pheakdei Say Chhum, President of the Senate": a name after a chain
        // of honorific words; the last words before the comma are the name
        int e = nameEnd;
        while (e < tokens.size() && e - i < 2 * MAX_NAME_TOKENS && isNameWord(e)) {
          e++;
        }
        if (e > nameEnd) {
          nameEnd = e;
          from = e - 3;
        }
      }
      if (nameEnd - from < 2
          || nameEnd >= tokens.size()
          || !tokens.get(nameEnd).text().equals(",")) {
        return;
      }
      int t = nameEnd + 1;
      if (t < tokens.size()
          && (lower(t).equals("now")
              || lower(t).equals("currently")
              || lower(t).equals("then")
              || lower(t).equals("also"))) {
        t++;
      }
      if (t < tokens.size() && isDeterminer(lower(t))) {
        t++;
      }
      int title = t;
      int k = t;
      int head = -1;
      while (k < tokens.size() && k - title < MAX_TITLE_TOKENS) {
        if (isHead(k)) {
          head = k;
          k++;
          continue;
        }
        if (actor[k] != null || cls[k] == WordClass.MODIFIER || cls[k] == WordClass.INSTITUTION) {
          if (head >= 0) {
            break;
          }
          k++;
          continue;
        }
        if (possessive[k] && head < 0 && isNameWord(k)) {
          k++;
          continue;
        }
        break;
      }
      if (head < 0) {
        return;
      }
      int end = extendOf(head + 1);
      if (hasExclude(title, end) || ofPrivateBody(head + 1, end)) {
        return;
      }
      if (end > head + 1 && end < tokens.size() && isNameWord(end)) {
        return; // "president of the Ohio Teachers Union": the office of a body named on
      }
      Candidate c = new Candidate(from, nameEnd);
      c.titleFrom = title;
      c.titleTo = end;
      describeTitle(c, title, end);
      out.add(c);
    }

    /** Pattern 4: "Russia's Vladimir Putin". */
    void possessiveName(int i, List<Candidate> out) {
      if (actor[i] == null || !possessive[i] || i + 1 >= tokens.size()) {
        return;
      }
      int j = i + 1;
      if (isHead(j) || cls[j] == WordClass.MODIFIER) {
        return; // a title follows: pattern 1 handles it
      }
      int nameEnd = nameRun(j, false);
      if (nameEnd <= j) {
        return;
      }
      Candidate c = new Candidate(j, nameEnd);
      c.affiliation = actor[i];
      c.explicit = true;
      c.titleFrom = i;
      c.titleTo = i;
      out.add(c);
    }

    /**
     * Pattern 5: a government called after its leader — "the Barack Obama administration" — or an
     * institution after its head — "the Mark Hollis State Department". A one-word name before
     * "government" is often a party ("the Labour government"), and "the Obama administration" is a
     * period more than a person acting: both are left out.
     */
    void namedGovernment(int i, List<Candidate> out) {
      if (!lower(i).equals("the") || i + 1 >= tokens.size()) {
        return;
      }
      int j = i + 1;
      int nameEnd = nameRun(j, false);
      if (nameEnd <= j || nameEnd - j > 3 || nameEnd >= tokens.size() || possessive[nameEnd - 1]) {
        return;
      }
      String w = lower(nameEnd);
      // "the Mark Hollis State Department", but not "the Long-Term Credit Bank of Japan"
      boolean institution =
          cls[nameEnd] == WordClass.INSTITUTION
              && phraseStart[nameEnd] == nameEnd
              && DEPARTMENTS.contains(lower(phraseEnd[nameEnd] - 1));
      boolean government =
          nameEnd - j > 1
              && (w.equals("administration")
                  || w.equals("regime")
                  || w.equals("government")
                  || w.equals("presidency"));
      if (!institution && !government) {
        return;
      }
      Candidate c = new Candidate(j, nameEnd);
      c.titleFrom = nameEnd;
      c.titleTo = institution ? phraseEnd[nameEnd] : nameEnd + 1;
      if (institution) {
        c.affiliation = clsAffiliation[nameEnd];
        c.explicit = true;
      }
      out.add(c);
    }

    /**
     * Pattern 7: "his Peruvian and Bolivian counterparts, Luis Soto and Eva Mora": the states
     * before the plural are the named people's, in order; as many names as states, or none is
     * taken.
     */
    void counterpartList(int i, List<Candidate> out) {
      if (!lower(i).equals("counterparts") || i + 2 >= tokens.size() || !lower(i + 1).equals(",")) {
        return;
      }
      List<String> states = new ArrayList<>();
      int k = i - 1;
      while (k >= 0 && sentence[k] == sentence[i]) {
        if (actor[k] != null && stateActor[k]) {
          String code = actor[k];
          while (k >= 0 && code.equals(actor[k])) {
            k--; // "Sri Lankan": one state over several tokens
          }
          states.add(0, code);
        } else if (lower(k).equals("and") || lower(k).equals(",")) {
          k--;
        } else {
          break;
        }
      }
      if (states.size() < 2) {
        return;
      }
      List<Candidate> named = new ArrayList<>();
      int j = i + 2;
      while (named.size() < states.size() && j < tokens.size() && sentence[j] == sentence[i]) {
        int end = nameRun(skipHonorifics(j), false);
        if (end <= j) {
          return;
        }
        Candidate c = new Candidate(skipHonorifics(j), end);
        c.affiliation = states.get(named.size());
        c.explicit = true;
        c.role = "counterpart";
        c.titleFrom = i;
        c.titleTo = i + 1;
        named.add(c);
        j = end;
        if (j < tokens.size() && lower(j).equals(",")) {
          j++;
        }
        if (j < tokens.size() && lower(j).equals("and")) {
          j++;
        }
      }
      if (named.size() == states.size()) {
        out.addAll(named);
      }
    }

    /**
     * Pattern 6: "The Palestinians will be represented by Chief Negotiator Saeb Erekat and Mohammad
     * Shtayyeh": the people named after "represented by" act for the state named just before.
     */
    void representedBy(int i, List<Candidate> out) {
      if (!lower(i).equals("represented")
          || i + 2 >= tokens.size()
          || !lower(i + 1).equals("by")
          || sentence[i + 1] != sentence[i]) {
        return;
      }
      String state = null;
      for (int k = i - 1; k >= Math.max(0, i - 6) && sentence[k] == sentence[i]; k--) {
        if (actor[k] != null && stateActor[k]) {
          state = actor[k];
          break;
        }
      }
      if (state == null) {
        return;
      }
      for (int k = i + 2; k < tokens.size() && sentence[k] == sentence[i]; k++) {
        if (!isNameWord(k) || k > 0 && (isHead(k - 1) || isNameWord(k - 1))) {
          continue;
        }
        int end = nameRun(k, false);
        if (end <= k) {
          continue;
        }
        Candidate c = new Candidate(k, end);
        c.affiliation = state;
        c.explicit = true;
        c.titleFrom = k;
        c.titleTo = k;
        out.add(c);
        k = end - 1;
      }
    }

    // ---- title helpers ----

    /** After a head: "of (the)? X" or "for X" where X are title words or an actor. */
    private int extendOf(int k) {
      int end = k;
      while (end < tokens.size()) {
        String w = lower(end);
        if (w.equals(",") && end > k) {
          int list = portfolioList(end);
          if (list == end) {
            break;
          }
          end = list;
          continue;
        }
        boolean to = w.equals("to") && end > 0 && isEnvoy(end - 1);
        if (!(w.equals("of") || w.equals("for") || to)) {
          break;
        }
        int m = end + 1;
        if (m < tokens.size() && lower(m).equals("the")) {
          m++;
        }
        int start = m;
        int portfolioEnd = portfolioWordsEnd(m);
        while (m < tokens.size()
            && m - start < 6
            && (m < portfolioEnd
                || actor[m] != null
                || (cls[m] != null && cls[m] != WordClass.EXCLUDE && cls[m] != WordClass.HONORIFIC)
                || (lower(m).equals("and")
                    && m + 1 < tokens.size()
                    && cls[m + 1] == WordClass.MODIFIER)
                || (tokens.get(m).isCapitalised()
                    && !isNameWordAllowed(m)
                    && !isPunct(m)
                    && cls[m] != WordClass.HONORIFIC))) {
          m++;
        }
        if (m == start) {
          break;
        }
        end = m;
      }
      return end;
    }

    /** The most words a portfolio runs before its closing title word. */
    private static final int MAX_PORTFOLIO_WORDS = 6;

    /**
     * "of African Integration and Foreign Affairs", "for Foreign and Diaspora Affairs": capitalised
     * words that a name could be made of still belong to a portfolio when a title word closes it
     * ("Affairs", "Cooperation") before any punctuation. Returns the token after that word, or
     * {@code k} when no title word closes the run.
     */
    private int portfolioWordsEnd(int k) {
      int end = k;
      for (int m = k; m < tokens.size() && m - k < MAX_PORTFOLIO_WORDS; m++) {
        Token t = tokens.get(m);
        boolean joins = lower(m).equals("and") || lower(m).equals("&");
        if (!joins && !(t.type() == Token.Type.WORD && t.isCapitalised()) || possessive[m]) {
          break;
        }
        if (cls[m] == WordClass.MODIFIER || cls[m] == WordClass.INSTITUTION) {
          end = m + 1;
        }
        if (isHead(m) || cls[m] == WordClass.HONORIFIC) {
          break;
        }
      }
      return end;
    }

    /**
     * "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates of …": after a
     * comma, a list of portfolios joined by "and" that continues the title — mostly title words or
     * actors, no head — ending at "of" or a comma. Returns where it ends, or {@code comma}.
     */
    private int portfolioList(int comma) {
      int m = comma + 1;
      int words = 0;
      int lexical = 0;
      boolean and = false;
      while (m < tokens.size() && m - comma <= 8 && sentence[m] == sentence[comma]) {
        if (lower(m).equals("and") && words > 0) {
          and = true;
          m++;
          continue;
        }
        Token t = tokens.get(m);
        if (t.type() == Token.Type.WORD
            && t.isCapitalised()
            && !isHead(m)
            && cls[m] != WordClass.HONORIFIC
            && !possessive[m]) {
          words++;
          lexical += cls[m] != null || actor[m] != null ? 1 : 0;
          m++;
          continue;
        }
        break;
      }
      boolean ends =
          m < tokens.size()
              && (tokens.get(m).text().equals(",") || lower(m).equals("of"))
              && !lower(m - 1).equals("and");
      return and && words >= 2 && 2 * lexical >= words && ends ? m : comma;
    }

    /** Walks left from a head phrase over modifiers, institutions, actors and possessives. */
    private int extendLeft(int k) {
      int start = k;
      while (start > 0 && k - start < MAX_TITLE_TOKENS) {
        int p = start - 1;
        if (sentence[p] != sentence[k] || lineBreakAfter(p)) {
          break;
        }
        if (lower(p).equals("and") && p > 0 && isHead(p - 1) && sentence[p - 1] == sentence[k]) {
          start = p; // "Deputy Crown Prince and Defense Minister"
          continue;
        }
        if (cls[p] == WordClass.MODIFIER
            || cls[p] == WordClass.ROYAL
            || cls[p] == WordClass.INSTITUTION
            || (cls[p] == WordClass.HEAD && !tokens.get(p).text().equals(","))
            || actor[p] != null) {
          start = phraseStart[p] > 0 && cls[p] != null ? Math.min(phraseStart[p], p) : p;
          if (actor[p] != null && possessive[p]) {
            break;
          }
          continue;
        }
        if (possessive[p] && isNameWord(p)) {
          start = p; // "Obama's deputy national security adviser"
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
      while (from > 0 && actor[k].equals(actor[from - 1])) {
        from--;
      }
      int to = k + 1;
      while (to < tokens.size() && actor[k].equals(actor[to])) {
        to++;
      }
      for (int x = from; x < to; x++) {
        if (cls[x] == WordClass.HEAD) {
          return false; // an office that names its body: "foreign policy chief"
        }
      }
      return to - from > 1;
    }

    /** A line break between token {@code p} and the next: a caption line is no title. */
    private boolean lineBreakAfter(int p) {
      if (p + 1 >= tokens.size()) {
        return false;
      }
      for (int x = tokens.get(p).end(); x < tokens.get(p + 1).start(); x++) {
        if (text.charAt(x) == '\n') {
          return true;
        }
      }
      return false;
    }

    private void describeTitle(Candidate c, int from, int to) {
      StringBuilder role = new StringBuilder();
      String institution = null;
      String byDefault = null;
      boolean destination = false;
      for (int k = from; k < to; k++) {
        if (lower(k).equals("to")) {
          destination = true; // "ambassador to Moscow": where, not whose
        }
        if (actor[k] != null && destination) {
          continue;
        }
        if (actor[k] != null) {
          if (c.affiliation == null || !c.explicit) {
            c.affiliation = actor[k];
            c.explicit = true;
          }
          if (institutionActor[k]
              && (cls[k] == WordClass.HEAD || cls[k] == WordClass.MODIFIER)
              && !possessive[k]
              && !sameActorNextTo(k)) {
            role.append(role.length() > 0 ? " " : "").append(tokens.get(k).text());
          }
          continue;
        }
        if (possessive[k] && isNameWord(k)) {
          c.possessor = stripPossessive(tokens.get(k).text());
          continue;
        }
        if (cls[k] == WordClass.INSTITUTION && (!bareOnly[k] || phraseStart[k] == from)) {
          institution = clsAffiliation[k]; // "Senate Leader", but not "President of the Senate"
        }
        if (cls[k] == WordClass.HEAD
            && clsAffiliation[k] != null
            && (!bareOnly[k] || phraseStart[k] == from && phraseEnd[k] == to)) {
          // "Secretary Hollis", but neither "Foreign Secretary" nor "Secretary of Foreign Affairs"
          byDefault = clsAffiliation[k];
        }
        String w = tokens.get(k).text();
        if ((w.equals("of") || w.equals("for") || w.equals("the")) && role.length() == 0) {
          continue;
        }
        if (role.length() > 0 && !w.equals(",")) {
          role.append(' ');
        }
        if (!w.equals(",")) {
          role.append(w);
        }
      }
      String r = role.toString().strip();
      while (r.endsWith(" of") || r.endsWith(" the") || r.endsWith(" for")) {
        r = r.substring(0, r.lastIndexOf(' ')).strip();
      }
      c.role = r.isEmpty() ? null : r;
      if (c.affiliation == null && institution != null) {
        c.affiliation = institution;
        c.explicit = true;
      }
      if (c.affiliation == null && byDefault != null) {
        c.affiliation = byDefault;
      }
    }

    private void ofActorAfterName(Candidate c, int nameEnd) {
      if (nameEnd + 1 < tokens.size() && lower(nameEnd).equals("of")) {
        int k = nameEnd + 1;
        if (lower(k).equals("the") && k + 1 < tokens.size()) {
          k++;
        }
        if (actor[k] != null) {
          c.affiliation = actor[k];
          c.explicit = true;
        }
      }
    }

    /** "former Secretary of State": a commentator out of office, left out. */
    private boolean hasFormer(int from, int to) {
      for (int k = Math.max(0, from - 1); k < to; k++) {
        String w = lower(k);
        if (w.equals("former") || w.startsWith("ex-")) {
          return true;
        }
      }
      return false;
    }

    private boolean isEnvoy(int k) {
      String w = lower(k);
      return w.startsWith("ambassador") || w.startsWith("envoy") || w.equals("emissary");
    }

    /**
     * "president of the Anti-Defamation League": an office of a named body that is no state or
     * organisation we know, so not an official.
     */
    private boolean ofPrivateBody(int from, int to) {
      boolean named = false;
      for (int k = from; k < to && !tokens.get(k).text().equals(","); k++) {
        if (actor[k] != null || cls[k] == WordClass.INSTITUTION || cls[k] == WordClass.MODIFIER) {
          named = false; // "of the Republic of Chile", "of the State Department", "… Affairs"
          continue;
        }
        if (k > from && actor[k - 1] != null && !stateActor[k - 1]) {
          continue; // "of the ECOWAS Commission": the organisation's own body
        }
        if (tokens.get(k).isCapitalised() && cls[k] == null) {
          named = true; // "of the North Carolina NAACP": a place naming a private body
        }
      }
      return named;
    }

    private boolean allLowerCase(int from, int to) {
      for (int k = from; k < to; k++) {
        if (tokens.get(k).isCapitalised()) {
          return false;
        }
      }
      return true;
    }

    private boolean hasExclude(int from, int to) {
      for (int k = from; k < to; k++) {
        if (cls[k] == WordClass.EXCLUDE && actor[k] == null) {
          return true;
        }
      }
      return false;
    }

    // ---- names ----

    private int skipHonorifics(int j) {
      while (j < tokens.size() && cls[j] == WordClass.HONORIFIC) {
        j = phraseEnd[j];
      }
      return j;
    }

    /** The end (exclusive) of a personal name starting at {@code j}, or {@code j} if none. */
    private int nameRun(int j, boolean allowRegnal) {
      if (j < tokens.size() && headline[j]) {
        return j;
      }
      int k = j;
      int words = 0;
      while (k < tokens.size() && k - j < MAX_NAME_TOKENS) {
        if (k > j && tokens.get(k).start() > tokens.get(k - 1).end() + 1) {
          // a line break or double space inside a name: stop
          if (text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).indexOf('\n') >= 0) {
            break;
          }
        }
        if (isNameWord(k)) {
          words++;
          k++;
          if (possessive[k - 1]) {
            break;
          }
          continue;
        }
        if (k > j && lex.isParticle(tokens.get(k).text()) && particlesThenName(k)) {
          k++; // "de Souza", and "von der Leyen", "de la Cruz": particles run to a name word
          continue;
        }
        if (k > j && isInitial(k)) {
          k++;
          continue;
        }
        if (words > 0 && isMonthSurname(k)) {
          return k + 1; // "Theresa May", but not "Theresa May 5"
        }
        if (k > j && (allowRegnal || words > 0) && isRegnal(k)) {
          k++;
          if (k < tokens.size()
              && tokens.get(k).text().equals(".")
              && tokens.get(k).start() == tokens.get(k - 1).end()
              && lower(k - 1).endsWith("r")) {
            k++; // "Jr.", "Sr."
          }
          break;
        }
        break;
      }
      // A name never ends in a particle or an initial.
      while (k > j && !isNameWord(k - 1) && !isRegnal(k - 1)) {
        k--;
      }
      if (words > 1
          && k < tokens.size()
          && tokens.get(k).text().equals(".")
          && tokens.get(k).start() == tokens.get(k - 1).end()
          && (lower(k - 1).equals("jr") || lower(k - 1).equals("sr"))) {
        k++; // "Teodoro L. Locsin Jr."
      }
      return words == 0 ? j : k;
    }

    /** At most {@value #MAX_PARTICLES} particles from {@code k}, then a name word. */
    private boolean particlesThenName(int k) {
      for (int p = k; p < Math.min(tokens.size(), k + MAX_PARTICLES + 1); p++) {
        if (isNameWord(p)) {
          return p > k;
        }
        if (!lex.isParticle(tokens.get(p).text())) {
          return false;
        }
      }
      return false;
    }

    /** A month that is also a surname, after a given name and not before a day number. */
    private boolean isMonthSurname(int k) {
      String w = stripPossessive(tokens.get(k).text());
      if (!MONTH_SURNAMES.contains(w) || actor[k] != null) {
        return false;
      }
      return k + 1 >= tokens.size() || tokens.get(k + 1).type() != Token.Type.NUMBER;
    }

    private boolean isNameWord(int k) {
      return nameWord[k];
    }

    private boolean computeNameWord(int k) {
      Token t = tokens.get(k);
      if (t.type() == Token.Type.WORD
          && k > 0
          && Character.isLowerCase(t.text().charAt(0))
          && t.text().indexOf('-') > 0
          && actor[k] == null
          && HYPHENED_PARTICLE.matcher(t.text()).matches()) {
        return true; // "Haidar al-Tamimi", "Ahmed bin-Saleh"
      }
      if (t.type() != Token.Type.WORD || !t.isCapitalised() || actor[k] != null) {
        return false;
      }
      String w = stripPossessive(t.text());
      if (w.length() < 2
          || lex.isNotName(w)
          || isAllCaps(w) && !isSurnameFirst(k)
          || isRunTogether(w)) {
        return false;
      }
      WordClass c = cls[k];
      return c == null || c == WordClass.PARTICLE;
    }

    /** Whether a title word ends right before the comma at {@code comma}. */
    private boolean titleBefore(int comma) {
      int k = comma - 1;
      return k >= 0
          && !isAllCaps(tokens.get(k).text())
          && (cls[k] == WordClass.HEAD
              || cls[k] == WordClass.MODIFIER
              || cls[k] == WordClass.INSTITUTION
              || actor[k] != null);
    }

    /**
     * "Mr. HAYASHI Yoshimasa": a family name in capitals, written first, after an honorific and
     * before a given name in ordinary case.
     */
    private boolean isSurnameFirst(int k) {
      if (k == 0
          || k + 1 >= tokens.size()
          || !(cls[k - 1] == WordClass.HONORIFIC
              || tokens.get(k - 1).text().equals(",") && titleBefore(k - 1))) {
        return false; // "Mr. HAYASHI Yoshimasa", "Minister for Foreign Affairs, MORITA Kenji"
      }
      Token next = tokens.get(k + 1);
      return next.type() == Token.Type.WORD
          && next.isCapitalised()
          && !isAllCaps(next.text())
          && actor[k + 1] == null
          && cls[k + 1] == null;
    }

    private boolean isNameWordAllowed(int k) {
      return isNameWord(k);
    }

    private boolean isInitial(int k) {
      String w = tokens.get(k).text();
      return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private boolean isRegnal(int k) {
      String w = tokens.get(k).text();
      return REGNAL.matcher(w).matches();
    }

    private boolean closesAppositive(int k) {
      if (k >= tokens.size()) {
        return true;
      }
      String w = tokens.get(k).text();
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")")) {
        return true;
      }
      return Character.isLowerCase(w.charAt(0)) && !possessive[k];
    }

    private boolean isHead(int k) {
      return cls[k] == WordClass.HEAD || cls[k] == WordClass.ROYAL;
    }

    private boolean isPunct(int k) {
      return tokens.get(k).type() == Token.Type.PUNCTUATION;
    }

    private String lower(int k) {
      return lowers[k];
    }

    // ---- affiliation and merging ----

    void resolveAffiliations(List<Candidate> found) {
      found.sort((a, b) -> Integer.compare(a.nameFrom, b.nameFrom));
      Map<String, String> bySurname = new HashMap<>();
      for (Candidate c : found) {
        c.name = nameText(c);
        if (c.explicit) {
          bySurname.putIfAbsent(surname(c.name), c.affiliation);
        }
      }
      // Possessors and later explicit mentions of the same surname.
      for (Candidate c : found) {
        if (!c.explicit && c.possessor != null && bySurname.containsKey(c.possessor)) {
          c.affiliation = bySurname.get(c.possessor);
          c.explicit = true;
        }
        if (!c.explicit && bySurname.containsKey(surname(c.name))) {
          c.affiliation = bySurname.get(surname(c.name));
          c.explicit = true;
        }
        if (!c.explicit && c.name.indexOf(' ') < 0) {
          for (Candidate o : found) {
            if (o.explicit && List.of(o.name.split(" ")).contains(c.name)) {
              c.affiliation = o.affiliation;
              c.explicit = true;
              break;
            }
          }
        }
      }
      // An organisation's office ("Secretary-General", "High Representative") with no actor in
      // its title: the organisation the text names, else the office's own.
      for (Candidate c : found) {
        String org = c.explicit ? null : OrganisationOffices.defaults().defaultOf(c.role);
        if (org != null) {
          c.affiliation =
              organisations.size() == 1 && !organisations.contains(org)
                  ? organisations.iterator().next()
                  : org;
          c.explicit = true;
        }
      }
      // Lists: "Chinese President Xi Jinping, Premier Li Keqiang and State Councilor Yang Jiechi".
      for (int x = 1; x < found.size(); x++) {
        Candidate c = found.get(x);
        Candidate prev = found.get(x - 1);
        if (c.affiliation == null
            && prev.affiliation != null
            && (prev.explicit || isSubjectList(prev))
            && joinedByList(prev.nameTo, c.titleFrom)) {
          c.affiliation = prev.affiliation;
          c.explicit = true;
        }
      }
      // Last: the actor the document is most about, near the name, at the dateline — and not the
      // one another official of the same sentence stands for. Scored over all mentions of a person.
      // A title used bare that exists in one state only ("Secretary of State") also says whose
      // news this is.
      for (Candidate c : found) {
        if (c.affiliation != null && !c.explicit) {
          home.merge(c.affiliation, 3.0, Double::sum);
        }
      }
      int[] chain = chains(found);
      Map<String, Map<String, Double>> votes = new HashMap<>();
      for (Candidate c : found) {
        if (c.affiliation == null) {
          Map<String, Double> v =
              votes.computeIfAbsent(personKey(c.name, found), k -> new HashMap<>());
          score(c, found, chain).forEach((code, x) -> v.merge(code, x, Double::sum));
        }
      }
      // A state has one head of state, one head of government, one foreign minister…: two
      // holders of one office with bare titles ("President Macron", "President Rouhani") stand for
      // different states. The surest vote chooses first. Some titles are never a given state's
      // ("Foreign Secretary" is not American).
      Set<String> headTaken = new java.util.HashSet<>();
      Map<String, String> leader = new HashMap<>();
      Map<String, Set<String>> never = new HashMap<>();
      Map<String, Integer> firstSeen = new HashMap<>();
      for (Candidate c : found) {
        String key = personKey(c.name, found);
        String l = officeClass(c.role);
        if (l != null) {
          leader.putIfAbsent(key, l);
          if (c.affiliation != null) {
            headTaken.add(l + c.affiliation);
          }
        }
        if (c.role != null) {
          Set<String> no = never.computeIfAbsent(key, k -> new java.util.HashSet<>());
          no.addAll(offices.neverHeldFor(c.role));
          if (isMinister(c.role)) {
            no.addAll(organisations); // ministers serve states, not organisations
          }
        }
        firstSeen.putIfAbsent(key, c.nameFrom);
      }
      // "…the office of President Moon in Seoul endorsed it. 'We agree,' said a spokesman, Kim":
      // a spokesperson speaks for the official named last, a quotation's few sentences before.
      Map<String, Candidate> speaksFor = new HashMap<>();
      for (int x = 1; x < found.size(); x++) {
        Candidate c = found.get(x);
        Candidate o = found.get(x - 1);
        if (c.affiliation == null
            && isSpokesperson(c.role)
            && sentence[o.nameFrom] >= sentence[c.nameFrom] - 3) {
          speaksFor.put(personKey(c.name, found), o);
        }
      }
      Map<String, String> chosen = new HashMap<>();
      List<String> order = new ArrayList<>(votes.keySet());
      order.sort(
          (a, b) -> {
            int m = Double.compare(margin(votes.get(b)), margin(votes.get(a)));
            return m != 0 ? m : Integer.compare(firstSeen.get(a), firstSeen.get(b));
          });
      for (String key : order) {
        Candidate principal = speaksFor.get(key);
        if (principal != null) {
          String code =
              principal.affiliation != null
                  ? principal.affiliation
                  : chosen.get(personKey(principal.name, found));
          if (code != null) {
            votes.get(key).merge(code, 6.0, Double::sum);
          }
        }
        String l = leader.get(key);
        String pick =
            votes.get(key).entrySet().stream()
                .filter(x -> x.getValue() > 0)
                .filter(x -> !never.getOrDefault(key, Set.of()).contains(x.getKey()))
                .filter(
                    x ->
                        l == null
                            || !headTaken.contains(l + x.getKey())
                            || described.getOrDefault(key, Set.of()).contains(x.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        if (pick == null) {
          continue;
        }
        chosen.put(key, pick);
        if (l != null) {
          headTaken.add(l + pick);
        }
        // The other side of the same sentence is not the chosen state: "talks between President
        // Anna Weber and Prime Minister Jonas Lind".
        for (Candidate c : found) {
          if (!personKey(c.name, found).equals(key)) {
            continue;
          }
          for (Candidate o : found) {
            String ok = personKey(o.name, found);
            if (!ok.equals(key)
                && votes.containsKey(ok)
                && !chosen.containsKey(ok)
                && sentence[o.nameFrom] == sentence[c.nameFrom]
                && chain[found.indexOf(c)] < 0
                && chain[found.indexOf(o)] == chain[found.indexOf(c)]) {
              votes.get(ok).merge(pick, -100.0, Double::sum);
            }
          }
        }
      }
      for (Candidate c : found) {
        if (c.affiliation == null) {
          c.affiliation = chosen.get(personKey(c.name, found));
        }
      }
    }

    /** How far the best code leads the second: a sure vote is decided first. */
    private static double margin(Map<String, Double> v) {
      double first = 0;
      double second = 0;
      for (double x : v.values()) {
        if (x > first) {
          second = first;
          first = x;
        } else if (x > second) {
          second = x;
        }
      }
      return first - second;
    }

    /** The single-holder office a role names, as a key prefix ("foreign:"), or null. */
    private String officeClass(String role) {
      String office = role == null ? null : offices.officeOf(role);
      return office == null ? null : office + ":";
    }

    /** "state:" for a head of state, "government:" for a head of government, else null. */
    private String leaderClass(String role) {
      String office = officeClass(role);
      return "state:".equals(office) || "government:".equals(office) ? office : null;
    }

    /**
     * Groups a surname-only mention with the fuller name it abbreviates ("Xi" and "Xi Jinping").
     */
    private String personKey(String name, List<Candidate> found) {
      if (name.indexOf(' ') < 0) {
        for (Candidate o : found) {
          if (o.name.indexOf(' ') > 0 && nameWords(o.name).contains(name)) {
            return o.name;
          }
        }
      }
      String surname = cachedSurname(name);
      for (Candidate o : found) {
        if (o.name.length() > name.length() && cachedSurname(o.name).equals(surname)) {
          return o.name;
        }
      }
      return name;
    }

    /** Memo of {@link OfficialsExtractor#surname}: personKey asks it for each pair of names. */
    private final Map<String, String> surnames = new HashMap<>();

    private final Map<String, List<String>> nameWords = new HashMap<>();

    private String cachedSurname(String name) {
      return surnames.computeIfAbsent(name, OfficialsExtractor::surname);
    }

    private List<String> nameWords(String name) {
      return nameWords.computeIfAbsent(name, n -> List.of(n.split(" ")));
    }

    /**
     * Numbers the lists of officials: "Vice President George Bush, Secretary of State George Shultz
     * and Commerce Secretary Malcolm Baldrige" is one list, one side — unless it follows "between".
     */
    private int[] chains(List<Candidate> found) {
      int[] chain = new int[found.size()];
      int id = 0;
      for (int x = 0; x < found.size(); x++) {
        if (x > 0 && joinedByList(found.get(x - 1).nameTo, found.get(x).titleFrom)) {
          chain[x] = chain[x - 1];
          continue;
        }
        int before = found.get(x).titleFrom - 1;
        boolean between = before >= 0 && lower(before).equals("between");
        chain[x] = between ? -1 - x : ++id;
      }
      return chain;
    }

    /**
     * The state that a person named just before {@code k} returns to, in the same sentence: "on his
     * return to Tehran", "returned home to Kabul". Null if none.
     */
    private String returnedTo(int k) {
      for (int j = k; j < Math.min(tokens.size() - 2, k + 20) && sentence[j] == sentence[k]; j++) {
        String w = lower(j);
        if (!(w.equals("return") || w.equals("returned") || w.equals("returning"))) {
          continue;
        }
        int t = j + 1;
        if (lower(t).equals("home")) {
          t++;
        }
        if (t < tokens.size() && lower(t).equals("to")) {
          t++;
          if (t < tokens.size() && lower(t).equals("the")) {
            t++;
          }
          if (t < tokens.size() && actor[t] != null && stateActor[t]) {
            return actor[t];
          }
        }
        return null;
      }
      return null;
    }

    /**
     * The state that a person named just before {@code k} travels to, in the person's own clause
     * and within a few words: "who leaves for Moscow", "flew to Beijing", "will visit Chile". Null
     * if none.
     */
    private String travelsTo(int k) {
      for (int j = k; j < Math.min(tokens.size() - 1, k + 8) && sentence[j] == sentence[k]; j++) {
        String w = lower(j);
        int t = j + 1;
        if (!TRAVEL_VERBS.contains(w)) {
          if (CLAUSE_GLUE.contains(w)) {
            continue;
          }
          return null; // another clause, maybe another subject: "when he visits Washington"
        }
        if (t < tokens.size()) {
          String p = lower(t);
          if (p.equals("for") || p.equals("to") || p.equals("in")) {
            t++;
          } else if (!w.startsWith("visit")) {
            continue;
          }
          if (t < tokens.size() && lower(t).equals("the")) {
            t++;
          }
          return t < tokens.size() && actor[t] != null && stateActor[t] ? actor[t] : null;
        }
      }
      return null;
    }

    private static boolean isMinister(String role) {
      for (String w : role.toLowerCase(Locale.ROOT).split("[ -]")) {
        if (w.equals("minister")) {
          return true;
        }
      }
      return false;
    }

    private static boolean isSpokesperson(String role) {
      if (role == null) {
        return false;
      }
      String r = role.toLowerCase(Locale.ROOT);
      return r.endsWith("spokesman") || r.endsWith("spokeswoman") || r.endsWith("spokesperson");
    }

    /** "Polish President Andrzej Duda": token {@code k} is in another official's own title. */
    private static boolean inOtherTitle(List<Candidate> found, Candidate c, int k) {
      for (Candidate o : found) {
        if (o != c && o.titleFrom <= k && k < Math.max(o.titleTo, o.nameFrom)) {
          return true;
        }
      }
      return false;
    }

    /** "Japan's Defense Ministry": a state body after at most two capitalised words. */
    private boolean bodyAfter(int k, int limit) {
      for (int j = k; j < Math.min(limit, k + 3); j++) {
        if (BODIES.contains(lower(j))) {
          return true;
        }
        if (!tokens.get(j).isCapitalised() || actor[j] != null) {
          return false;
        }
      }
      return false;
    }

    /** "Saudi monarchs" for "King Faisal", "the Egyptian president" for "President Mubarak". */
    private boolean sameOffice(int k, Candidate c) {
      if (c.role == null || !(cls[k] == WordClass.HEAD || cls[k] == WordClass.ROYAL)) {
        return false;
      }
      String w = lower(k);
      String head = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      String role = c.role.toLowerCase(Locale.ROOT);
      return role.endsWith(head)
          || head.equals("monarch") && (role.endsWith("king") || role.endsWith("queen"))
          || head.equals("leader") && leaderClass(c.role) != null;
    }

    private Map<String, Double> score(Candidate c, List<Candidate> found, int[] chain) {
      Map<String, Double> s = new HashMap<>(salience);
      // Whose news this is: a dateline, and bare seats of government ("the White House", "the
      // Kremlin", "Congress") — a text names its own government without saying whose it is.
      home.forEach((code, x) -> s.merge(code, x, Double::sum));
      // "President Moon Jae-in in Seoul", "King Fahd of Saudi Arabia": an actor right after the
      // name.
      for (int k = c.nameTo; k < Math.min(tokens.size(), c.nameTo + 3); k++) {
        if (actor[k] != null) {
          s.merge(actor[k], 3.0, Double::sum);
          break;
        }
      }
      for (int k = c.titleFrom - 1;
          k >= 0 && k >= datelineEnd && sentence[k] == sentence[c.nameFrom];
          k--) {
        if (actor[k] != null) {
          // the nearest state named before: a weak hint, stronger when it opens the sentence;
          // the dateline counts once, as the text's home
          boolean opens =
              k == 0
                  || sentence[k - 1] != sentence[k]
                  || k == 1 && lower(0).equals("the")
                  || k > 1 && sentence[k - 2] != sentence[k] && (lower(k - 1).equals("the"));
          s.merge(actor[k], opens ? 6.0 : 2.0, Double::sum);
          break;
        }
      }
      // "…an explosion in Mexico City. President Enrique Peña Nieto said": the state named just
      // before, across a sentence end, is a weak hint (a tie-breaker more than a vote).
      for (int k = c.titleFrom - 1; k >= Math.max(0, c.titleFrom - 6); k--) {
        if (actor[k] != null) {
          if (sentence[k] != sentence[c.nameFrom] && stateActor[k]) {
            s.merge(actor[k], 2.0, Double::sum);
          }
          break;
        }
      }
      // "Economy Minister X, who leaves for Moscow on Tuesday": a traveller is a guest there.
      String abroad = travelsTo(c.nameTo);
      if (abroad != null) {
        s.merge(abroad, -6.0, Double::sum);
      }
      // "…said on his return to Tehran": an official goes home.
      String home = returnedTo(c.nameTo);
      if (home != null) {
        s.merge(home, 8.0, Double::sum);
      }
      // "the country's leader, Kim", "the bloc's foreign policy chief": the actor of that kind
      // last named, within the sentence or the one before.
      String anaphor = c.titleFrom > 0 ? anaphoricActor(c.titleFrom - 1) : null;
      if (anaphor == null && c.titleFrom > 0) {
        anaphor = itsActor(c.titleFrom - 1);
      }
      if (anaphor != null) {
        s.merge(anaphor, 10.0, Double::sum);
      }
      // "Vietnam's parliament sacked Prime Minister X": a state's body acting on its officials;
      // "two tours by Saudi monarchs. King Faisal visited…": the officials just described.
      for (int k = c.titleFrom - 1;
          k >= 0 && sentence[k] >= sentence[c.nameFrom] - 1 && c.titleFrom - k < 60;
          k--) {
        if (actor[k] != null
            && k + 1 < tokens.size()
            && (BODIES.contains(lower(k + 1))
                || possessive[k] && bodyAfter(k + 1, c.titleFrom)
                || sameOffice(k + 1, c) && !inOtherTitle(found, c, k + 1))) {
          s.merge(actor[k], 8.0, Double::sum);
          described
              .computeIfAbsent(personKey(c.name, found), x -> new java.util.HashSet<>())
              .add(actor[k]);
          break;
        }
      }
      for (Candidate o : found) {
        if (o != c
            && o.affiliation != null
            && sentence[o.nameFrom] == sentence[c.nameFrom]
            && (chain[found.indexOf(o)] != chain[found.indexOf(c)]
                || chain[found.indexOf(c)] < 0)) {
          s.merge(o.affiliation, -4.0, Double::sum);
        }
      }
      // Anonymous officials of the same sentence ("the Saudi leader") stand for their actor too.
      for (int k = 0; k + 1 < tokens.size(); k++) {
        if (sentence[k] == sentence[c.nameFrom]
            && actor[k] != null
            && !possessive[k]
            && isHead(k + 1)
            && !lower(k + 1).endsWith("s")
            && k > 0
            && (lower(k - 1).equals("the") || lower(k - 1).equals("a"))
            && (k + 2 >= tokens.size()
                || !tokens.get(k + 2).isCapitalised()
                    && !lower(k + 2).equals("to")
                    && !lower(k + 2).equals("of"))) {
          s.merge(actor[k], -100.0, Double::sum);
        }
      }
      return s;
    }

    /**
     * The actor that a possessive noun at {@code k} stands for: "the country's" and "the nation's"
     * name the state last mentioned, "the organisation's" and "the bloc's" the organisation last
     * mentioned, in the same sentence or the one before. Null when {@code k} is no such noun.
     */
    private String anaphoricActor(int k) {
      if (!possessive[k] || k == 0 || actor[k] != null) {
        return null;
      }
      Boolean state = ANAPHORS.get(stripPossessive(lower(k)));
      if (state == null) {
        return null;
      }
      boolean definite = false;
      for (int d = k - 1; d >= Math.max(0, k - 3) && sentence[d] == sentence[k]; d--) {
        if (lower(d).equals("the")) {
          definite = true;
          break;
        }
      }
      if (!definite) {
        return null;
      }
      for (int j = k - 1; j >= 0 && sentence[j] >= sentence[k] - 1; j--) {
        // "the U.S. military" uses a name as an adjective: no antecedent for "the country".
        boolean adjective =
            j + 1 < tokens.size()
                && actor[j + 1] == null
                && tokens.get(j + 1).type() == Token.Type.WORD
                && !tokens.get(j + 1).isCapitalised();
        if (actor[j] != null && stateActor[j] == state && !adjective && !possessive[j]) {
          return actor[j];
        }
      }
      return null;
    }

    /**
     * "Mexico is not a member of the G7, but its president, Name": the state last named before
     * "its" in the sentence or the one before. Null when {@code k} is not "its" or none is named.
     */
    private String itsActor(int k) {
      if (!lower(k).equals("its")) {
        return null;
      }
      for (int j = k - 1; j >= 0 && sentence[j] >= sentence[k] - 1; j--) {
        if (actor[j] != null && stateActor[j] && !possessive[j]) {
          return actor[j];
        }
      }
      return null;
    }

    /**
     * "Vice President Mike Pence and Secretary of State Mike Pompeo met…": a list that opens its
     * sentence is one side; after "between", "by" or "with" it may be two.
     */
    private boolean isSubjectList(Candidate first) {
      int k = first.titleFrom;
      return k == 0 || sentence[k - 1] != sentence[k];
    }

    private boolean joinedByList(int from, int to) {
      if (to - from < 1 || to - from > 2) {
        return false;
      }
      for (int k = from; k < to; k++) {
        String w = lower(k);
        if (!(w.equals(",") || w.equals("and"))) {
          return false;
        }
      }
      return true;
    }

    List<Person> merge(List<Candidate> found) {
      Map<String, Builder> people = new LinkedHashMap<>();
      for (Candidate c : found) {
        if (c.affiliation == null || c.name.isEmpty()) {
          continue;
        }
        String key = personKey(c.name, found) + "|" + c.affiliation;
        Builder b = people.computeIfAbsent(key, k -> new Builder());
        b.add(c, tokens);
        b.inOffice |= !hasFormer(c.titleFrom, c.titleTo);
      }
      // Later mentions by surname alone.
      Map<String, Builder> bySurname = new HashMap<>();
      people.forEach((k, b) -> bySurname.putIfAbsent(surname(b.name), b));
      for (int k = 0; k < tokens.size(); k++) {
        if (!isNameWord(k)) {
          continue;
        }
        String word = stripPossessive(tokens.get(k).text());
        Builder b = bySurname.get(word);
        if (b == null && word.indexOf('-') > 0) {
          // "Al-Tamimi" opening a sentence is "al-Tamimi"
          b = bySurname.get(Character.toLowerCase(word.charAt(0)) + word.substring(1));
        }
        if (b != null) {
          Token t = tokens.get(k);
          b.spans.add(new Span(t.start(), t.start() + stripPossessive(t.text()).length()));
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

    private String nameText(Candidate c) {
      Token first = tokens.get(c.nameFrom);
      Token last = tokens.get(c.nameTo - 1);
      String s = text.substring(first.start(), last.end());
      return stripPossessive(s.replaceAll("\\s+", " "));
    }
  }

  private static final class Builder {
    String name = "";
    String role;
    String affiliation;
    boolean inOffice;
    final List<Span> spans = new ArrayList<>();

    void add(Candidate c, List<Token> tokens) {
      if (c.name.length() > name.length()) {
        name = c.name;
      }
      if (role == null && c.role != null) {
        role = c.role;
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

  static String surname(String name) {
    String[] parts = name.split(" ");
    String last = parts[parts.length - 1];
    if (parts.length > 1 && REGNAL.matcher(last).matches()) {
      last = parts[parts.length - 2];
    }
    return last;
  }

  static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("’s")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("'") || w.endsWith("’")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Web-extraction junk such as "RuizRuiz" or "SotoOAS": a capital after the fourth letter. */
  private static boolean isRunTogether(String w) {
    for (int i = 4; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDeterminer(String w) {
    return w.equals("a") || w.equals("an") || w.equals("the");
  }

  private static boolean isAllCaps(String w) {
    if (w.length() < 3) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
