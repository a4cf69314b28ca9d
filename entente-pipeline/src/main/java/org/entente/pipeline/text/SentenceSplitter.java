package org.entente.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * Splits the repaired text into {@link Sentence sentences} and their tokens: the stage that fills
 * {@link Analysis#sentences()}.
 *
 * <p>Design. Two levels, both linear in the length of the text. First {@link TextLayout} cuts the
 * text into segments at blank lines, list items and headings; no sentence crosses a segment, so the
 * headline is always a sentence of its own. Then each segment is tokenized, and a sentence ends
 * after a token that may end one, decided from the token and the one after it:
 *
 * <ul>
 *   <li>"." "?" "!" (and runs such as "?!") end a sentence when the next token does not start in
 *       lower case and is no dash or comma: "(EFE).- Text" and "what? he asked" stay whole;
 *   <li>an ellipsis, or an ordinary abbreviation ("U.S.", "Inc.", an initial), ends a sentence only
 *       when the next word is a common sentence starter ("The", "He", "But", from {@code
 *       sentence-starters.txt}): "the U.S. The next day" splits, "the U.S. Senate" does not;
 *   <li>a prefix abbreviation ("Dr.", "Gen.", "No.") never ends a sentence;
 *   <li>"。", "？", "！" always end one;
 *   <li>the period of a list marker at the start of a segment ("1. Trade") ends none;
 *   <li>closing quotes and brackets right after the mark belong to the sentence that ends;
 *   <li>other than after a full-width stop, a sentence ends only where a space follows the mark
 *       (and its closers): "BTOM.MI" and "Example.Com" stay whole; but paragraphs glued by a page's
 *       markup ("on May 6.They agreed") split before a common sentence starter.
 * </ul>
 *
 * Decimal numbers, URLs and e-mail addresses are single tokens, so their periods never split. A
 * sentence longer than {@link #MAX_SENTENCE_LENGTH} characters is cut into pieces, preferably after
 * a comma, semicolon or dash, so that later stages stay bounded.
 *
 * <p>Immutable and thread-safe; never throws on content.
 */
public final class SentenceSplitter implements Stage {

  /** The longest sentence, in UTF-16 code units; longer ones are cut. */
  public static final int MAX_SENTENCE_LENGTH = 2000;

  private final Tokenizer tokenizer;
  private final Abbreviations abbreviations;
  private final SentenceStarters starters;

  /** A splitter with the bundled abbreviations and sentence starters. */
  public SentenceSplitter() {
    this(Abbreviations.defaults(), SentenceStarters.defaults());
  }

  public SentenceSplitter(Abbreviations abbreviations, SentenceStarters starters) {
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
    this.starters = Objects.requireNonNull(starters, "starters");
    this.tokenizer = new Tokenizer(abbreviations);
  }

  @Override
  public void process(Analysis analysis) {
    analysis.setSentences(split(analysis.text()));
  }

  /** The sentences of {@code text}, in order, with offsets into it. */
  public List<Sentence> split(CharSequence text) {
    List<Sentence> sentences = new ArrayList<>();
    String s = text.toString();
    char[] chars = TextChars.of(s);
    for (TextLayout.Range segment : TextLayout.segments(text, chars)) {
      splitSegment(tokenizer.tokenize(s, chars, segment.start(), segment.end()), sentences);
    }
    return sentences;
  }

  private void splitSegment(List<Token> tokens, List<Sentence> out) {
    int n = tokens.size();
    int first = 0;
    for (int i = 0; i < n; i++) {
      Token token = tokens.get(i);
      if (!isTerminal(token) && !token.isAbbreviation() || isListMarker(tokens, i)) {
        continue;
      }
      int last = i;
      while (last + 1 < n
          && tokens.get(last + 1).start() == tokens.get(last).end()
          && isCloser(tokens.get(last + 1))) {
        last++;
      }
      if (last + 1 < n
          && (tokens.get(last + 1).start() > tokens.get(last).end()
              || isWide(token)
              || isGlued(tokens, i, last + 1))
          && endsSentence(token, tokens.get(last + 1))) {
        emit(tokens, first, last + 1, out);
        first = last + 1;
      }
      i = last;
    }
    if (first < n) {
      emit(tokens, first, n, out);
    }
  }

  /**
   * "held on May 6.They agreed": paragraphs a page's markup glued together, a period with no space
   * between a lower-case word or a number and a common sentence starter. "Example.Com" and
   * "GAMM.MI" stay whole: neither side is of that shape.
   */
  private boolean isGlued(List<Token> tokens, int mark, int next) {
    if (mark == 0 || !tokens.get(mark).text().equals(".")) {
      return false;
    }
    Token before = tokens.get(mark - 1);
    boolean plain =
        before.type() == Token.Type.NUMBER
            || before.type() == Token.Type.WORD
                && before.text().length() > 1
                && Character.isLowerCase(before.text().charAt(before.text().length() - 1));
    return plain && before.end() == tokens.get(mark).start() && isStarter(tokens.get(next));
  }

  /** The period of "1. Trade" or "a. Energy" at the start of a segment. */
  private static boolean isListMarker(List<Token> tokens, int i) {
    return i == 1
        && tokens.get(0).end() == tokens.get(1).start()
        && tokens.get(1).text().equals(".")
        && tokens.get(0).text().length() <= 3
        && (tokens.get(0).type() == Token.Type.NUMBER || tokens.get(0).text().length() == 1);
  }

  private boolean endsSentence(Token mark, Token next) {
    if (mark.isAbbreviation()) {
      Abbreviations.Kind kind = abbreviations.kind(mark.text());
      return kind != Abbreviations.Kind.PREFIX && isStarter(next);
    }
    if (isWide(mark)) {
      return true;
    }
    String text = mark.text();
    boolean ellipsis = text.indexOf('?') < 0 && text.indexOf('!') < 0 && !text.equals(".");
    return ellipsis ? isStarter(next) : startsSentence(next);
  }

  /** "。", "？", "！": full-width stops, which end a sentence with or without a space after. */
  private static boolean isWide(Token mark) {
    String text = mark.text();
    return text.indexOf('。') >= 0
        || text.indexOf('？') >= 0
        || text.indexOf('！') >= 0
        || text.indexOf('｡') >= 0;
  }

  private boolean isStarter(Token next) {
    return next.type() == Token.Type.WORD && next.isCapitalised() && starters.contains(next.text());
  }

  private static boolean startsSentence(Token next) {
    int c = next.text().codePointAt(0);
    if (next.type() == Token.Type.PUNCTUATION) {
      return "\"“‘«(['¿¡•".indexOf(c) >= 0;
    }
    return !Character.isLowerCase(c);
  }

  private static boolean isTerminal(Token token) {
    return token.type() == Token.Type.PUNCTUATION && Tokenizer.isTerminal(token.text().charAt(0));
  }

  private static boolean isCloser(Token token) {
    return token.type() == Token.Type.PUNCTUATION
        && "\"'’”»)]}›".indexOf(token.text().charAt(0)) >= 0;
  }

  private static boolean isSoftBreak(Token token) {
    if (token.type() != Token.Type.PUNCTUATION) {
      return false;
    }
    char c = token.text().charAt(0);
    return c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || Tokenizer.isTerminal(c);
  }

  /** Adds tokens {@code [from, to)} as one sentence, or as several when it is too long. */
  private static void emit(List<Token> tokens, int from, int to, List<Sentence> out) {
    int start = from;
    int soft = -1;
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      while (i > start && token.end() - tokens.get(start).start() > MAX_SENTENCE_LENGTH) {
        boolean late =
            soft > start
                && soft <= i
                && tokens.get(soft).start() - tokens.get(start).start() >= MAX_SENTENCE_LENGTH / 2;
        int cut = late ? soft : i;
        out.add(sentence(tokens, start, cut));
        start = cut;
        soft = -1;
      }
      if (isSoftBreak(token)) {
        soft = i + 1;
      }
    }
    out.add(sentence(tokens, start, to));
  }

  private static Sentence sentence(List<Token> tokens, int from, int to) {
    return new Sentence(
        tokens.get(from).start(), tokens.get(to - 1).end(), tokens.subList(from, to));
  }
}
