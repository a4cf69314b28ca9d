package org.entente.pipeline.gazetteer;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.entente.pipeline.resources.ResourceFile;

/**
 * Context checks for aliases that are also common words or names ("Jordan", "Georgia",
 * "Washington", "US"). Each looks a bounded distance around the mention, so matching stays linear
 * however long a line is.
 */
final class ContextGuards {

  private static final int LINE_WINDOW = 200;
  private static final int WORD_WINDOW = 40;

  /** English weekday and month names, full and abbreviated, which may follow a place name. */
  private static final Set<String> CALENDAR_WORDS = calendarWords();

  /** Words after which a state name that is also a first name is the state ("Jordan Foreign"). */
  private static final Set<String> TITLE_WORDS =
      ResourceFile.firstFields(ContextGuards.class, "forename-title-words.txt");

  /** Words before which a state name that is also a first name is the state ("of Chad Luis"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("of", "to", "in", "from");

  private ContextGuards() {}

  private static Set<String> calendarWords() {
    Set<String> words = new HashSet<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      words.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    for (Month m : Month.values()) {
      words.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      words.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
    return Set.copyOf(words);
  }

  /** Whether an ambiguous alias at {@code [start, end)} may stand for its actor. */
  static boolean allows(CharSequence text, int start, int end, Gazetteer gazetteer) {
    return !inCapitalsLine(text, start, end)
        && !afterNameInSentence(text, start)
        && !afterUsCity(text, start, gazetteer);
  }

  /**
   * A headline in capitals ("LET US TALK"): no lower-case letter on the mention's line, looking at
   * most {@value #LINE_WINDOW} chars either way.
   */
  static boolean inCapitalsLine(CharSequence text, int start, int end) {
    int letters = 0;
    for (int i = start - 1; i >= Math.max(0, start - LINE_WINDOW); i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    for (int i = end; i < Math.min(text.length(), end + LINE_WINDOW); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters > 0;
  }

  /**
   * Preceded, after one space, by a capitalised word ("Ana Jordan", "Gov. Georgia") that does not
   * begin a sentence ("In Jordan", "Jordan said" stay).
   */
  static boolean afterNameInSentence(CharSequence text, int start) {
    int j = start - 1;
    if (j < 1 || text.charAt(j) != ' ') {
      return false;
    }
    int wordEnd = j;
    int k = j - 1;
    while (k >= 0 && wordEnd - k <= WORD_WINDOW && Character.isLetter(text.charAt(k))) {
      k--;
    }
    int wordStart = k + 1;
    if (wordStart >= wordEnd || wordEnd - wordStart < 2) {
      return false;
    }
    if (!Character.isUpperCase(text.charAt(wordStart))) {
      return false;
    }
    boolean hasLower = false;
    for (int i = wordStart + 1; i < wordEnd; i++) {
      hasLower |= Character.isLowerCase(text.charAt(i));
    }
    if (!hasLower) {
      return false;
    }
    int p = wordStart - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0) {
      return false;
    }
    char before = text.charAt(p);
    boolean sentenceStart = ".!?\n\"'“‘(:;-—–".indexOf(before) >= 0;
    return !sentenceStart;
  }

  /**
   * Followed, after one space, by a capitalised word that is not a weekday or a month: a surname
   * ("Chad Ortiz", "Lima Vega"), not "Washington Tuesday".
   */
  static boolean beforeName(CharSequence text, int end) {
    int n = text.length();
    if (end + 2 >= n || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
      return false;
    }
    int k = end + 2;
    boolean hasLower = false;
    while (k < n && k - end <= WORD_WINDOW && Character.isLetter(text.charAt(k))) {
      hasLower |= Character.isLowerCase(text.charAt(k));
      k++;
    }
    if (!hasLower || (k < n && text.charAt(k) == '.')) {
      return false; // an acronym, or an abbreviation such as "Gov." (guards in the data handle
      // those)
    }
    return !CALENDAR_WORDS.contains(text.subSequence(end + 1, k).toString());
  }

  /**
   * Whether a state name at {@code [start, end)} that is also a first name stands for the state
   * although a capitalised word follows: that word is a title's ("Jordan Foreign Minister"), or a
   * place preposition stands before it ("President of Chad Luis Ortiz").
   */
  static boolean stateDespiteName(CharSequence text, int start, int end) {
    int k = end + 1;
    while (k < text.length() && k - end <= WORD_WINDOW && Character.isLetter(text.charAt(k))) {
      k++;
    }
    if (TITLE_WORDS.contains(text.subSequence(end + 1, k).toString())) {
      return true;
    }
    int j = start - 1;
    if (j < 1 || text.charAt(j) != ' ') {
      return false;
    }
    int w = j;
    while (w > 0 && j - w < 5 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return PLACE_PREPOSITIONS.contains(text.subSequence(w, j).toString());
  }

  /** Preceded by "City, " where City is in the United States ("Atlanta, Georgia"). */
  static boolean afterUsCity(CharSequence text, int start, Gazetteer gazetteer) {
    int j = start - 1;
    if (j < 2 || text.charAt(j) != ' ' || text.charAt(j - 1) != ',') {
      return false;
    }
    int wordEnd = j - 1;
    int k = wordEnd - 1;
    while (k >= 0
        && wordEnd - k <= WORD_WINDOW
        && (Character.isLetter(text.charAt(k))
            || text.charAt(k) == ' ' && k > 0 && Character.isUpperCase(text.charAt(k + 1)))) {
      k--;
    }
    // Try the longest capitalised run first ("Kansas City"), then its last word.
    for (int s = k + 1; s < wordEnd; s++) {
      if ((s == k + 1 || text.charAt(s - 1) == ' ') && Character.isUpperCase(text.charAt(s))) {
        if (gazetteer.isUsCity(text.subSequence(s, wordEnd))) {
          return true;
        }
      }
    }
    return false;
  }
}
