package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Span;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every stage and every pipeline keeps, checked against hostile input (as Lucene's
 * {@code BaseTokenStreamTestCase} does for analyzers). Extend it and say what to run:
 *
 * <pre>{@code
 * class MyStageContractTest extends StageContract {
 *   @Override
 *   protected Pipeline pipeline() {
 *     return Pipeline.builder().add(new SentenceSplitter()).add(new MyStage()).build();
 *   }
 * }
 * }</pre>
 *
 * <p>For each input in {@link #hostileInputs()} — empty text, whitespace, a 1 MB line without
 * spaces, 1 MB of random Unicode, binary junk, long runs of one capitalised word, mixed scripts,
 * mojibake, very long paragraphs — the stages run in order, directly (not through {@link
 * Pipeline#analyse}, which would turn an exception into a diagnostic), and:
 *
 * <ul>
 *   <li>no exception escapes any stage;
 *   <li>every span of every record is within the text it points into, with start &lt;= end: the
 *       working state against the repaired text, the {@link Extraction} against the original;
 *       tokens cover exactly their text and lie inside their sentence;
 *   <li>a second run over the same input gives an equal extraction and equal sentences and dates;
 *   <li>both runs finish within {@link #TIME_BOUND}, which catches hangs and catastrophic
 *       backtracking, not slowness.
 * </ul>
 *
 * The static {@link #assertContract(Pipeline, Document)} checks one document, for use elsewhere.
 */
public abstract class StageContract {

  /** Generous on purpose: only hangs and super-linear blow-ups should exceed it. */
  public static final Duration TIME_BOUND = Duration.ofSeconds(20);

  private static final int MB = 1 << 20;
  private static final long SEED = 0x5EED_E17E17EL;

  /** The stages under test, in pipeline order (with any stage they depend on). */
  protected abstract Pipeline pipeline();

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.entente.pipeline.StageContract#hostileInputs")
  void keepsTheContractOnHostileInput(String name, Supplier<Document> input) {
    Pipeline pipeline = pipeline();
    Document document = input.get();
    assertTimeoutPreemptively(
        TIME_BOUND, () -> assertContract(pipeline, document), () -> name + " took too long");
  }

  /**
   * Runs {@code pipeline}'s stages twice over {@code document} and checks the contract: no
   * exception, spans in bounds, deterministic results.
   */
  public static void assertContract(Pipeline pipeline, Document document) {
    Analysis first = run(pipeline, document);
    assertSpansInBounds(first);
    Extraction extraction = first.toExtraction();
    assertSpansInBounds(extraction, document.fullText().length(), "extraction");

    Analysis second = run(pipeline, document);
    assertThat(second.toExtraction()).as("extraction of a second run").isEqualTo(extraction);
    assertThat(second.sentences()).as("sentences of a second run").isEqualTo(first.sentences());
    assertThat(second.dates()).as("dates of a second run").isEqualTo(first.dates());
  }

  private static Analysis run(Pipeline pipeline, Document document) {
    Analysis analysis = new Analysis(document);
    for (Stage stage : pipeline.stages()) {
      stage.process(analysis); // an exception fails the test
    }
    return analysis;
  }

  private static void assertSpansInBounds(Analysis analysis) {
    String text = analysis.text();
    int n = text.length();
    List<Object> slots =
        List.of(
            analysis.dates(),
            analysis.actors(),
            analysis.persons(),
            analysis.meetings(),
            analysis.agreements(),
            analysis.commitments());
    for (Object slot : slots) {
      assertSpansInBounds(slot, n, "analysis");
    }
    for (Sentence sentence : analysis.sentences()) {
      if (sentence.start() < 0 || sentence.start() > sentence.end() || sentence.end() > n) {
        fail(
            "sentence [%d, %d) out of bounds in a text of length %d",
            sentence.start(), sentence.end(), n);
      }
      for (Token token : sentence.tokens()) {
        if (token.start() < sentence.start() || token.end() > sentence.end()) {
          fail("token %s outside its sentence [%d, %d)", token, sentence.start(), sentence.end());
        }
        if (!text.regionMatches(token.start(), token.text(), 0, token.text().length())
            || token.text().length() != token.end() - token.start()) {
          fail("token %s does not match the text it points into", token);
        }
      }
    }
  }

  private static void fail(String format, Object... args) {
    throw new AssertionError(String.format(Locale.ROOT, format, args));
  }

  /**
   * Walks records, collections and maps under {@code value}: every {@link Span}, and every record
   * with int components {@code start} and {@code end}, must lie within {@code [0, length]}.
   */
  static void assertSpansInBounds(Object value, int length, String where) {
    if (value == null
        || value instanceof CharSequence
        || value instanceof Number
        || value instanceof Enum<?>
        || value instanceof Boolean
        || value instanceof LocalDate) {
      return;
    }
    if (value instanceof Span span) {
      assertThat(span.end())
          .as("%s: %s within text of length %d", where, span, length)
          .isLessThanOrEqualTo(length);
      return;
    }
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        assertSpansInBounds(item, length, where);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      assertSpansInBounds(map.values(), length, where);
      return;
    }
    if (value instanceof Record record) {
      Integer start = null;
      Integer end = null;
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object field = read(component, record);
        if (component.getName().equals("start") && field instanceof Integer i) {
          start = i;
        } else if (component.getName().equals("end") && field instanceof Integer i) {
          end = i;
        } else {
          assertSpansInBounds(field, length, where + "." + component.getName());
        }
      }
      if (start != null && end != null) {
        if (start < 0 || start > end || end > length) {
          fail("%s: %s out of bounds in a text of length %d", where, record, length);
        }
      }
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read " + component, e);
    }
  }

  /** The hostile inputs, each built on demand from a fixed seed. */
  public static Stream<Arguments> hostileInputs() {
    return Stream.of(
        input("empty text", () -> body("")),
        input("empty text with a title", () -> titled("Talks", "")),
        input("whitespace only", () -> body(" \t\n\r\n \u00A0\u2003\n\n\u3000 ")),
        input("1 MB line without spaces", () -> body(withoutSpaces(new Random(SEED), MB))),
        input("1 MB of random Unicode", () -> body(randomUnicode(new Random(SEED), MB))),
        input("binary junk", () -> body(binaryJunk(new Random(SEED), 256 * 1024))),
        input("THE repeated 100k times", () -> body("THE ".repeat(100_000))),
        input("Minister repeated 100k times", () -> body("Minister ".repeat(100_000))),
        input("U.S. repeated 100k times", () -> body("U.S. ".repeat(100_000))),
        input("1 MB of periods", () -> body(".".repeat(MB))),
        input("deeply nested brackets and quotes", () -> body("(\"[“".repeat(50_000))),
        input("mixed scripts", () -> titled("Встреча 会谈 لقاء", mixedScripts().repeat(200))),
        input("UTF-8 read as windows-1252", () -> body(misEncoded(mixedScripts().repeat(200)))),
        input("very long paragraph", () -> body(longParagraph(200_000))),
        input("one-character lines", () -> body("a\n".repeat(200_000))),
        input("ordinary news with a title", StageContract::ordinaryNews));
  }

  private static Arguments input(String name, Supplier<Document> document) {
    return Arguments.of(name, document);
  }

  private static Document body(String text) {
    return new Document("contract", "contract", LocalDate.of(2024, 6, 1), null, text);
  }

  private static Document titled(String title, String text) {
    return new Document("contract", "contract", LocalDate.of(2024, 6, 1), title, text);
  }

  private static String withoutSpaces(Random random, int length) {
    String alphabet = "abcdefXYZ0123456789.,;-'’@/:()\"ÄéÜ";
    StringBuilder sb = new StringBuilder(length);
    sb.append("http://");
    while (sb.length() < length) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Code points from all of Unicode, assigned or not, never a surrogate. */
  private static String randomUnicode(Random random, int length) {
    StringBuilder sb = new StringBuilder(length + 1);
    while (sb.length() < length) {
      int c = random.nextInt(Character.MAX_CODE_POINT + 1);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        sb.appendCodePoint(c);
      }
    }
    return sb.toString();
  }

  /** NULs, C0 and C1 controls, lone surrogates, replacement characters and a few letters. */
  private static String binaryJunk(Random random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> chars[i] = '\u0000';
        case 1 -> chars[i] = (char) random.nextInt(0x20);
        case 2 -> chars[i] = (char) (0x80 + random.nextInt(0x20));
        case 3 -> chars[i] = (char) (Character.MIN_SURROGATE + random.nextInt(0x800));
        case 4 -> chars[i] = '\uFFFD';
        default -> chars[i] = (char) ('A' + random.nextInt(26));
      }
    }
    return new String(chars);
  }

  private static String mixedScripts() {
    return "وقع وزير الخارجية اتفاقا مع نظيره في الرباط. "
        + "中国和俄罗斯在北京签署了贸易协议。 "
        + "Министр иностранных дел встретился с послом в Москве. "
        + "The ministers 🤝 signed the accord 🇲🇦🇪🇸 in Rabat on 3 June. "
        + "👨‍👩‍👧 Ελλάδα και Κύπρος συμφώνησαν. עברית ✡️ हिन्दी समझौता। \n\n";
  }

  private static String misEncoded(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
  }

  private static String longParagraph(int words) {
    String[] vocabulary = {
      "the",
      "minister",
      "met",
      "Morocco",
      "and",
      "Spain",
      "on",
      "Monday",
      "to",
      "discuss",
      "trade",
      "U.S.",
      "Dr.",
      "3.5",
      "1,500",
      "talks",
      "—",
      "(EFE)",
      "\"said\"",
      "agreement"
    };
    Random random = new Random(SEED);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
    }
    return sb.toString();
  }

  private static Document ordinaryNews() {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        "RABAT, June 3 (Reuters) - The foreign ministers of Morocco and Spain met on Monday and"
            + " agreed to expand cooperation on migration, energy and trade.");
    paragraphs.add(
        "\"We will sign a new agreement before the end of the year,\" the Spanish minister told"
            + " reporters. The U.S. and the European Union welcomed the talks.");
    paragraphs.add("- Energy: a new power link by 2026\n- Migration: joint patrols");
    return titled("Morocco, Spain agree to expand cooperation", String.join("\n\n", paragraphs));
  }
}
