package org.entente.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateWordsTest {

  private static final String MINIMAL =
      "month\tJanuary\t1\nmonth\tFebruary\t2\nmonth\tMarch\t3\nmonth\tApril\t4\nmonth\tMay\t5\n"
          + "month\tJune\t6\nmonth\tJuly\t7\nmonth\tAugust\t8\nmonth\tSeptember\t9\n"
          + "month\tOctober\t10\nmonth\tNovember\t11\nmonth\tDecember\t12\n"
          + "weekday\tMonday\t1\nweekday\tTuesday\t2\nweekday\tWednesday\t3\nweekday\tThursday\t4\n"
          + "weekday\tFriday\t5\nweekday\tSaturday\t6\nweekday\tSunday\t7\n";

  @Test
  void loadsShippedWordLists() {
    DateWords w = DateWords.defaults();
    assertTrue(w.month("sept").abbrev());
    assertTrue(w.month("may").ambiguous());
  }

  @Test
  void acceptsMinimalLists() throws Exception {
    DateWords.parse(new StringReader(MINIMAL), "minimal.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown kind         | season\tspring\t1                | minimal.tsv:20: unknown kind
          month out of range   | month\tSmarch\t13               | minimal.tsv:20: value 13 outside
          not a number         | number\tdozen\ttwelve            | minimal.tsv:20: not a number
          two columns          | vague\tsoon                     | minimal.tsv:20: expected 3 or 4
          unknown unit         | unit\tfortnight\tfortnight       | minimal.tsv:20: unknown unit
          duplicate month      | month\tJanuary\t1               | minimal.tsv:20: duplicate month
          bad prep strength    | prep\tin\tmaybe                 | minimal.tsv:20: prep value
          phrase where a word  | relday\tday after tomorrow\t2   | minimal.tsv:20: only vague, bound, daybefore and dayafter
          """)
  void rejectsBadLineNamingFileLineAndValue(String why, String line, String message) {
    String text = MINIMAL + line.replace("\\t", "\t") + "\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DateWords.parse(new StringReader(text), "minimal.tsv"));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void rejectsListsWithoutEveryMonth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DateWords.parse(
                    new StringReader(MINIMAL.replace("month\tMay\t5\n", "")), "minimal.tsv"));
    assertTrue(e.getMessage().contains("no name for month 5"), e.getMessage());
  }
}
