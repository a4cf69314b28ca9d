package org.entente.pipeline.actors;

import java.util.Set;
import java.util.regex.Pattern;
import org.entente.pipeline.actors.TitleLexicon.WordClass;
import org.entente.pipeline.text.CharClass;
import org.entente.pipeline.text.Token;

/**
 * Reads personal names from marked tokens: where a name starting at a token ends, with its
 * particles ("van der"), initials and regnal numbers, and a name's surname. Not thread-safe.
 */
final class NameReader {
  /** A run of white space inside a name. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static final int MAX_NAME_TOKENS = 5;

  /** Particles in a row inside a name: "von der", "de la". */
  private static final int MAX_PARTICLES = 2;

  /** Months that are also family names ("Ana May"). */
  private static final Set<String> MONTH_SURNAMES = Set.of("May", "June", "April", "August");

  /** Given names written short: "Ma. Elena Cruz", "Md. Rahim Uddin". */
  private static final Set<String> SHORTENED =
      org.entente.pipeline.resources.ResourceFile.firstFields(
          NameReader.class, "shortened-given-names.txt");

  private static final Pattern REGNAL =
      Pattern.compile("(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|Jr\\.?|Sr\\.?)");

  /** Letters after a name that are no part of it ({@code postnominals.txt}): "MP", "KCMG". */
  private static final Set<String> POSTNOMINALS =
      org.entente.pipeline.resources.ResourceFile.firstFields(NameReader.class, "postnominals.txt");

  private final MarkedTokens doc;

  NameReader(MarkedTokens doc) {
    this.doc = doc;
  }

  int skipHonorifics(int j) {
    while (j < doc.size() && doc.cls[j] == WordClass.HONORIFIC) {
      j = doc.phraseEnd[j];
    }
    return j;
  }

  /** The end (exclusive) of a personal name starting at {@code j}, or {@code j} if none. */
  int nameRun(int j, boolean allowRegnal) {
    if (j < doc.size() && doc.headline[j]) {
      return j;
    }
    int k = j;
    int words = 0;
    while (k < doc.size() && k - j < MAX_NAME_TOKENS) {
      if (k > j && doc.token(k).start() > doc.token(k - 1).end() + 1) {
        // a line break or double space inside a name: stop
        if (doc.text.substring(doc.token(k - 1).end(), doc.token(k).start()).indexOf('\n') >= 0) {
          break;
        }
      }
      if (shortenedGivenName(k)) {
        k += 2; // "Ma." of "Ma. Elena Cruz": the word and its stop
        continue;
      }
      if (doc.isNameWord(k)) {
        words++;
        k++;
        if (doc.possessive[k - 1]) {
          break;
        }
        continue;
      }
      if (k > j && doc.lex.isParticle(doc.token(k).text()) && particlesThenName(k)) {
        k++; // "de Souza", and "van der Berg", "de la Cruz": particles run to a name word
        continue;
      }
      if (k > j && isInitial(k) || bareInitial(k)) {
        k++;
        continue;
      }
      if (words > 0 && isMonthSurname(k)) {
        return k + 1; // "Ana May", but not "Ana May 5"
      }
      if (k > j && (allowRegnal || words > 0) && isRegnal(k)) {
        k++;
        if (k < doc.size()
            && doc.token(k).text().equals(".")
            && doc.token(k).start() == doc.token(k - 1).end()
            && doc.lower(k - 1).endsWith("r")) {
          k++; // "Jr.", "Sr."
        }
        break;
      }
      break;
    }
    // A name never ends in a particle or an initial.
    while (k > j && !doc.isNameWord(k - 1) && !isRegnal(k - 1)) {
      k--;
    }
    if (words > 1
        && k < doc.size()
        && doc.token(k).text().equals(".")
        && doc.token(k).start() == doc.token(k - 1).end()
        && (doc.lowerIs(k - 1, "jr") || doc.lowerIs(k - 1, "sr"))) {
      k++; // "Emilio L. Cruz Jr."
    }
    return words == 0 ? j : k;
  }

  /** At most {@value #MAX_PARTICLES} particles from {@code k}, then a name word. */
  private boolean particlesThenName(int k) {
    for (int p = k; p < Math.min(doc.size(), k + MAX_PARTICLES + 1); p++) {
      if (doc.isNameWord(p)) {
        return p > k;
      }
      if (!doc.lex.isParticle(doc.token(p).text())) {
        return false;
      }
    }
    return false;
  }

  /** A month that is also a surname, after a given name and not before a day number. */
  private boolean isMonthSurname(int k) {
    String w = MarkedTokens.stripPossessive(doc.token(k).text());
    if (!MONTH_SURNAMES.contains(w) || doc.actor[k] != null) {
      return false;
    }
    return k + 1 >= doc.size() || doc.token(k + 1).type() != Token.Type.NUMBER;
  }

  /**
   * "R Kumar Thapa", "S Ravi": one capital letter without a stop, as South Asian styles write an
   * initial, when a name word follows right after it.
   */
  private boolean bareInitial(int k) {
    String w = doc.token(k).text();
    return w.length() == 1
        && CharClass.isUpperCase(w.charAt(0))
        && k + 1 < doc.size()
        && doc.token(k + 1).start() == doc.token(k).end() + 1
        && doc.isNameWord(k + 1);
  }

  /**
   * "Ma. Elena Cruz": a given name written short, its stop right after it, and a name word after
   * that.
   */
  private boolean shortenedGivenName(int k) {
    // asked at every token: the offsets first, as most words are followed by a space
    return k + 2 < doc.size()
        && doc.token(k + 1).start() == doc.token(k).end()
        && doc.token(k + 1).text().equals(".")
        && SHORTENED.contains(doc.token(k).text())
        && doc.isNameWord(k + 2);
  }

  /** "A.", and initials run together: "L.P.", "J.F.K.". */
  private boolean isInitial(int k) {
    String w = doc.token(k).text();
    if (w.length() < 2 || w.length() > 6 || w.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < w.length(); i += 2) {
      if (!CharClass.isUpperCase(w.charAt(i)) || w.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private boolean isRegnal(int k) {
    return isRegnal(doc.token(k).text());
  }

  /** Most words are too long or start with no letter of {@link #REGNAL}: those skip the matcher. */
  private static boolean isRegnal(String w) {
    return !w.isEmpty()
        && w.length() <= 4
        && "IVXJS".indexOf(w.charAt(0)) >= 0
        && REGNAL.matcher(w).matches();
  }

  boolean closesAppositive(int k) {
    if (k >= doc.size()) {
      return true;
    }
    String w = doc.token(k).text();
    if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")") || w.equals(":")) {
      return true;
    }
    return CharClass.isLowerCase(w.charAt(0)) && !doc.possessive[k];
  }

  /**
   * The name's text, white space made single, without a possessive nor letters written after it
   * ("Hon. Ana Vaka MP" is "Ana Vaka"; the run keeps them, so that what follows the name is read as
   * before).
   */
  String nameText(OfficialCandidate c) {
    int to = c.nameTo;
    while (to - 1 > c.nameFrom + 1 && POSTNOMINALS.contains(doc.token(to - 1).text())) {
      to--;
    }
    Token first = doc.token(c.nameFrom);
    Token last = doc.token(to - 1);
    String s = doc.text.substring(first.start(), last.end());
    return MarkedTokens.stripPossessive(WHITESPACE.matcher(s).replaceAll(" "));
  }

  static String surname(String name) {
    String[] parts = name.split(" ");
    String last = parts[parts.length - 1];
    if (parts.length > 1 && isRegnal(last)) {
      last = parts[parts.length - 2];
    }
    return last;
  }
}
