package org.entente.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input: never throws, never hangs, offsets in bounds, output deterministic. The timeout is
 * generous because the build machine is shared; a super-linear scan would still blow it by far.
 */
class DateNormaliserContractTest {

  private static final int MB = 1 << 20;

  static Stream<Arguments> hostileTexts() {
    return Stream.of(
        Arguments.of("empty", (Supplier<String>) () -> ""),
        Arguments.of("one letter line of 1 MB", (Supplier<String>) () -> "a".repeat(MB)),
        Arguments.of("one digit line of 1 MB", (Supplier<String>) () -> "7".repeat(MB)),
        Arguments.of("capitals of 1 MB", (Supplier<String>) () -> "MAY".repeat(MB / 3)),
        Arguments.of("dates without spaces", (Supplier<String>) () -> "May5,2025-".repeat(MB / 10)),
        Arguments.of(
            "repeated openings", (Supplier<String>) () -> "by the end of ".repeat(MB / 14)),
        Arguments.of("repeated ranges", (Supplier<String>) () -> "March 8-9-10-".repeat(MB / 13)),
        Arguments.of("random unicode", (Supplier<String>) () -> randomUnicode(MB)),
        Arguments.of("binary junk", (Supplier<String>) () -> binary(MB)),
        Arguments.of("random date words", (Supplier<String>) DateNormaliserContractTest::dateSoup));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileTexts")
  void copesWithHostileInput(String name, Supplier<String> input) {
    String text = input.get();
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (LocalDate pub : new LocalDate[] {null, LocalDate.of(2020, 2, 29)}) {
            List<DateMention> found = DateNormaliser.defaults().find(text, pub);
            int last = 0;
            for (DateMention m : found) {
              assertTrue(m.start() >= last && m.end() <= text.length() && m.start() < m.end());
              assertEquals(text.substring(m.start(), m.end()), m.text());
              last = m.end();
            }
            assertEquals(found, DateNormaliser.defaults().find(text, pub));
          }
        });
  }

  private static String randomUnicode(int n) {
    Random r = new Random(42);
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      sb.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1) & ~0x800); // no lone surrogates
    }
    return sb.toString();
  }

  private static String binary(int n) {
    byte[] b = new byte[n];
    new Random(7).nextBytes(b);
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static String dateSoup() {
    String[] words = {
      "May",
      "may",
      "March",
      "on",
      "in",
      "by",
      "the",
      "end",
      "of",
      "year",
      "next",
      "week",
      "15",
      "2025",
      "-",
      ",",
      ".",
      "Sept",
      "within",
      "two",
      "days",
      "Monday",
      "first",
      "half",
      "mid",
      "29",
      "February",
      "30",
      "/",
      "12",
      "the",
      "14th",
      "coming",
      "weeks",
      "ago",
      "1,500"
    };
    Random r = new Random(3);
    StringBuilder sb = new StringBuilder(MB);
    while (sb.length() < MB) {
      sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    return sb.toString();
  }
}
