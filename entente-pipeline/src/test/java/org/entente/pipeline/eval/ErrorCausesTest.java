package org.entente.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.entente.pipeline.eval.ErrorCauses.Cause;
import org.entente.pipeline.json.ExtractionJson;
import org.junit.jupiter.api.Test;

class ErrorCausesTest {

  private static JsonNode json(String s) throws IOException {
    return ExtractionJson.mapper().readTree(s.replace('\'', '"'));
  }

  private static ErrorCauses score(String gold, String pred) throws IOException {
    Scorer scorer = new Scorer();
    scorer.add(new GoldDocument(json(gold)), json(pred));
    return ErrorCauses.of(scorer);
  }

  @Test
  void pairsAMissWithTheSpuriousRecordThatDiffersInPartiesOnly() throws IOException {
    ErrorCauses c =
        score(
            "{'id':'x','commitments':[{'parties':['AAA','BBB'],'action':'open an embassy in Rabat'}]}",
            "{'id':'x','commitments':[{'parties':['CCC'],'action':'open an embassy in Rabat'}]}");
    assertThat(c.counts().get("commitments missed")).isEqualTo(Map.of(Cause.WRONG_PARTY, 1));
    assertThat(c.counts().get("commitments spurious")).isEqualTo(Map.of(Cause.WRONG_PARTY, 1));
  }

  @Test
  void explainsAHeldMeetingReadAsAnnouncedAsFutureVersusPast() throws IOException {
    ErrorCauses c =
        score(
            "{'id':'x','meetings':[{'parties':['AAA','BBB'],'date':'2024-01-02'}]}",
            "{'id':'x','commitments':[{'parties':['AAA','BBB'],'action':'meet in Rabat'}]}");
    assertThat(c.counts().get("meetings missed")).isEqualTo(Map.of(Cause.FUTURE_VS_PAST, 1));
    assertThat(c.counts().get("commitments spurious")).isEqualTo(Map.of(Cause.FUTURE_VS_PAST, 1));
  }

  @Test
  void tellsWrongDatesBatchesAndRecordsNotFound() throws IOException {
    ErrorCauses c =
        score(
            "{'id':'x','meetings':[{'parties':['AAA','BBB'],'date':'2024-01-02'}],"
                + "'agreements':[{'parties':['AAA'],'name':'three memoranda of understanding'},"
                + "{'parties':['AAA'],'name':'Treaty of Friendship'}]}",
            "{'id':'x','meetings':[{'parties':['AAA','BBB'],'date':'2024-01-03'}],"
                + "'agreements':[{'parties':['DDD'],'name':'trade deal'}]}");
    assertThat(c.counts().get("meetings missed")).isEqualTo(Map.of(Cause.WRONG_DATE, 1));
    assertThat(c.counts().get("agreements missed"))
        .isEqualTo(Map.of(Cause.BATCH, 1, Cause.NOT_FOUND, 1));
    assertThat(c.counts().get("agreements spurious")).isEqualTo(Map.of(Cause.NOT_IN_GOLD, 1));
  }

  @Test
  void listsEachMatchedCommitmentWhoseDeadlineIsWrong() throws IOException {
    Scorer scorer = new Scorer();
    scorer.add(
        new GoldDocument(
            json(
                "{'id':'x','commitments':[{'parties':['AAA'],'action':'open an embassy in Rabat',"
                    + "'due':'2026-12-31','due_text':'by the end of the year'},"
                    + "{'parties':['AAA'],'action':'reopen the border','due':'2026-05-01'}]}")),
        json(
            "{'id':'x','commitments':[{'parties':['AAA'],'action':'open an embassy in Rabat',"
                + "'due':'2026-03-31','due_text':'next month'},"
                + "{'parties':['AAA'],'action':'reopen the border','due':'2026-05-01'}]}"));
    assertThat(scorer.documents().get(0).wrongDeadlines()).hasSize(1);
    assertThat(Evaluation.details(scorer))
        .contains(
            "  deadline commitments \"open an embassy in Rabat\": gold 2026-12-31 (by the end of"
                + " the year), read 2026-03-31 (next month)")
        .doesNotContain("reopen the border");
  }
}
