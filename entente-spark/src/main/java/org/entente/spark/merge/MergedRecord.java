package org.entente.spark.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.model.PartialDate;
import org.entente.spark.extract.DocumentExtraction;
import org.entente.spark.tables.Rows;
import org.entente.store.identity.Candidate;

/**
 * One cross-document record while its group is merged: the fields the ledger keeps for it and the
 * mentions (document, index) merged into it. Mutable, owned by one merge task.
 */
final class MergedRecord {

  /** The merged-record tables' rows. */
  static final StructType SCHEMA =
      new StructType()
          .add("record_id", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("parties", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("title", DataTypes.StringType, true)
          .add("mode", DataTypes.StringType, true)
          .add("kind", DataTypes.StringType, true)
          .add("status", DataTypes.StringType, true)
          .add("place", DataTypes.StringType, true)
          .add("date", DataTypes.StringType, true)
          .add("on_date", DataTypes.StringType, true)
          .add("due", DataTypes.StringType, true)
          .add("due_kind", DataTypes.StringType, true)
          .add("due_text", DataTypes.StringType, true)
          .add("cameo", DataTypes.StringType, true)
          .add("plover", DataTypes.StringType, true)
          .add("story_id", DataTypes.StringType, true)
          .add("first_doc", DataTypes.StringType, false)
          .add("sources", DataTypes.IntegerType, false)
          .add("doc_ids", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add(
              "mentions",
              DataTypes.createArrayType(
                  new StructType()
                      .add("doc_id", DataTypes.StringType, false)
                      .add("index", DataTypes.IntegerType, false),
                  false),
              false)
          .add("superseded_by", DataTypes.StringType, true)
          .add("month", DataTypes.StringType, false);

  final String id;
  final String type;
  List<String> parties;
  final String title;
  String mode;
  final String kind;
  String status;
  String place;
  PartialDate date;
  LocalDate onDate;
  final String storyId;
  PartialDate due;
  String dueKind;
  String dueText;
  final String cameo;
  final String plover;
  final String firstDoc;
  String supersededBy;
  private final Set<String> docIds = new LinkedHashSet<>();
  private final List<Row> mentions = new ArrayList<>();

  MergedRecord(
      String type,
      List<String> parties,
      String title,
      String kind,
      String storyId,
      String cameo,
      String plover,
      String firstDoc,
      int index) {
    this.id = type + ":" + firstDoc + ":" + index;
    this.type = type;
    this.parties = parties;
    this.title = title;
    this.kind = kind;
    this.storyId = storyId;
    this.cameo = cameo;
    this.plover = plover;
    this.firstDoc = firstDoc;
  }

  void mention(String docId, int index) {
    docIds.add(docId);
    mentions.add(RowFactory.create(docId, index));
  }

  /** What the ledger's identity rules compare. */
  Candidate candidate() {
    return new Candidate(0, parties, title, mode, place, date, onDate, storyId, due);
  }

  Row toRow() {
    return RowFactory.create(
        id,
        type,
        Rows.seq(parties),
        title,
        mode,
        kind,
        status,
        place,
        date == null ? null : date.toString(),
        onDate == null ? null : onDate.toString(),
        due == null ? null : due.toString(),
        dueKind,
        dueText,
        cameo,
        plover,
        storyId,
        firstDoc,
        docIds.size(),
        Rows.seq(List.copyOf(docIds)),
        Rows.seq(List.copyOf(mentions)),
        supersededBy,
        DocumentExtraction.monthOf(onDate));
  }
}
