package org.entente.pipeline.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.pipeline.text.TextChars;

/**
 * Undoes mojibake: UTF-8 text whose bytes were decoded as windows-1252, ISO-8859-1, windows-1250 or
 * ISO-8859-13, in up to {@link #MAX_LAYERS} stacked layers, keeping an exact offset map to the
 * original. Immutable and thread-safe.
 *
 * <p>Design. The text is never re-decoded as a whole; repairs are local. Each layer scans the
 * non-ASCII characters for two byte signatures:
 *
 * <ul>
 *   <li><b>forward</b>: a character that one of the legacy charsets encodes as a UTF-8 lead byte,
 *       followed by characters it encodes as continuation bytes, together forming one valid UTF-8
 *       sequence ("Ã©" → é). Adjacent sequences form a block; a block is repaired when the original
 *       is odder than the result: accented letters glued to symbols or C1 controls count against
 *       the original, rare letters and a switch into another script count against the result (see
 *       {@link Plausibility}).
 *   <li><b>reverse</b>: a rare character whose own UTF-8 bytes, read with one legacy charset, give
 *       a forward sequence of another ("Ʃ" = C6 A9 → windows-1250 "Ć©" → ISO-8859-13 é): the trace
 *       of mojibake that was re-encoded with the wrong charset and read as UTF-8.
 * </ul>
 *
 * <p>Layers repeat until nothing changes. Then C0 controls become spaces and, where the evidence
 * allows, lost quote marks are restored ({@link LossyQuotes}). Correct text in any script passes
 * unchanged: no letter of a real alphabet forms such a signature with its neighbours unless it is
 * glued to symbols or controls in a way no language writes.
 */
public final class MojibakeRepair {

  /** How many stacked layers of mojibake are undone at most. */
  public static final int MAX_LAYERS = 3;

  private static final LegacyCharset[] CHARSETS = LegacyCharset.values();

  /**
   * The chars that some charset of {@link #CHARSETS} encodes as a UTF-8 lead byte (C2–F4): only
   * these can start a forward candidate, and the scans skip every other char beyond U+07FF (curly
   * quotes, dashes) at once, since no reverse candidate is so high either.
   */
  private static final boolean[] LEADS = leads();

  private static boolean[] leads() {
    boolean[] leads = new boolean[0x10000];
    for (int c = 0; c < leads.length; c++) {
      for (LegacyCharset cs : CHARSETS) {
        int b = cs.encode((char) c);
        leads[c] |= b >= 0xC2 && b <= 0xF4;
      }
    }
    return leads;
  }

  /** Whether no candidate of any kind starts at non-ASCII char {@code c}. */
  private static boolean startsNothing(char c) {
    return c > 0x7FF && !LEADS[c];
  }

  /** A candidate repair of {@code [start, end)} into one code point. */
  private record Candidate(
      int start, int end, int codePoint, int score, boolean otherScript, boolean baltic) {}

  /** Repairs {@code original}; never throws on content. */
  public RepairedText repair(String original) {
    Objects.requireNonNull(original, "original");
    String text = original;
    int[] map = null; // repaired offset -> original offset, with an end sentinel; null = identity
    boolean baltic = false;
    for (int layer = 0; layer < MAX_LAYERS; layer++) {
      List<Candidate> repairs = findRepairs(text);
      if (repairs.isEmpty()) {
        break;
      }
      int[] layerMap = new int[text.length() + 1];
      StringBuilder out = new StringBuilder(text.length());
      int prev = 0;
      for (Candidate c : repairs) {
        baltic |= c.baltic();
        for (int i = prev; i < c.start(); i++) {
          layerMap[out.length()] = i;
          out.append(text.charAt(i));
        }
        int before = out.length();
        out.appendCodePoint(c.codePoint());
        for (int k = before; k < out.length(); k++) {
          layerMap[k] = c.start();
        }
        prev = c.end();
      }
      for (int i = prev; i < text.length(); i++) {
        layerMap[out.length()] = i;
        out.append(text.charAt(i));
      }
      layerMap[out.length()] = text.length();
      int[] composed = new int[out.length() + 1];
      for (int j = 0; j < composed.length; j++) {
        composed[j] = map == null ? layerMap[j] : map[layerMap[j]];
      }
      map = composed;
      text = out.toString();
    }
    text = LossyQuotes.restore(replaceControls(text), baltic);
    if (map == null && text.equals(original)) {
      return RepairedText.identity(original);
    }
    return build(original, text, map);
  }

  /** A run of adjacent forward candidates, or one reverse candidate. */
  private record Block(List<Candidate> candidates, int net, boolean otherScript) {

    int start() {
      return candidates.get(0).start();
    }

    int end() {
      return candidates.get(candidates.size() - 1).end();
    }

    Character.UnicodeScript script() {
      return Character.UnicodeScript.of(candidates.get(0).codePoint());
    }
  }

  /** The repairs of one layer, in text order, not overlapping. */
  private static List<Candidate> findRepairs(String s) {
    char[] chars = TextChars.of(s); // an array load per char, cheaper than charAt; read only
    int[] votes = votes(s, chars);
    List<Block> blocks = new ArrayList<>();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      if (chars[i] < 0x80 || startsNothing(chars[i])) {
        i++;
        continue;
      }
      List<Candidate> run = new ArrayList<>();
      int j = i;
      for (Candidate c = bestForward(s, j, votes); c != null; c = bestForward(s, j, votes)) {
        run.add(c);
        j = c.end();
      }
      if (!run.isEmpty()) {
        blocks.add(block(s, run));
        i = j;
        continue;
      }
      Candidate r = reverse(s, i);
      r = r != null ? r : lostLastByte(s, i);
      if (r != null) {
        blocks.add(new Block(List.of(r), r.score(), false));
      }
      i++;
    }
    List<Candidate> repairs = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      if (accepted(s, blocks, b)) {
        repairs.addAll(blocks.get(b).candidates());
      }
    }
    return repairs;
  }

  private static Block block(String s, List<Candidate> run) {
    int net = 0;
    boolean otherScript = false;
    for (Candidate c : run) {
      net += c.score();
      otherScript |= c.otherScript();
    }
    Block b = new Block(List.copyOf(run), net, otherScript);
    if (!controlsConsumedByNextLayer(run)) {
      return new Block(b.candidates(), -1, otherScript);
    }
    if (otherScript) {
      net -= 1;
      if (asciiLetterAt(s, b.start() - 1) || asciiLetterAt(s, b.end())) {
        net -= 1;
      }
    }
    return new Block(b.candidates(), net, otherScript);
  }

  /** Every C1 control that {@code run} decodes to starts or continues a further UTF-8 sequence. */
  private static boolean controlsConsumedByNextLayer(List<Candidate> run) {
    if (run.stream().noneMatch(c -> c.codePoint() >= 0x80 && c.codePoint() <= 0x9F)) {
      return true;
    }
    StringBuilder decoded = new StringBuilder();
    run.forEach(c -> decoded.appendCodePoint(c.codePoint()));
    String next = decoded.toString();
    int k = 0;
    while (k < next.length()) {
      Candidate f = null;
      for (LegacyCharset cs : CHARSETS) {
        f = f != null ? f : forward(next, k, cs);
      }
      if (f != null) {
        k = f.end();
      } else if (next.charAt(k) >= 0x80 && next.charAt(k) <= 0x9F) {
        return false;
      } else {
        k++;
      }
    }
    return true;
  }

  /**
   * A block is repaired when it is plausible by itself, or, for a block in another script that fell
   * short only by the script switch (a one-letter word: "Ð¸"), when a plausible block of the same
   * script stands next to it, separated by spaces or punctuation only.
   */
  private static boolean accepted(String s, List<Block> blocks, int b) {
    Block block = blocks.get(b);
    if (block.net() > 0) {
      return true;
    }
    if (!block.otherScript() || block.net() < 0) {
      return false;
    }
    return (b > 0 && sameScriptNeighbours(s, blocks.get(b - 1), block))
        || (b + 1 < blocks.size() && sameScriptNeighbours(s, block, blocks.get(b + 1)));
  }

  private static boolean sameScriptNeighbours(String s, Block first, Block second) {
    Block other = first.net() > 0 ? first : second.net() > 0 ? second : null;
    if (other == null || first.script() != second.script() || second.start() - first.end() > 2) {
      return false;
    }
    for (int k = first.end(); k < second.start(); k++) {
      if (Character.isLetterOrDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * For each charset, at how many places it alone gives the best repair: the document's evidence
   * for which charset damaged it, used to break ties ("Å„" is ń in windows-1252, ť in ISO-8859-13).
   */
  private static int[] votes(String s, char[] chars) {
    int[] votes = new int[CHARSETS.length];
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] < 0x80 || !LEADS[chars[i]]) {
        continue; // no forward candidate starts here
      }
      int best = 0;
      int winner = -1;
      for (int k = 0; k < CHARSETS.length; k++) {
        Candidate c = forward(s, i, CHARSETS[k]);
        if (c != null && c.score() > best) {
          best = c.score();
          winner = k;
        } else if (c != null && c.score() == best && best > 0) {
          winner = -1;
        }
      }
      if (winner >= 0) {
        votes[winner]++;
      }
    }
    return votes;
  }

  private static Candidate bestForward(String s, int i, int[] votes) {
    Candidate best = null;
    int bestK = -1;
    for (int k = 0; k < CHARSETS.length; k++) {
      Candidate c = forward(s, i, CHARSETS[k]);
      if (c == null) {
        continue;
      }
      if (best == null
          || c.score() > best.score()
          || (c.score() == best.score() && votes[k] > votes[bestK])
          || (c.score() == best.score()
              && votes[k] == votes[bestK]
              && Plausibility.commonness(c.codePoint())
                  > Plausibility.commonness(best.codePoint()))) {
        best = c;
        bestK = k;
      }
    }
    return best;
  }

  /** The UTF-8 sequence that {@code cs} encodes at {@code i}, or null. */
  private static Candidate forward(String s, int i, LegacyCharset cs) {
    if (i >= s.length()) {
      return null;
    }
    char lead = s.charAt(i);
    int b0 = cs.encode(lead);
    if (b0 < 0xC2 || b0 > 0xF4) {
      return null;
    }
    int extra = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
    if (i + extra >= s.length()) {
      return null;
    }
    int cp = b0 & (extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07);
    int odd = 0;
    for (int k = 1; k <= extra; k++) {
      char c = s.charAt(i + k);
      int b = cs.encode(c);
      if (b < 0x80 || b > 0xBF) {
        return null;
      }
      if (k == 1
          && ((b0 == 0xE0 && b < 0xA0)
              || (b0 == 0xED && b > 0x9F)
              || (b0 == 0xF0 && b < 0x90)
              || (b0 == 0xF4 && b > 0x8F))) {
        return null; // overlong, surrogate or beyond U+10FFFF
      }
      cp = (cp << 6) | (b & 0x3F);
      odd += Plausibility.continuationOddness(lead, c);
    }
    // A C1 control is no repair by itself, but may be a layer of deeper mojibake ("Â\u0080");
    // block() keeps it only when the next layer consumes it.
    int cost = cp >= 0x80 && cp <= 0x9F ? 0 : Plausibility.cost(cp);
    if (cost == Plausibility.IMPOSSIBLE) {
      return null;
    }
    if (b0 == 0xC2 || b0 == 0xC3) {
      odd++; // the leads of U+0080–U+00FF: by far the commonest mojibake, rare before a symbol
    }
    int end = i + extra + 1;
    if (Character.isUpperCase(lead)
        && Character.isUpperCase(s.charAt(end - 1))
        && end < s.length()
        && Character.isLowerCase(s.charAt(end))) {
      odd++; // two capitals inside a lower-case word: "ĆŹliyev", "StraÃŸe"
    }
    return new Candidate(
        i, end, cp, odd - cost, Plausibility.isOtherScript(cp), cs == LegacyCharset.ISO_8859_13);
  }

  /**
   * A rare character at {@code i} that is the UTF-8 reading of mojibake re-encoded with a legacy
   * charset, repaired through both layers at once; or null.
   */
  private static Candidate reverse(String s, int i) {
    char c = s.charAt(i);
    if (c > 0x7FF || Character.isSurrogate(c)) {
      return null;
    }
    boolean suspicious =
        Plausibility.isRare(c)
            || (Plausibility.isOtherScript(c)
                && (asciiLetterAt(s, i - 1) || asciiLetterAt(s, i + 1)));
    if (!suspicious) {
      return null;
    }
    int b0 = 0xC0 | (c >> 6);
    int b1 = 0x80 | (c & 0x3F);
    for (LegacyCharset outer : CHARSETS) {
      String layer = new String(new char[] {outer.decode(b0), outer.decode(b1)});
      for (LegacyCharset inner : CHARSETS) {
        if (inner == outer) {
          continue;
        }
        Candidate f = forward(layer, 0, inner);
        if (f != null
            && f.end() == 2
            && f.codePoint() != c
            && Plausibility.cost(f.codePoint()) == 0
            && !f.otherScript()
            && f.score() > 0) {
          return new Candidate(i, i + 1, f.codePoint(), f.score(), false, f.baltic());
        }
      }
    }
    return null;
  }

  /**
   * "â€" that continues no further: a curly quote {@code E2 80 9D} (”) read as windows-1252, which
   * has no character for {@code 9D}, so that the third byte was dropped ("within three monthsâ€.").
   * Of the bytes windows-1252 leaves undefined (81, 8D, 8F, 90, 9D), only 9D completes a mark that
   * running text uses after "E2 80"; the others give spacing and direction controls. A closing
   * quote follows what it closes, so the pair must follow a word or a mark, not stand alone.
   */
  private static Candidate lostLastByte(String s, int i) {
    if (i == 0 || i + 1 >= s.length() || Character.isWhitespace(s.charAt(i - 1))) {
      return null;
    }
    LegacyCharset cs = LegacyCharset.WINDOWS_1252;
    if (cs.encode(s.charAt(i)) != 0xE2 || cs.encode(s.charAt(i + 1)) != 0x80) {
      return null;
    }
    int next = i + 2 < s.length() ? cs.encode(s.charAt(i + 2)) : -1;
    if (next >= 0x80 && next <= 0xBF) {
      return null; // a whole sequence, or one for the forward rule to judge
    }
    return new Candidate(i, i + 2, 0x201D, 2, false, false);
  }

  private static boolean asciiLetterAt(String s, int i) {
    return i >= 0 && i < s.length() && Plausibility.isAsciiLetter(s.charAt(i));
  }

  /** NUL and other C0 controls except tab, line feed and carriage return become spaces. */
  private static String replaceControls(String s) {
    char[] text = TextChars.of(s); // an array load per char, cheaper than charAt; read only
    char[] chars = null; // a copy, made at the first control: most texts hold none
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
        if (chars == null) {
          chars = text.clone();
        }
        chars[i] = ' ';
      }
    }
    return chars != null ? new String(chars) : s;
  }

  /** The offset map as correction points, and the list of edits, from a per-char map. */
  private static RepairedText build(String original, String text, int[] map) {
    List<Integer> at = new ArrayList<>();
    List<Integer> diff = new ArrayList<>();
    List<TextEdit> edits = new ArrayList<>();
    int previousDiff = 0;
    for (int j = 0; j < text.length(); j++) {
      int d = (map == null ? j : map[j]) - j;
      if (d != previousDiff) {
        at.add(j);
        diff.add(d);
        previousDiff = d;
      }
    }
    for (int j = 0; j < text.length(); ) {
      int width = Character.charCount(text.codePointAt(j));
      int from = map == null ? j : map[j];
      int to = map == null ? j + width : map[j + width];
      if (to - from != width || !text.regionMatches(j, original, from, width)) {
        edits.add(new TextEdit(from, to, j, j + width, kind(original, from, to)));
      }
      j += width;
    }
    return RepairedText.of(
        text,
        original.length(),
        at.stream().mapToInt(Integer::intValue).toArray(),
        diff.stream().mapToInt(Integer::intValue).toArray(),
        edits);
  }

  private static TextEdit.Kind kind(String original, int from, int to) {
    if (to - from == 1) {
      char c = original.charAt(from);
      if (c < 0x20) {
        return TextEdit.Kind.CONTROL;
      }
      if (c == LossyQuotes.MARK) {
        return TextEdit.Kind.LOSSY_PUNCTUATION;
      }
    }
    return TextEdit.Kind.MOJIBAKE;
  }
}
