package org.entente.spark.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.model.PartialDate;
import org.entente.store.identity.Dates;
import org.entente.store.identity.RecordKeys;
import org.entente.store.identity.Words;
import scala.Tuple2;

/**
 * Cross-document merging of meetings, agreements and commitments in Spark with the ledger's
 * identity rules ({@link RecordKeys}, {@link Dates}): records are grouped by their sorted parties
 * (a Spark shuffle), and each group is merged on an executor in input order — document by document,
 * record by record, as the ledger writes them — each record joining the first earlier record the
 * ledger's rule calls the same, else starting a new one.
 *
 * <ul>
 *   <li>Meetings need two parties; same parties, compatible mode, place and date ({@link
 *       RecordKeys#sameMeeting}); a merged meeting fills a missing place or mode and takes a
 *       complete date over a partial one.
 *   <li>Agreements need a name; name words overlapping by half ({@link RecordKeys#sameAgreement});
 *       a later status replaces an earlier one unless it is {@code REFERENCED}.
 *   <li>Commitments need a party and an action; same action words and same due ({@link
 *       RecordKeys#sameDue}) merge; the same action with another due is a new commitment that
 *       supersedes the earlier one ({@code superseded_by}).
 * </ul>
 *
 * <p>Where it differs from the ledger: the ledger also compares an agreement with agreements that
 * share only some of its parties (and widens their parties on a match); here agreements are grouped
 * by their exact party set, so such pairs stay apart.
 */
public final class RecordMerge {

  private RecordMerge() {}

  /** Merged meetings from the meetings table ({@code RecordTables}). */
  public static Dataset<Row> meetings(SparkSession spark, Dataset<Row> table) {
    return merge(spark, table, 2, RecordMerge::mergeMeetings);
  }

  /** Merged agreements from the agreements table. */
  public static Dataset<Row> agreements(SparkSession spark, Dataset<Row> table) {
    return merge(spark, table, 0, RecordMerge::mergeAgreements);
  }

  /** Merged commitments from the commitments table. */
  public static Dataset<Row> commitments(SparkSession spark, Dataset<Row> table) {
    return merge(spark, table, 1, RecordMerge::mergeCommitments);
  }

  private interface GroupMerger extends java.io.Serializable {
    List<MergedRecord> merge(List<Row> rowsInInputOrder);
  }

  private static Dataset<Row> merge(
      SparkSession spark, Dataset<Row> table, int minParties, GroupMerger merger) {
    JavaRDD<Row> merged =
        table
            .toJavaRDD()
            .filter(r -> sorted(r.getList(r.fieldIndex("parties"))).size() >= minParties)
            .mapToPair(
                r -> new Tuple2<>(String.join(",", sorted(r.getList(r.fieldIndex("parties")))), r))
            .groupByKey()
            .flatMap(
                g -> {
                  List<Row> rows = new ArrayList<>();
                  g._2().forEach(rows::add);
                  rows.sort(INPUT_ORDER);
                  List<Row> out = new ArrayList<>();
                  for (MergedRecord m : merger.merge(rows)) {
                    out.add(m.toRow());
                  }
                  return out.iterator();
                });
    return spark.createDataFrame(merged, MergedRecord.SCHEMA);
  }

  private static final Comparator<Row> INPUT_ORDER =
      Comparator.<Row>comparingInt(r -> r.getAs("input_file"))
          .thenComparingLong(r -> r.getAs("input_offset"))
          .thenComparingInt(r -> r.getAs("index"));

  static List<MergedRecord> mergeMeetings(List<Row> rows) {
    List<MergedRecord> records = new ArrayList<>();
    for (Row r : rows) {
      List<String> parties = sorted(r.getList(r.fieldIndex("parties")));
      LocalDate published = published(r);
      PartialDate given = date(r.getAs("date"));
      PartialDate date = Dates.withYear(given, published);
      LocalDate on = Dates.onDate(given, published);
      String mode = upper(r.getAs("mode"));
      String place = r.getAs("place");
      String story = r.getAs("story_id");
      RecordKeys.DateContext when = new RecordKeys.DateContext(date, on, story);
      MergedRecord match = null;
      for (MergedRecord c : records) {
        if (RecordKeys.sameMeeting(c.candidate(), parties, mode, place, when)) {
          match = c;
          break;
        }
      }
      if (match == null) {
        match = start(r, "meeting", parties, r.getAs("kind"), r.getAs("kind"));
        match.mode = mode;
        match.place = place;
        match.date = date;
        match.onDate = on;
        records.add(match);
      } else {
        match.place = match.place == null ? place : match.place;
        match.mode = match.mode == null ? mode : match.mode;
        if (date != null
            && (match.date == null || (date.isComplete() && !match.date.isComplete()))) {
          match.date = date;
          match.onDate = on;
        }
      }
      match.mention(r.getAs("doc_id"), r.getAs("index"));
    }
    return records;
  }

  static List<MergedRecord> mergeAgreements(List<Row> rows) {
    List<MergedRecord> records = new ArrayList<>();
    WordIndex index = new WordIndex();
    for (Row r : rows) {
      String name = r.getAs("name");
      if (name == null || name.isBlank()) {
        continue;
      }
      List<String> parties = sorted(r.getList(r.fieldIndex("parties")));
      Set<String> words = Words.of(name);
      LocalDate published = published(r);
      PartialDate given = date(r.getAs("date"));
      LocalDate on = Dates.onDate(given, published);
      String status = upper(r.getAs("status"));
      MergedRecord match = null;
      BitSet candidates = index.sharing(words);
      for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
        MergedRecord c = records.get(k);
        if (RecordKeys.sameEra(c.onDate, on)
            && RecordKeys.sameAgreement(c.parties, index.words(k), parties, words)) {
          match = c;
          break;
        }
      }
      if (match == null) {
        match = start(r, "agreement", parties, name, upper(r.getAs("kind")));
        match.status = status;
        match.date = Dates.withYear(given, published);
        match.onDate = on;
        records.add(match);
        index.add(words);
      } else if (status != null
          && !"REFERENCED".equals(status)
          && (match.onDate == null || on == null || !on.isBefore(match.onDate))) {
        match.status = status;
      }
      match.mention(r.getAs("doc_id"), r.getAs("index"));
    }
    return records;
  }

  static List<MergedRecord> mergeCommitments(List<Row> rows) {
    List<MergedRecord> records = new ArrayList<>();
    WordIndex index = new WordIndex();
    for (Row r : rows) {
      String action = r.getAs("action");
      if (action == null || action.isBlank()) {
        continue;
      }
      List<String> parties = sorted(r.getList(r.fieldIndex("parties")));
      Set<String> words = Words.of(action);
      LocalDate made = published(r);
      PartialDate due = Dates.withYear(date(r.getAs("due")), made);
      MergedRecord same = null;
      MergedRecord earlier = null;
      BitSet candidates = index.sharing(words);
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        MergedRecord k = records.get(i);
        if (!RecordKeys.sameEra(k.onDate, made)
            || !RecordKeys.sameAction(k.parties, index.words(i), parties, words)) {
          continue;
        }
        if (RecordKeys.sameDue(k.due, due)) {
          same = k;
          break;
        }
        if (earlier == null) {
          earlier = k;
        }
      }
      if (same == null) {
        same = start(r, "commitment", parties, action, null);
        same.place = r.getAs("place");
        same.onDate = made;
        same.due = due;
        same.dueKind = upper(r.getAs("due_kind"));
        same.dueText = r.getAs("due_text");
        records.add(same);
        index.add(words);
        if (earlier != null) {
          boolean newIsLater =
              earlier.onDate == null || made == null || !made.isBefore(earlier.onDate);
          MergedRecord old = newIsLater ? earlier : same;
          old.supersededBy = (newIsLater ? same : earlier).id;
        }
      } else if (same.due == null && due != null) {
        same.due = due;
        same.dueKind = upper(r.getAs("due_kind"));
        same.dueText = r.getAs("due_text");
      }
      same.mention(r.getAs("doc_id"), r.getAs("index"));
    }
    return records;
  }

  private static MergedRecord start(
      Row r, String type, List<String> parties, String title, String kind) {
    return new MergedRecord(
        type,
        parties,
        title,
        kind,
        r.getAs("story_id"),
        r.getAs("cameo"),
        r.getAs("plover"),
        r.getAs("doc_id"),
        r.getAs("index"));
  }

  /** Parties as the ledger keys them: distinct, sorted, no blanks. */
  static List<String> sorted(List<String> parties) {
    TreeSet<String> set = new TreeSet<>();
    if (parties != null) {
      for (String p : parties) {
        if (p != null && !p.isBlank()) {
          set.add(p);
        }
      }
    }
    return new ArrayList<>(set);
  }

  private static LocalDate published(Row r) {
    String p = r.getAs("published");
    return p == null ? null : LocalDate.parse(p);
  }

  private static PartialDate date(String s) {
    try {
      return PartialDate.parse(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String upper(String label) {
    return label == null ? null : label.toUpperCase(Locale.ROOT);
  }
}
