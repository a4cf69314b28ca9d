package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.entente.model.ActorKind;
import org.entente.model.Agreement;
import org.entente.model.Deadline;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.PartialDate;
import org.entente.store.commitments.CommitmentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listings a page at a time ({@link RecordPages}) against the whole listings of {@link Queries}, on
 * a small generated ledger (a fixed seed): every page holds the records the whole listing holds at
 * those places, in the same order, with the same sources and statuses. Runs on SQLite and on
 * PostgreSQL (the two subclasses).
 */
abstract class PagingContract {

  private static final String[] CODES = {"FRA", "JPN", "BRA", "CAN", "KEN"};
  private static final String[] NAMES = {"France", "Japan", "Brazil", "Canada", "Kenya"};
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final String[] OFFICIALS = {"Ana", "Ben", "Cleo"};
  private static final String[] TOPICS = {"trade", "security", "climate"};

  private Ledger ledger;

  protected abstract String freshStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    ledger = Ledger.open(freshStore());
    Random r = new Random(11);
    List<Extraction> docs = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      docs.add(generated(i, r));
    }
    ledger.write(docs);
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  /**
   * One generated report: two or three of the five states, and a meeting, an agreement or a
   * commitment (undated or with a deadline past or to come) between them, each named by words of
   * its own so that no two merge.
   */
  private static Extraction generated(int i, Random r) {
    int x = r.nextInt(CODES.length);
    int y = (x + 1 + r.nextInt(CODES.length - 1)) % CODES.length;
    List<String> parties = new ArrayList<>(List.of(CODES[x], CODES[y]));
    if (r.nextInt(4) == 0) {
      int z = (y + 1) % CODES.length;
      if (z != x) {
        parties.add(CODES[z]);
      }
    }
    LocalDate published = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
    String event = "item" + i + " of the series";
    StringBuilder text = new StringBuilder();
    // An official of each party (one of three) and a topic, for the pair summaries of V10.
    Random own = new Random(i * 31L + r.nextInt(2));
    List<String> officials = new ArrayList<>();
    for (String p : parties) {
      String official =
          OFFICIALS[own.nextInt(OFFICIALS.length)] + " " + NAMES[List.of(CODES).indexOf(p)] + "son";
      officials.add(official);
      text.append(NAMES[List.of(CODES).indexOf(p)]).append(" took part. ");
      text.append(official).append(" spoke. ");
    }
    text.append("Delegates discussed ").append(event).append(" at length.");
    Document d = new Document("gen-" + i, "generated", published, "Report " + i, text.toString());
    Fixtures.Builder b = Fixtures.of(d);
    for (int k = 0; k < parties.size(); k++) {
      String name = NAMES[List.of(CODES).indexOf(parties.get(k))];
      b.actor(parties.get(k), ActorKind.STATE, name);
      b.person(officials.get(k), "Minister", parties.get(k), officials.get(k));
    }
    b.topics(TOPICS[own.nextInt(TOPICS.length)]);
    PartialDate day =
        r.nextInt(6) == 0 ? null : PartialDate.parse(published.minusDays(r.nextInt(3)).toString());
    switch (r.nextInt(3)) {
      case 0 -> b.meeting(parties, "talks " + i, "Geneva", day, event);
      case 1 ->
          b.agreement(
              parties,
              "Accord number " + i,
              Agreement.Kind.AGREEMENT,
              Agreement.Status.SIGNED,
              day,
              event);
      default -> {
        Deadline due =
            r.nextInt(3) == 0
                ? null
                : new Deadline(
                    PartialDate.parse(published.plusDays(r.nextInt(400) - 100).toString()),
                    Deadline.Kind.LATEST,
                    "by a day",
                    Fixtures.span(d, "Delegates"));
        b.commitment(parties, "carry out task " + i, due, event);
      }
    }
    return b.build();
  }

  @Test
  void timelinePagesAreTheTimelineInOrder() {
    Queries q = ledger.queries();
    RecordPages pages = new RecordPages(ledger);
    for (String actor : CODES) {
      List<Views.LedgerRecord> all = q.timeline(actor, AS_OF);
      assertThat(all).hasSizeGreaterThan(20);
      assertThat(concatenated((limit, offset) -> pages.timeline(actor, AS_OF, limit, offset), 7))
          .isEqualTo(all);
      assertThat(pages.timeline(actor, AS_OF, 5, 0).total()).isEqualTo(all.size());
    }
  }

  @Test
  void boardPagesAreTheBoardInOrderWithAndWithoutFilters() {
    Queries q = ledger.queries();
    RecordPages pages = new RecordPages(ledger);
    List<Queries.CommitmentFilter> filters = new ArrayList<>();
    filters.add(new Queries.CommitmentFilter(null, null, null, null, AS_OF));
    for (String actor : CODES) {
      filters.add(new Queries.CommitmentFilter(actor, null, null, null, AS_OF));
      filters.add(new Queries.CommitmentFilter(actor, CommitmentStatus.OVERDUE, null, null, AS_OF));
      filters.add(
          new Queries.CommitmentFilter(
              actor, null, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), AS_OF));
    }
    filters.add(new Queries.CommitmentFilter(null, CommitmentStatus.PENDING, null, null, AS_OF));
    for (Queries.CommitmentFilter f : filters) {
      List<Views.LedgerRecord> all = q.commitments(f);
      assertThat(concatenated((limit, offset) -> pages.commitments(f, limit, offset), 4))
          .as("%s", f)
          .isEqualTo(all);
    }
    List<Views.LedgerRecord> every = q.commitments(filters.get(0));
    assertThat(every).hasSizeGreaterThan(30);
    // Undated first, then by day and id.
    assertThat(every)
        .isSortedAccordingTo(
            java.util.Comparator.comparing(
                    Views.LedgerRecord::onDate,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(Views.LedgerRecord::id));
    // Statuses worked out without the sources are those of each record read with its sources.
    assertThat(every.stream().map(Views.LedgerRecord::commitmentStatus).distinct().count())
        .isGreaterThan(1);
    for (Views.LedgerRecord r : every) {
      Views.LedgerRecord one = q.record(r.id(), AS_OF).orElseThrow();
      assertThat(r.commitmentStatus()).as("record %d", r.id()).isEqualTo(one.commitmentStatus());
      assertThat(r.history()).isEqualTo(one.history());
      assertThat(r.sources()).hasSameSizeAs(one.sources());
    }
  }

  @Test
  void aDossierOfTheLatestRecordsIsTheEndOfEachSectionAndPagesGiveTheRest() {
    Queries q = ledger.queries();
    RecordPages pages = new RecordPages(ledger);
    int pairs = 0;
    for (int i = 0; i < CODES.length; i++) {
      for (int j = i + 1; j < CODES.length; j++) {
        String a = CODES[i];
        String b = CODES[j];
        Views.Dossier full = q.dossier(a, b, AS_OF, Queries.DOSSIER_OFFICIALS);
        Views.Dossier latest = pages.dossier(a, b, AS_OF, Queries.DOSSIER_OFFICIALS, 3);
        assertThat(latest.counts()).isEqualTo(full.counts());
        assertThat(latest.agreements()).isEqualTo(last(full.agreements(), 3));
        assertThat(latest.meetings()).isEqualTo(last(full.meetings(), 3));
        assertThat(latest.commitments().keySet()).isEqualTo(full.commitments().keySet());
        for (Map.Entry<CommitmentStatus, List<Views.LedgerRecord>> e :
            full.commitments().entrySet()) {
          assertThat(latest.commitments().get(e.getKey())).isEqualTo(last(e.getValue(), 3));
        }
        assertThat(latest.mechanisms()).isEqualTo(full.mechanisms());
        assertThat(latest.people()).isEqualTo(full.people());
        assertThat(latest.topicsByYear()).isEqualTo(full.topicsByYear());
        for (String section : RecordPages.SECTIONS) {
          List<Views.LedgerRecord> whole = section(full, section);
          assertThat(full.counts().get(section)).isEqualTo(whole.size());
          assertThat(
                  concatenated(
                      (limit, offset) -> pages.section(a, b, AS_OF, section, limit, offset), 2))
              .as("%s-%s %s", a, b, section)
              .isEqualTo(whole);
        }
        if (full.meetings().size() > 3) {
          pairs++;
        }
      }
    }
    assertThat(pairs).isGreaterThan(3);
  }

  /**
   * The listing keys (record_parties' day and shown, record_pairs) follow every write the listings
   * depend on: a rejected record leaves every listing, a record dated anew moves, parties edited
   * move a record from one pair to another, and a record added by a curator appears. Each listing
   * is checked against the records read without those keys: an actor's records by the parties
   * column of records, a pair's by both of its parties.
   */
  @Test
  void theListingKeysFollowCuration() {
    Queries q = ledger.queries();
    List<Views.LedgerRecord> fra = q.timeline("FRA", AS_OF);
    Views.LedgerRecord meeting =
        fra.stream().filter(r -> r.type().equals("meeting")).findFirst().orElseThrow();
    Views.LedgerRecord agreement =
        fra.stream()
            .filter(r -> r.type().equals("agreement") && r.onDate() != null)
            .reduce((x, y) -> y)
            .orElseThrow();
    Views.LedgerRecord commitment =
        fra.stream().filter(r -> r.type().equals("commitment")).findFirst().orElseThrow();
    ledger.curation().reject(meeting.id(), "tester");
    ledger.curation().edit(agreement.id(), Map.of("date", "2020-01-02"), "tester");
    ledger.curation().edit(commitment.id(), Map.of("parties", "JPN,KEN"), "tester");
    assertListingsMatchTheRecords();
    assertThat(q.timeline("FRA", AS_OF))
        .extracting(Views.LedgerRecord::id)
        .doesNotContain(meeting.id(), commitment.id());
    assertThat(new RecordPages(ledger).timeline("FRA", AS_OF, 1, 0).items())
        .extracting(Views.LedgerRecord::id)
        .containsExactly(agreement.id());
  }

  /** Every listing of every actor and pair against the records' own columns, page by page too. */
  private void assertListingsMatchTheRecords() {
    Queries q = ledger.queries();
    RecordPages pages = new RecordPages(ledger);
    List<Views.LedgerRecord> every =
        q.allRecords(AS_OF).stream().filter(r -> !"rejected".equals(r.review())).toList();
    for (String a : CODES) {
      List<Views.LedgerRecord> own = every.stream().filter(r -> r.parties().contains(a)).toList();
      assertThat(q.timeline(a, AS_OF)).as(a).isEqualTo(own);
      assertThat(concatenated((limit, offset) -> pages.timeline(a, AS_OF, limit, offset), 9))
          .as(a)
          .isEqualTo(own);
      Queries.CommitmentFilter f = new Queries.CommitmentFilter(a, null, null, null, AS_OF);
      assertThat(concatenated((limit, offset) -> pages.commitments(f, limit, offset), 4))
          .as("board of %s", a)
          .isEqualTo(q.commitments(f));
      for (String b : CODES) {
        if (b.compareTo(a) <= 0) {
          continue;
        }
        List<Views.LedgerRecord> both = own.stream().filter(r -> r.parties().contains(b)).toList();
        Views.Dossier d = q.dossier(a, b, AS_OF, Queries.DOSSIER_OFFICIALS);
        List<Views.LedgerRecord> listed = new ArrayList<>(d.agreements());
        listed.addAll(d.meetings());
        d.commitments().values().forEach(listed::addAll);
        assertThat(RecordLoader.sortByDate(listed)).as("%s-%s", a, b).isEqualTo(both);
        // The pair named either way round.
        assertThat(pages.dossier(b, a, AS_OF, 5, 2).counts())
            .isEqualTo(pages.dossier(a, b, AS_OF, 5, 2).counts())
            .isEqualTo(d.counts());
      }
    }
  }

  /**
   * The topics and the people of a pair's dossier, read from the pair summaries the writer keeps
   * (doc_pair_topics, doc_pair_persons), are those of the documents naming both actors, read from
   * doc_actors, doc_topics and person_evidence; also after documents are written anew with other
   * actors, topics and officials (the old rows go with the old version).
   */
  @Test
  void theTopicsAndPeopleOfAPairAreThoseOfTheDocumentsNamingBoth() {
    assertPairSummariesMatchTheDocuments();
    Random r = new Random(12);
    List<Extraction> again = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      again.add(generated(i, r));
    }
    ledger.write(again);
    assertPairSummariesMatchTheDocuments();
  }

  private void assertPairSummariesMatchTheDocuments() {
    Db db = ledger.db();
    int withTopics = 0;
    for (String a : CODES) {
      for (String b : CODES) {
        if (b.compareTo(a) <= 0) {
          continue;
        }
        String both =
            " FROM doc_actors x JOIN doc_actors y ON y.doc_id = x.doc_id AND y.code = ?"
                + " JOIN documents d ON d.id = x.doc_id WHERE x.code = ?"
                + " AND (d.published IS NULL OR d.published <= ?)";
        Map<String, Map<String, Integer>> topics = new java.util.TreeMap<>();
        db.query(
            "SELECT d.published, t.topic"
                + both.replace(" WHERE", " JOIN doc_topics t ON t.doc_id = x.doc_id WHERE"),
            rs ->
                topics
                    .computeIfAbsent(
                        rs.getString(1).substring(0, 4), k -> new java.util.TreeMap<>())
                    .merge(rs.getString(2), 1, Integer::sum),
            b,
            a,
            AS_OF.toString());
        List<Long> people =
            db.query(
                "SELECT DISTINCT e.person_id"
                    + both.replace(
                        " WHERE",
                        " JOIN person_evidence e ON e.doc_id = x.doc_id"
                            + " JOIN persons p ON p.id = e.person_id WHERE p.affiliation IN (?, ?) AND")
                    + " ORDER BY e.person_id",
                rs -> rs.getLong(1),
                b,
                a,
                b,
                a,
                AS_OF.toString());
        for (Views.Dossier d :
            List.of(
                ledger.queries().dossier(a, b, AS_OF, 100),
                ledger.queries().dossier(b, a, AS_OF, 100),
                new RecordPages(ledger).dossier(a, b, AS_OF, 100, 1))) {
          assertThat(d.topicsByYear()).as("%s-%s", a, b).isEqualTo(topics);
          assertThat(d.people().stream().map(Views.PersonView::id).sorted().toList())
              .as("%s-%s", a, b)
              .isEqualTo(people);
        }
        withTopics += topics.isEmpty() ? 0 : 1;
      }
    }
    assertThat(withTopics).isGreaterThan(5);
  }

  /**
   * A search matching more documents than it ranks ranks the documents added last, as the whole
   * ranking orders them; one matching fewer ranks them all; the count of matches stays exact.
   */
  @Test
  void aSearchMatchingManyRanksTheDocumentsAddedLast() {
    Queries q = ledger.queries();
    String words = "Delegates series";
    List<String> every = q.search(words, 500).stream().map(Views.SearchHit::docId).toList();
    assertThat(every).hasSize(160);
    List<String> lastTen =
        ledger
            .db()
            .query(
                ledger.dialect() == Dialect.SQLITE
                    ? "SELECT id FROM documents ORDER BY rowid DESC LIMIT 10"
                    : "SELECT id FROM documents ORDER BY ingested_at DESC, id DESC LIMIT 10",
                rs -> rs.getString(1));
    q.searchCandidates(10);
    try {
      List<String> hits = q.search(words, 5).stream().map(Views.SearchHit::docId).toList();
      assertThat(hits).isEqualTo(every.stream().filter(lastTen::contains).limit(5).toList());
      assertThat(q.search(words, 20)).hasSize(20); // more asked for than ranked: that many ranked
    } finally {
      q.searchCandidates(Queries.SEARCH_CANDIDATES);
    }
    assertThat(new Listings(ledger).searchCount(words)).isEqualTo(160);
  }

  @Test
  void listingsMatchTheRecordsTheyList() {
    assertListingsMatchTheRecords();
  }

  private static List<Views.LedgerRecord> section(Views.Dossier d, String section) {
    return switch (section) {
      case "agreements" -> d.agreements();
      case "meetings" -> d.meetings();
      default -> d.commitments().getOrDefault(CommitmentStatus.ofLabel(section), List.of());
    };
  }

  private static <T> List<T> last(List<T> all, int n) {
    return all.subList(Math.max(0, all.size() - n), all.size());
  }

  /** Every page of a listing, {@code size} at a time, one after the other. */
  private static List<Views.LedgerRecord> concatenated(
      BiFunction<Integer, Integer, Listings.Page<Views.LedgerRecord>> page, int size) {
    List<Views.LedgerRecord> out = new ArrayList<>();
    for (int offset = 0; ; offset += size) {
      Listings.Page<Views.LedgerRecord> p = page.apply(size, offset);
      assertThat(p.items().size()).isLessThanOrEqualTo(size);
      out.addAll(p.items());
      if (offset + size >= p.total()) {
        assertThat(page.apply(size, offset + size).items()).isEmpty();
        return out;
      }
    }
  }
}
