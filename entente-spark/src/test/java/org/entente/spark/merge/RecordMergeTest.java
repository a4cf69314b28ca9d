package org.entente.spark.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.spark.tables.Rows;
import org.junit.jupiter.api.Test;

/** The merge rules on hand-made rows, in input order, as the ledger would see the documents. */
class RecordMergeTest {

  private static final StructType MEETING =
      base()
          .add("parties", DataTypes.createArrayType(DataTypes.StringType))
          .add("mode", DataTypes.StringType)
          .add("kind", DataTypes.StringType)
          .add("place", DataTypes.StringType)
          .add("date", DataTypes.StringType)
          .add("cameo", DataTypes.StringType)
          .add("plover", DataTypes.StringType);

  private static final StructType COMMITMENT =
      base()
          .add("parties", DataTypes.createArrayType(DataTypes.StringType))
          .add("action", DataTypes.StringType)
          .add("place", DataTypes.StringType)
          .add("due", DataTypes.StringType)
          .add("due_kind", DataTypes.StringType)
          .add("due_text", DataTypes.StringType)
          .add("cameo", DataTypes.StringType)
          .add("plover", DataTypes.StringType);

  private static StructType base() {
    return new StructType()
        .add("doc_id", DataTypes.StringType)
        .add("published", DataTypes.StringType)
        .add("story_id", DataTypes.StringType)
        .add("input_file", DataTypes.IntegerType)
        .add("input_offset", DataTypes.LongType)
        .add("index", DataTypes.IntegerType);
  }

  private static Row meeting(String doc, long at, String published, String date, String place) {
    return new GenericRowWithSchema(
        new Object[] {
          doc,
          published,
          doc,
          0,
          at,
          0,
          Rows.seq(List.of("JPN", "USA")),
          "in_person",
          "talks",
          place,
          date,
          "040",
          "CONSULT"
        },
        MEETING);
  }

  private static Row commitment(String doc, long at, String published, String due) {
    return new GenericRowWithSchema(
        new Object[] {
          doc,
          published,
          doc,
          0,
          at,
          0,
          Rows.seq(List.of("USA", "JPN")),
          "open its rice market",
          null,
          due,
          due == null ? null : "latest",
          due == null ? null : "by " + due,
          null,
          null
        },
        COMMITMENT);
  }

  @Test
  void reportsOfOneMeetingOnOneDayAreOneRecord() {
    List<MergedRecord> merged =
        RecordMerge.mergeMeetings(
            List.of(
                meeting("a", 0, "1987-03-02", "1987-03-02", null),
                meeting("b", 10, "1987-03-03", "1987-03-02", "Tokyo")));
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).place).isEqualTo("Tokyo");
    assertThat(merged.get(0).mode).isEqualTo("IN_PERSON");
    Row r = merged.get(0).toRow();
    assertThat(r.getInt(MergedRecord.SCHEMA.fieldIndex("sources"))).isEqualTo(2);
    assertThat(r.getString(MergedRecord.SCHEMA.fieldIndex("record_id"))).isEqualTo("meeting:a:0");
  }

  @Test
  void meetingsOnDifferentDaysStayApart() {
    assertThat(
            RecordMerge.mergeMeetings(
                List.of(
                    meeting("a", 0, "1987-03-02", "1987-03-02", null),
                    meeting("b", 10, "1987-06-10", "1987-06-09", null))))
        .hasSize(2);
  }

  @Test
  void aNewDeadlineOnTheSameActionSupersedesTheEarlierCommitment() {
    List<MergedRecord> merged =
        RecordMerge.mergeCommitments(
            new ArrayList<>(
                List.of(
                    commitment("a", 0, "1987-03-02", "1987-06-30"),
                    commitment("b", 10, "1987-04-01", null),
                    commitment("c", 20, "1987-05-01", "1987-12-31"))));
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).toRow().getInt(MergedRecord.SCHEMA.fieldIndex("sources")))
        .isEqualTo(2);
    assertThat(merged.get(0).supersededBy).isEqualTo(merged.get(1).id);
    assertThat(merged.get(1).supersededBy).isNull();
  }

  @Test
  void partiesAreKeyedSortedWithoutBlanks() {
    List<String> withNull = new ArrayList<>(List.of("USA", "JPN", "USA", " "));
    withNull.add(null);
    assertThat(RecordMerge.sorted(withNull)).containsExactly("JPN", "USA");
  }
}
