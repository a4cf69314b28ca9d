package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.pipeline.actors.TitleLexicon.Entry;
import org.entente.pipeline.actors.TitleLexicon.WordClass;
import org.entente.pipeline.text.CharClass;
import org.entente.pipeline.text.Token;

/**
 * One document's word tokens, each marked with the actor mention covering it, the title-lexicon
 * phrase it belongs to, its sentence and whether it may be a word of a personal name. Built once
 * per document and read, never changed, by the readers of names, titles and affiliations; not
 * thread-safe.
 */
final class MarkedTokens {

  /** A lower-case particle joined to a capitalised name by a hyphen: "al-Tamimi". */
  private static final Pattern HYPHENED_PARTICLE =
      Pattern.compile("(?:al|el|bin|ibn|ben|abu|abd|ould)-\\p{Lu}[\\p{L}'’-]*");

  private static final int MAX_HEADLINE_TOKENS = 40;

  private static final int MAX_SENTENCE_TOKENS = 120;

  final String text;

  final List<Token> tokens;

  /** {@link #tokens} as an array: the marking loops read it many times per token. */
  private final Token[] at;

  final TitleLexicon lex;

  final String[] actor;

  final boolean[] stateActor;

  /** Tokens of an institution's mention ("EU foreign policy chief"): part of a title too. */
  final boolean[] institutionActor;

  /** Tokens of a capital's name ("Jakarta", "Port Vila"): where, more than who. */
  final boolean[] capitalActor;

  final boolean[] possessive;

  final WordClass[] cls;

  final String[] clsAffiliation;

  final boolean[] bareOnly;

  final int[] phraseStart;

  final int[] phraseEnd;

  final int[] sentence;

  final boolean[] headline;

  private final String[] lowers;

  private final boolean[] nameWord;

  /** Codes of the organisations the text names: no minister is theirs. */
  final Set<String> organisations = new HashSet<>();

  /** The actor mentions of the document, less those naming a stance ("pro-Moscow"). */
  final List<ActorMention> mentions;

  MarkedTokens(String text, List<Token> tokens, List<ActorMention> mentions, TitleLexicon lex) {
    this.text = text;
    this.tokens = tokens;
    this.at = tokens.toArray(new Token[0]);
    this.lex = lex;
    this.mentions = mentions.stream().filter(m -> !isStance(text, m)).toList();
    int n = at.length;
    actor = new String[n];
    stateActor = new boolean[n];
    institutionActor = new boolean[n];
    capitalActor = new boolean[n];
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
      lowers[k] = at[k].lower();
    }
    markActors(this.mentions);
    for (ActorMention m : this.mentions) {
      if (m.kind() != ActorKind.STATE) {
        organisations.add(m.code());
      }
    }
    markLexicon();
    markHonorificsAfterTitles();
    markSentences();
    markHeadline();
    nameWord = new boolean[n];
    for (int k = 0; k < n; k++) {
      nameWord[k] = computeNameWord(k);
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

  private void markActors(List<ActorMention> mentions) {
    int t = 0;
    List<ActorMention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    int n = at.length;
    for (ActorMention m : sorted) {
      while (t < n && at[t].end() <= m.span().start()) {
        t++;
      }
      for (int k = t; k < n && at[k].start() < m.span().end(); k++) {
        actor[k] = m.code();
        stateActor[k] = m.kind() == ActorKind.STATE;
        institutionActor[k] = m.how() == ActorMention.How.INSTITUTION;
        capitalActor[k] = m.how() == ActorMention.How.CAPITAL;
      }
    }
    for (int k = 0; k < n; k++) {
      String w = at[k].text();
      int len = w.length();
      possessive[k] = len >= 2 && w.charAt(len - 1) == 's' && isApostrophe(w.charAt(len - 2));
    }
  }

  /**
   * "Minister of Trade Professor Ana Lopes", "Trade Minister of X, Professor Ana Lopes": a word
   * excluded as a private occupation that the lexicon also lists as an honorific is the honorific
   * when it stands, capitalised, between an office and a capitalised word.
   */
  private void markHonorificsAfterTitles() {
    int n = at.length;
    for (int i = 1; i + 1 < n; i++) {
      if (cls[i] != WordClass.EXCLUDE
          || phraseEnd[i] != i + 1
          || !CharClass.isUpperCase(at[i].text().charAt(0))
          || !CharClass.isUpperCase(at[i + 1].text().charAt(0))
          || cls[i + 1] != null
          || !alsoHonorific(lower(i))) {
        continue;
      }
      int p = at[i - 1].text().equals(",") ? i - 2 : i - 1;
      if (p >= 0
          && (cls[p] == WordClass.HEAD
              || cls[p] == WordClass.MODIFIER
              || cls[p] == WordClass.INSTITUTION
              || actor[p] != null)) {
        cls[i] = WordClass.HONORIFIC;
      }
    }
  }

  private boolean alsoHonorific(String lowerWord) {
    for (Entry e : lex.startingWith(lowerWord)) {
      if (e.words().size() == 1 && e.wordClass() == WordClass.HONORIFIC) {
        return true;
      }
    }
    return false;
  }

  private void markLexicon() {
    int n = at.length;
    for (int i = 0; i < n; i++) {
      if (cls[i] != null) {
        continue;
      }
      String w = lower(i);
      // Most words start no entry: those skip the lookup and the calls on its empty list.
      if (lex.mayStartEntry(w)) {
        i = markEntryAt(i);
      }
      if (cls[i] == null && w.indexOf('-') > 0) {
        markHyphenated(i, w);
      }
    }
  }

  /**
   * Marks the longest lexicon phrase that starts at token {@code i}, if any; returns the index of
   * its last token, or {@code i}.
   */
  private int markEntryAt(int i) {
    int n = at.length;
    List<Entry> entries = lex.startingWith(lower(i));
    // By index: an iterator is an allocation per call under the launcher's client compiler (no
    // escape analysis).
    for (int x = 0, count = entries.size(); x < count; x++) {
      Entry e = entries.get(x);
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
      return i + len - 1;
    }
    return i;
  }

  private boolean matches(Entry e, int i) {
    List<String> words = e.words();
    int size = words.size();
    for (int k = 0; k < size; k++) {
      String w = k == size - 1 ? stripPossessive(lower(i + k)) : lower(i + k);
      if (!w.equals(words.get(k))) {
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
    int n = at.length;
    for (int i = 0; i < n; i++) {
      sentence[i] = s;
      String w = at[i].text();
      char c = w.length() == 1 ? w.charAt(0) : 0;
      // an abbreviation's period ends no sentence, but a sentence stays bounded: the
      // per-sentence scans are linear in its length
      boolean end =
          c == '.' && (!abbreviationBefore(i) || i - opened > MAX_SENTENCE_TOKENS)
              || c == '?'
              || c == '!';
      if (!end && i + 1 < n && at[i + 1].start() - at[i].end() >= 2) {
        // A blank line ends a sentence too; a gap of one character or none holds no blank line.
        int newlines = 0;
        for (int k = at[i].end(); k < at[i + 1].start(); k++) {
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
    if (dot == 0 || at[dot - 1].end() != at[dot].start()) {
      return false;
    }
    int k = dot - 1;
    return cls[k] == WordClass.HONORIFIC && phraseEnd[k] > dot
        || (lowerIs(k, "jr") || lowerIs(k, "sr"))
            && dot + 1 < at.length
            && at[dot + 1].text().equals(",");
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
    for (; k < at.length && at[k].start() < end; k++) {
      Token t = at[k];
      if (t.type() == Token.Type.WORD && t.text().length() > 3) {
        words++;
        caps += CharClass.isUpperCase(t.text().charAt(0)) ? 1 : 0;
      }
    }
    boolean ownLine = nl > 0 && text.startsWith("\n", nl + 1);
    // a first paragraph of several sentences is a body, however many names it holds; so is a
    // lead sentence in sentence case ("President X met Prime Minister Y in Accra on
    // Monday."), whose names and titles make most of its capitals
    boolean sentence =
        (k > 15 || words - caps >= 2) && text.substring(0, end).strip().endsWith(".");
    if (ownLine && words >= 3 && k <= MAX_HEADLINE_TOKENS && !sentence && caps >= 0.7 * words) {
      java.util.Arrays.fill(headline, 0, k, true);
    }
  }

  boolean isNameWord(int k) {
    return nameWord[k];
  }

  private boolean computeNameWord(int k) {
    Token t = at[k];
    if (t.type() == Token.Type.WORD
        && k > 0
        && CharClass.isLowerCase(t.text().charAt(0))
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
        || lex.isNotName(w) && !(lex.mayBeInsideName(w) && betweenNameWords(k))
        || isAllCaps(w) && !isSurnameFirst(k)
        || isRunTogether(w)) {
      return false;
    }
    WordClass c = cls[k];
    return c == null || c == WordClass.PARTICLE;
  }

  /** Whether plain capitalised words, no title words, stand on both sides of token {@code k}. */
  private boolean betweenNameWords(int k) {
    return k > 0 && k + 1 < at.length && plainCapitalised(k - 1) && plainCapitalised(k + 1);
  }

  private boolean plainCapitalised(int k) {
    Token t = at[k];
    return t.type() == Token.Type.WORD
        && t.isCapitalised()
        && actor[k] == null
        && cls[k] == null
        && !lex.isNotName(t.text())
        && !isAllCaps(t.text());
  }

  /** Whether a title word ends right before the comma at {@code comma}. */
  private boolean titleBefore(int comma) {
    int k = comma - 1;
    return k >= 0
        && !isAllCaps(at[k].text())
        && (cls[k] == WordClass.HEAD
            || cls[k] == WordClass.MODIFIER
            || cls[k] == WordClass.INSTITUTION
            || actor[k] != null);
  }

  /**
   * "Mr. TANAKA Hiroshi": a family name in capitals, written first, after an honorific and before a
   * given name in ordinary case.
   */
  private boolean isSurnameFirst(int k) {
    if (k == 0
        || k + 1 >= at.length
        || !(cls[k - 1] == WordClass.HONORIFIC
            || at[k - 1].text().equals(",") && titleBefore(k - 1)
            || titleWord(k - 1))) {
      // "Mr. TANAKA Hiroshi", "Minister for Foreign Affairs, SATO Kenta", "Minister KANG Min-ho"
      return false;
    }
    Token next = at[k + 1];
    return next.type() == Token.Type.WORD
        && next.isCapitalised()
        && !isAllCaps(next.text())
        && actor[k + 1] == null
        && cls[k + 1] == null;
  }

  /** A title's word in ordinary case: "Minister", "Affairs" (not a headline in capitals). */
  private boolean titleWord(int k) {
    return (cls[k] == WordClass.HEAD || cls[k] == WordClass.MODIFIER) && !isAllCaps(at[k].text());
  }

  boolean isHead(int k) {
    return cls[k] == WordClass.HEAD || cls[k] == WordClass.ROYAL;
  }

  boolean isPunct(int k) {
    return at[k].type() == Token.Type.PUNCTUATION;
  }

  /**
   * Token {@code k}. The readers ask at every token, several times: an array load, where a call of
   * {@code tokens.get} through the List interface is one that the client compiler does not inline.
   */
  Token token(int k) {
    return at[k];
  }

  /** The number of tokens; see {@link #token}. */
  int size() {
    return at.length;
  }

  String lower(int k) {
    return lowers[k];
  }

  /**
   * Whether token {@code k} in lower case is {@code word}. The readers ask this at every token, of
   * words that most tokens differ from in length: the inlined length test spares the call to {@link
   * String#equals}, which the launcher's client compiler does not inline.
   */
  boolean lowerIs(int k, String word) {
    String w = lowers[k];
    return w.length() == word.length() && w.equals(word);
  }

  /** A line break between token {@code p} and the next: a caption line is no title. */
  boolean lineBreakAfter(int p) {
    if (p + 1 >= at.length) {
      return false;
    }
    for (int x = at[p].end(); x < at[p + 1].start(); x++) {
      if (text.charAt(x) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code w} without a final "'s" or "'" (straight or curly). Read char by char: it is asked of
   * every capitalised word, and each of the four endsWith calls it took was a call the client
   * compiler does not inline.
   */
  static String stripPossessive(String w) {
    int len = w.length();
    if (len >= 2 && w.charAt(len - 1) == 's' && isApostrophe(w.charAt(len - 2))) {
      return w.substring(0, len - 2);
    }
    if (len >= 1 && isApostrophe(w.charAt(len - 1))) {
      return w.substring(0, len - 1);
    }
    return w;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** Web-extraction junk such as "RuizRuiz" or "SotoOAS": a capital after the fourth letter. */
  private static boolean isRunTogether(String w) {
    for (int i = 4; i < w.length(); i++) {
      if (CharClass.isUpperCase(w.charAt(i)) && CharClass.isLowerCase(w.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean isDeterminer(String w) {
    return w.equals("a") || w.equals("an") || w.equals("the");
  }

  static boolean isAllCaps(String w) {
    if (w.length() < 3) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (CharClass.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
