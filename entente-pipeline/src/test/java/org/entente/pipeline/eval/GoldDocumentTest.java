package org.entente.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.pipeline.json.ExtractionJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldDocumentTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "'\"2024-03-21\"'|2024-03-21",
        // an annotator who knows only the year or the month: the period's last day
        "'\"2015\"'|2015-12-31",
        "'\"2016-02\"'|2016-02-29",
        "null|null",
        "'\"sometime in spring\"'|null",
      })
  void readsFullAndPartialPublicationDates(String published, String expected) throws Exception {
    GoldDocument g =
        new GoldDocument(
            ExtractionJson.mapper().readTree("{\"id\":\"t\",\"published\":" + published + "}"));
    assertThat(g.published()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
  }
}
