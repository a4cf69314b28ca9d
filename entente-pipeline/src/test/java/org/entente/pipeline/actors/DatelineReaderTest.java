package org.entente.pipeline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Datelines in fixture openings written for these tests: country, and the body's first word. */
class DatelineReaderTest {

  private static String read(String text) {
    String t = text.replace("\\n", "\n");
    var tokens = WordScanner.scan(t);
    DatelineReader.Dateline d = DatelineReader.read(t, tokens);
    if (d == null) {
      return "-";
    }
    return d.country() + " " + (d.bodyToken() < 0 ? "-" : tokens.get(d.bodyToken()).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ministers meet\\n\\nCAIRO, March 16 - Egypt and Greece held talks. | EGY Egypt
          HÀ NỘI — Minister Tran Van Minh held phone talks. | VNM Minister
          Rabat – The two ministers met. | MAR The
          # a line of its own with a day and a place, after a headline
          Leaders speak\\n\\n3 March 2025 - Lima, Peru\\n\\nToday the leaders spoke. | PER Today
          Leaders speak\\n\\nThe leaders of Chile and Peru spoke today of Lima.\\n\\nThey met. | -
          # without a headline the body starts at 0: a city there is taken, with no dash after it
          Rabat hosts a meeting of ministers today. | MAR -
          # the dateline follows a headline only
          Talks in Cairo\\n\\nThe ministers met in Cairo on Monday. | -
          # a byline and a photo caption between headline and dateline
          Talks\\n\\nBy Ana Rojas\\n\\n[Photo: the ministers]\\n\\nULAANBAATAR, May 2 - Talks began. | MNG Talks
          Talks\\n\\nBylaws of the forum\\n\\nULAANBAATAR, May 2 - Talks began. | -
          # a place alone on one of the first lines, as pages set the dateline apart
          Nairobi\\n\\nForeign Minister Ruth Wanjiku is visiting Kampala. | KEN Foreign
          Talks in Lima\\nReuters\\nSantiago\\nThe ministers met. | CHL The
          # a longer line that only names a place is no dateline
          Santiago and Lima hold talks\\n\\nThe ministers met. | -
          | -
          """)
  void readsTheDatelineThatOpensAStory(String text, String expected) {
    assertThat(read(text == null ? "" : text)).isEqualTo(expected);
  }
}
