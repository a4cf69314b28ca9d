package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.model.ActorKind;
import org.entente.model.Agreement;
import org.entente.model.Deadline;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.PartialDate;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.entente.pipeline.intake.SkipReport;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.export.Exporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store suite: every test runs against a real SQLite file and a real PostgreSQL database (see
 * the two subclasses).
 */
abstract class LedgerContract {

  protected Ledger ledger;

  /** The address of {@link #ledger}'s store. */
  private String store;

  /** A fresh, empty store address. */
  protected abstract String freshStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = freshStore();
    ledger = Ledger.open(store);
  }

  @AfterEach
  void close() {
    if (ledger != null) {
      ledger.close();
    }
  }

  private static final LocalDate COMPACT_DAY = LocalDate.of(2025, 3, 6);

  private static Views.IngestStats ingest(String store, Path corpus) {
    try (Ledger l = Ledger.open(store)) {
      return l.ingest(
          DocumentSource.read(List.of(corpus), ReadOptions.defaults()),
          CrashIngestMain.pipeline(),
          new Ledger.IngestOptions(2, 7),
          (r, d) -> {});
    }
  }

  @Test
  void twoConcurrentIngestsGiveTheLedgerOfOneRun() throws Exception {
    Path corpus = Files.createTempFile("entente-concurrent", ".jsonl");
    try {
      CrashResumeTest.writeCorpus(corpus, 80);
      ledger.close();
      ledger = null;
      ingest(store, corpus);
      String one;
      try (Ledger l = Ledger.open(store)) {
        one = l.canonicalDump();
      }
      String twice = freshStore();
      Ledger.open(twice).close();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        var first = pool.submit(() -> ingest(twice, corpus));
        var second = pool.submit(() -> ingest(twice, corpus));
        Views.IngestStats a = first.get();
        Views.IngestStats b = second.get();
        // one of them stored everything, the other found it stored
        assertThat(a.added() + b.added()).isEqualTo(a.read());
        assertThat(a.unchanged() + b.unchanged()).isEqualTo(a.read());
      } finally {
        pool.shutdownNow();
      }
      ledger = Ledger.open(twice);
      assertThat(ledger.canonicalDump()).isEqualTo(one);
    } finally {
      Files.deleteIfExists(corpus);
    }
  }

  private Views.LedgerRecord commitment(String action, LocalDate asOf) {
    return ledger
        .queries()
        .commitments(new Queries.CommitmentFilter("NOR", null, null, null, asOf))
        .stream()
        .filter(r -> r.title().equals(action))
        .findFirst()
        .orElseThrow();
  }

  /** Three short reports of our own, one per language Entente reads, and one in Italian. */
  private static List<Document> reportsInFourLanguages() {
    LocalDate day = LocalDate.of(2026, 5, 12);
    return List.of(
        new Document(
            "lang-en",
            "test",
            day,
            "Ghana and Peru sign a trade roadmap",
            "Ghanaian Foreign Minister Kofi Asante met his Peruvian counterpart Rosa Quispe in Accra"
                + " on Monday. The two ministers agreed to hold a business forum next year."),
        new Document(
            "lang-fr",
            "test",
            day,
            "Le Ghana et le Pérou signent une feuille de route",
            "Le ministre ghanéen des Affaires étrangères, Kofi Asante, a reçu lundi à Accra son"
                + " homologue péruvienne, Rosa Quispe. Les deux ministres sont convenus de tenir"
                + " un forum d'affaires l'an prochain."),
        new Document(
            "lang-es",
            "test",
            day,
            "Ghana y Perú firman una hoja de ruta",
            "La canciller peruana, Rosa Quispe, se reunió el lunes en Accra con su homólogo de"
                + " Ghana, Kofi Asante. Ambos ministros acordaron celebrar un foro empresarial el"
                + " próximo año."),
        new Document(
            "lang-it",
            "test",
            day,
            "Il Ghana e il Perù firmano una tabella di marcia",
            "Il ministro degli Esteri del Ghana, Kofi Asante, ha incontrato lunedì ad Accra la sua"
                + " omologa peruviana, Rosa Quispe, nella sede della cancelleria. I due ministri,"
                + " che sono anche membri della commissione mista, hanno concordato di tenere un"
                + " forum economico con le imprese dei due paesi tra sei mesi; non è stata fissata"
                + " una data per la visita dopo il forum."));
  }

  @Test
  void everyDocumentKeepsTheLanguageItWasReadAs() {
    for (Document d : reportsInFourLanguages()) {
      ledger.write(org.entente.pipeline.Entente.extract(d));
    }
    Listings li = new Listings(ledger);
    assertThat(li.document("lang-en").orElseThrow().language()).isEqualTo("en");
    assertThat(li.document("lang-fr").orElseThrow().language()).isEqualTo("fr");
    assertThat(li.document("lang-es").orElseThrow().language()).isEqualTo("es");
    assertThat(li.document("lang-it").orElseThrow().language()).isEqualTo("it");
    for (String lang : List.of("en", "fr", "es", "it")) {
      assertThat(
              li.documents(new Listings.DocumentFilter(null, null, null, null, null, lang), 10, 0)
                  .items())
          .extracting(Listings.DocumentSummary::id, Listings.DocumentSummary::language)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("lang-" + lang, lang));
    }
    // the sources of every record say what language each document was read as
    List<Views.LedgerRecord> records = ledger.queries().allRecords(LocalDate.of(2026, 5, 12));
    assertThat(records).isNotEmpty();
    assertThat(records.stream().flatMap(r -> r.sources().stream()))
        .allSatisfy(s -> assertThat(s.language()).isEqualTo(s.docId().substring("lang-".length())));
    assertThat(
            records.stream()
                .flatMap(r -> r.sources().stream())
                .map(Views.Source::language)
                .distinct())
        .contains("en", "fr", "es")
        .doesNotContain("it");
    assertThat(ledger.queries().search("Asante", 10))
        .extracting(Views.SearchHit::language)
        .containsExactlyInAnyOrder("en", "fr", "es", "it");
  }

  @Test
  void aDocumentStoredWithoutALanguageGetsItWhenIngestedAgainUnchanged() {
    Document fr = reportsInFourLanguages().get(1);
    ledger.write(org.entente.pipeline.Entente.extract(fr));
    // as a ledger written before migration V6 holds it
    ledger.db().update("UPDATE documents SET language = NULL WHERE id = ?", fr.id());
    assertThat(new Listings(ledger).document(fr.id()).orElseThrow().language()).isNull();
    assertThat(ledger.write(org.entente.pipeline.Entente.extract(fr)))
        .isEqualTo(LedgerWriter.Outcome.UNCHANGED);
    assertThat(new Listings(ledger).document(fr.id()).orElseThrow().language()).isEqualTo("fr");
  }

  @Test
  void ingestingADocumentAgainChangesNothing() {
    assertThat(ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY)))
        .isEqualTo(LedgerWriter.Outcome.ADDED);
    String before = ledger.canonicalDump();
    assertThat(ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY)))
        .isEqualTo(LedgerWriter.Outcome.UNCHANGED);
    assertThat(ledger.canonicalDump()).isEqualTo(before);
  }

  @Test
  void maritimeDialogueHeldLaterFulfilsTheCommitment() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    ledger.write(Fixtures.maritimeDialogueHeld());
    Views.LedgerRecord c =
        commitment("open a strategic dialogue on maritime affairs", LocalDate.of(2026, 1, 15));
    assertThat(c.commitmentStatus()).isEqualTo(CommitmentStatus.FULFILLED);
    assertThat(c.dueKind()).isEqualTo("LATEST");
    assertThat(c.due()).isEqualTo("2025-12-31");
    var fulfilled = c.history().get(c.history().size() - 1);
    Views.LedgerRecord evidence =
        ledger
            .queries()
            .record(fulfilled.evidenceRecordId(), LocalDate.of(2026, 1, 15))
            .orElseThrow();
    assertThat(evidence.sources())
        .extracting(Views.Source::docId)
        .containsExactly("au-norway-maritime-dialogue");
    assertThat(fulfilled.confidence()).isBetween(0.7, 1.0);
    assertThat(fulfilled.on()).isEqualTo(LocalDate.of(2025, 10, 23));
    // the other commitments are not fulfilled by a maritime dialogue
    assertThat(
            commitment(
                    "convene the joint commission for its fourth session",
                    LocalDate.of(2026, 1, 15))
                .commitmentStatus())
        .isEqualTo(CommitmentStatus.PENDING);
  }

  @Test
  void maritimeDialogueCommitmentIsOverdueInTheFollowingJanuaryWithoutEvidence() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    assertThat(
            commitment("open a strategic dialogue on maritime affairs", LocalDate.of(2025, 6, 1))
                .commitmentStatus())
        .isEqualTo(CommitmentStatus.PENDING);
    Views.LedgerRecord c =
        commitment("open a strategic dialogue on maritime affairs", LocalDate.of(2026, 1, 15));
    assertThat(c.commitmentStatus()).isEqualTo(CommitmentStatus.OVERDUE);
    assertThat(c.history().get(c.history().size() - 1).on()).isEqualTo(LocalDate.of(2026, 1, 1));
    // a commitment without deadline is never overdue; it lapses after two years without news
    assertThat(
            commitment(
                    "convene the joint commission for its fourth session",
                    LocalDate.of(2026, 1, 15))
                .commitmentStatus())
        .isEqualTo(CommitmentStatus.PENDING);
    assertThat(
            commitment(
                    "convene the joint commission for its fourth session", LocalDate.of(2027, 6, 1))
                .commitmentStatus())
        .isEqualTo(CommitmentStatus.LAPSED);
  }

  @Test
  void fulfilmentIsFoundWhenTheLaterTextIsIngestedFirst() {
    ledger.write(Fixtures.maritimeDialogueHeld());
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    assertThat(
            commitment("open a strategic dialogue on maritime affairs", LocalDate.of(2026, 1, 15))
                .commitmentStatus())
        .isEqualTo(CommitmentStatus.FULFILLED);
  }

  @Test
  void threeEditedCopiesOfOneArticleAreOneStoryWithOneMeetingOfThreeSources() {
    String base = Fixtures.resource("joint-commission-article.txt");
    String[] copies = {
      base,
      base.replace("officials said", "officials told reporters"),
      base.replace("praised the long friendship", "hailed the long friendship")
          .replace("Ministers open talks", "Ministers hold talks")
    };
    for (int i = 0; i < copies.length; i++) {
      Document d =
          new Document("copy-" + i, "wire-" + i, LocalDate.of(2025, 3, 4), null, copies[i]);
      ledger.write(
          Fixtures.of(d)
              .meeting(
                  List.of("CPV", "PRT"),
                  "talks",
                  "Lisbon",
                  i == 1 ? null : PartialDate.parse("2025-03-03"),
                  "met in Lisbon on Monday for the 14th session of the joint commission")
              .build());
    }
    assertThat(ledger.db().query("SELECT DISTINCT story_id FROM documents", rs -> rs.getString(1)))
        .containsExactly("copy-0");
    List<Views.LedgerRecord> t = ledger.queries().timeline("PRT", LocalDate.of(2025, 12, 31));
    assertThat(t).hasSize(1);
    Views.LedgerRecord m =
        ledger.queries().record(t.get(0).id(), LocalDate.of(2025, 12, 31)).orElseThrow();
    assertThat(m.sources())
        .extracting(Views.Source::docId)
        .containsExactly("copy-0", "copy-1", "copy-2");
    assertThat(m.sources().get(0).evidence().get(0).text()).startsWith("met in Lisbon on Monday");
  }

  @Test
  void aCopyWrittenAfterReopeningJoinsTheStoryOfTheOriginal() {
    String base = Fixtures.resource("joint-commission-article.txt");
    ledger.write(
        Fixtures.of(new Document("first", "wire-a", LocalDate.of(2025, 3, 4), null, base)).build());
    ledger.close();
    ledger = Ledger.open(store);
    assertThat(ledger.queries().timeline("PRT", LocalDate.of(2025, 12, 31))).isEmpty();
    String copy = base.replace("officials said", "officials told reporters");
    ledger.write(
        Fixtures.of(new Document("second", "wire-b", LocalDate.of(2025, 3, 4), null, copy))
            .build());
    assertThat(ledger.db().query("SELECT DISTINCT story_id FROM documents", rs -> rs.getString(1)))
        .containsExactly("first");
  }

  @Test
  void aCopyWrittenAfterAnotherLedgerWroteTheOriginalJoinsItsStory() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY)); // this ledger's story index is loaded
    String base = Fixtures.resource("joint-commission-article.txt");
    try (Ledger other = Ledger.open(store)) {
      other.write(
          Fixtures.of(new Document("first", "wire-a", LocalDate.of(2025, 3, 4), null, base))
              .meeting(
                  List.of("CPV", "PRT"),
                  "talks",
                  "Lisbon",
                  PartialDate.parse("2025-03-03"),
                  "met in Lisbon on Monday for the 14th session of the joint commission")
              .build());
    }
    String copy = base.replace("officials said", "officials told reporters");
    ledger.write(
        Fixtures.of(new Document("second", "wire-b", LocalDate.of(2025, 3, 4), null, copy))
            .build());
    assertThat(
            ledger
                .db()
                .query("SELECT story_id FROM documents WHERE id = 'second'", rs -> rs.getString(1)))
        .containsExactly("first");
  }

  @Test
  void aCopyInTheSameBatchJoinsTheStoryOfTheOriginal() {
    String base = Fixtures.resource("joint-commission-article.txt");
    ledger.write(
        List.of(
            Fixtures.of(new Document("first", "wire-a", LocalDate.of(2025, 3, 4), null, base))
                .build(),
            Fixtures.of(
                    new Document(
                        "second",
                        "wire-b",
                        LocalDate.of(2025, 3, 4),
                        null,
                        base.replace("officials said", "officials told reporters")))
                .build()));
    assertThat(ledger.db().query("SELECT DISTINCT story_id FROM documents", rs -> rs.getString(1)))
        .containsExactly("first");
  }

  @Test
  void unrelatedArticlesAreSeparateStories() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    ledger.write(Fixtures.maritimeDialogueHeld());
    assertThat(ledger.db().query("SELECT DISTINCT story_id FROM documents", rs -> rs.getString(1)))
        .hasSize(2);
  }

  @Test
  void personsAreMergedAcrossNameVariantsWithRolesOverTime() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    Document d2 =
        new Document("later", "test", LocalDate.of(2025, 9, 1), null, "FM Kvalheim met Kvalheim.");
    ledger.write(
        Fixtures.of(d2)
            .person("FM Kvalheim", "Minister of Foreign Affairs", "NOR", "FM Kvalheim")
            .build());
    Document d3 =
        new Document("other", "test", LocalDate.of(2025, 9, 2), null, "Eirik Kvalheim spoke.");
    ledger.write(
        Fixtures.of(d3).person("Eirik Kvalheim", "Mayor", "NOR", "Eirik Kvalheim").build());
    List<Views.PersonView> nor = ledger.queries().persons("NOR");
    assertThat(nor)
        .extracting(Views.PersonView::name)
        .containsExactly("Eirik Kvalheim", "Randi Kvalheim");
    Views.PersonView randi = nor.get(1);
    assertThat(randi.names()).containsExactly("FM Kvalheim", "Randi Kvalheim");
    assertThat(randi.roles())
        .extracting(Views.Role::role)
        .containsExactly("Foreign Minister", "Minister of Foreign Affairs");
  }

  @Test
  void aLaterDeadlineOnTheSameActionSupersedesTheEarlierCommitment() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    Document d =
        new Document(
            "postponed",
            "test",
            LocalDate.of(2025, 10, 1),
            null,
            "The AU and Norway will open the strategic dialogue on maritime affairs by March 2026.");
    ledger.write(
        Fixtures.of(d)
            .commitment(
                List.of("AU", "NOR"),
                "open the strategic dialogue on maritime affairs",
                new Deadline(
                    PartialDate.parse("2026-03"), Deadline.Kind.LATEST, "by March 2026", null),
                "will open the strategic dialogue on maritime affairs by March 2026")
            .build());
    LocalDate asOf = LocalDate.of(2026, 1, 15);
    Views.LedgerRecord old = commitment("open a strategic dialogue on maritime affairs", asOf);
    assertThat(old.commitmentStatus()).isEqualTo(CommitmentStatus.SUPERSEDED);
    Views.LedgerRecord replacement =
        commitment("open the strategic dialogue on maritime affairs", asOf);
    assertThat(old.supersededBy()).isEqualTo(replacement.id());
    assertThat(replacement.commitmentStatus()).isEqualTo(CommitmentStatus.PENDING);
    assertThat(
            commitment("open the strategic dialogue on maritime affairs", LocalDate.of(2026, 4, 2))
                .commitmentStatus())
        .isEqualTo(CommitmentStatus.OVERDUE);
  }

  @Test
  void vagueDeadlinesAreNeverOverdueAndKeepTheirKind() {
    Document d =
        new Document(
            "vague",
            "test",
            LocalDate.of(2020, 1, 10),
            null,
            "France and Norway will soon sign a fisheries protocol.");
    ledger.write(
        Fixtures.of(d)
            .commitment(
                List.of("FRA", "NOR"),
                "sign a fisheries protocol",
                new Deadline(null, Deadline.Kind.VAGUE, "soon", null),
                "will soon sign a fisheries protocol")
            .build());
    Views.LedgerRecord c = commitment("sign a fisheries protocol", LocalDate.of(2021, 1, 1));
    assertThat(c.dueKind()).isEqualTo("VAGUE");
    assertThat(c.dueText()).isEqualTo("soon");
    assertThat(c.commitmentStatus()).isEqualTo(CommitmentStatus.PENDING);
    assertThat(commitment("sign a fisheries protocol", LocalDate.of(2022, 2, 1)).commitmentStatus())
        .isEqualTo(CommitmentStatus.LAPSED);
  }

  @Test
  void curatedFieldsAndRejectionsSurviveReingest() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    LocalDate asOf = LocalDate.of(2025, 12, 1);
    long meeting =
        ledger.queries().timeline("NOR", asOf).stream()
            .filter(r -> r.type().equals("meeting"))
            .findFirst()
            .orElseThrow()
            .id();
    long relaunch =
        commitment(
                "resume the yearly meetings of senior officials under the Framework Cooperation"
                    + " Arrangement",
                asOf)
            .id();
    ledger.curation().edit(meeting, Map.of("place", "Oslo (Foreign Ministry)"), "alice");
    ledger.curation().reject(relaunch, "bob");
    // the document comes again, edited: its records are re-extracted
    Extraction again = Fixtures.auNorwayCompact(COMPACT_DAY);
    Document changed =
        new Document(again.document().id(), "test-v2", COMPACT_DAY, null, again.document().text());
    ledger.write(
        new Extraction(
            changed,
            again.actors(),
            again.persons(),
            again.meetings(),
            again.agreements(),
            again.commitments(),
            again.topics(),
            List.of()));
    Views.LedgerRecord m = ledger.queries().record(meeting, asOf).orElseThrow();
    assertThat(m.place()).isEqualTo("Oslo (Foreign Ministry)");
    assertThat(m.curatedFields()).containsExactly("place");
    assertThat(ledger.queries().record(relaunch, asOf).orElseThrow().review())
        .isEqualTo("rejected");
    assertThat(
            ledger
                .queries()
                .commitments(new Queries.CommitmentFilter("NOR", null, null, null, asOf)))
        .extracting(Views.LedgerRecord::title)
        .doesNotContain(
            "resume the yearly meetings of senior officials under the Framework Cooperation"
                + " Arrangement");
    List<Curation.AuditEntry> audit = ledger.curation().audit(null);
    assertThat(audit).extracting(Curation.AuditEntry::action).containsExactly("edit", "reject");
    assertThat(audit.get(0).author()).isEqualTo("alice");
    assertThat(audit.get(0).before()).contains("\"place\":\"Oslo\"");
    assertThat(audit.get(0).after()).contains("\"place\":\"Oslo (Foreign Ministry)\"");
  }

  @Test
  void handAddedCommitmentCanBeMarkedFulfilled() {
    long id =
        ledger
            .curation()
            .add(
                "commitment",
                List.of("NOR", "ISL"),
                "set up a joint search and rescue team",
                LocalDate.of(2025, 2, 1),
                PartialDate.parse("2025-06-30"),
                Deadline.Kind.LATEST,
                "before July",
                "carol");
    assertThat(
            commitment("set up a joint search and rescue team", LocalDate.of(2025, 7, 1))
                .commitmentStatus())
        .isEqualTo(CommitmentStatus.OVERDUE);
    ledger
        .curation()
        .markFulfilled(id, null, LocalDate.of(2025, 5, 20), "team trained in Reykjavik", "carol");
    assertThat(
            commitment("set up a joint search and rescue team", LocalDate.of(2025, 7, 1))
                .commitmentStatus())
        .isEqualTo(CommitmentStatus.FULFILLED);
    assertThat(ledger.curation().audit(id))
        .extracting(Curation.AuditEntry::action)
        .containsExactly("add", "fulfil");
    assertThatThrownBy(() -> ledger.curation().edit(id, Map.of("text", "x"), "carol"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numberedSessionsGiveAMechanismWithCadenceAndALongGapFlag() {
    int[] years = {2019, 2020, 2021};
    for (int i = 0; i < years.length; i++) {
      String text =
          "Portugal and Cape Verde held the "
              + (12 + i)
              + "th session of their joint commission in Lisbon.";
      Document d = new Document("jc-" + years[i], "test", LocalDate.of(years[i], 3, 5), null, text);
      ledger.write(
          Fixtures.of(d)
              .meeting(
                  List.of("CPV", "PRT"),
                  "talks",
                  null,
                  PartialDate.of(LocalDate.of(years[i], 3, 4)),
                  text)
              .build());
    }
    List<Views.Mechanism> ms = ledger.queries().mechanisms("PRT", "CPV", LocalDate.of(2022, 1, 1));
    assertThat(ms).hasSize(1);
    Views.Mechanism jc = ms.get(0);
    assertThat(jc.pattern()).isEqualTo("joint_commission");
    assertThat(jc.sessions()).extracting(Views.Session::number).containsExactly(12, 13, 14);
    assertThat(jc.cadence().medianGapDays()).isBetween(364L, 366L);
    assertThat(jc.cadence().nextExpected()).isEqualTo(LocalDate.of(2022, 3, 4));
    assertThat(jc.cadence().longGap()).isFalse();
    assertThat(
            ledger
                .queries()
                .mechanisms("PRT", "CPV", LocalDate.of(2024, 1, 1))
                .get(0)
                .cadence()
                .longGap())
        .isTrue();
  }

  @Test
  void fullTextSearchFindsDocumentsAndIgnoresQuerySyntax() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    ledger.write(Fixtures.maritimeDialogueHeld());
    assertThat(ledger.queries().search("strategic dialogue Bergen", 10))
        .extracting(Views.SearchHit::docId)
        .containsExactly("au-norway-maritime-dialogue");
    assertThat(ledger.queries().search("\"Compact\" OR ) NEAR( '; DROP TABLE documents", 10))
        .extracting(Views.SearchHit::docId)
        .isSubsetOf("au-norway-compact");
    assertThat(ledger.queries().search("Compact", 10))
        .extracting(Views.SearchHit::docId)
        .containsExactly("au-norway-compact");
  }

  @Test
  void dossierGathersTheRelationshipAsOfADay() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    ledger.write(Fixtures.maritimeDialogueHeld());
    Views.Dossier d = ledger.queries().dossier("AU", "NOR", LocalDate.of(2026, 1, 15));
    assertThat(d.a().name()).isEqualTo("African Union");
    assertThat(d.b().name()).isEqualTo("Norway");
    assertThat(d.agreements())
        .extracting(Views.LedgerRecord::title)
        .containsExactly("Ocean and Climate Compact", "Framework Cooperation Arrangement");
    assertThat(d.meetings()).hasSize(2);
    assertThat(d.commitments().get(CommitmentStatus.FULFILLED)).hasSize(1);
    assertThat(d.commitments().get(CommitmentStatus.PENDING)).hasSize(2);
    assertThat(d.people())
        .extracting(Views.PersonView::name)
        .containsExactly("Lwazi Tembe", "Randi Kvalheim");
    assertThat(d.topicsByYear().get("2025")).containsEntry("maritime", 2);
    assertThat(d.mechanisms())
        .extracting(Views.Mechanism::pattern)
        .contains("strategic_dialogue", "joint_commission");
    Views.Dossier before = ledger.queries().dossier("AU", "NOR", LocalDate.of(2025, 5, 1));
    assertThat(before.meetings()).hasSize(1);
  }

  @Test
  void briefOfTheRelationshipCitesEveryStatement() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    ledger.write(Fixtures.maritimeDialogueHeld());
    org.entente.store.brief.Brief b =
        new org.entente.store.brief.Briefs(ledger)
            .of("AU", "NOR", LocalDate.of(2026, 1, 15), LocalDate.of(2025, 10, 1));
    assertThat(b.section("agreements").orElseThrow().statements())
        .anyMatch(st -> st.text().contains("Ocean and Climate Compact"));
    assertThat(b.section("people").orElseThrow().statements())
        .anyMatch(st -> st.text().startsWith("Lwazi Tembe"));
    assertThat(b.section("mechanisms").orElseThrow().statements()).isNotEmpty();
    assertThat(b.section("changes").orElseThrow().statements())
        .anyMatch(st -> st.lead().startsWith("fulfilled"));
    int sources = b.citations().size();
    assertThat(sources).isPositive();
    for (org.entente.store.brief.Section sec : b.sections()) {
      for (org.entente.store.brief.Statement st : sec.statements()) {
        assertThat(st.cites()).isNotEmpty().allMatch(n -> n >= 1 && n <= sources);
      }
    }
    for (org.entente.store.brief.render.BriefFormat f :
        org.entente.store.brief.render.BriefFormat.values()) {
      assertThat(f.write(b)).isNotEmpty();
    }
  }

  @Test
  void exportsWriteEveryFormat() throws Exception {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    ledger.write(Fixtures.maritimeDialogueHeld());
    LocalDate asOf = LocalDate.of(2026, 1, 15);
    StringWriter ics = new StringWriter();
    Exporter.write(ledger, "ics", asOf, ics);
    assertThat(ics.toString())
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("DTSTART;VALUE=DATE:20251231")
        .contains("open a strategic dialogue on maritime affairs (latest)");
    for (String line : ics.toString().split("\r\n")) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(75);
    }
    StringWriter events = new StringWriter();
    Exporter.write(ledger, "events", asOf, events);
    String[] rows = events.toString().split("\n");
    assertThat(rows[0]).startsWith("GLOBALEVENTID\tSQLDATE\tActor1Code\tActor2Code\tEventCode");
    assertThat(rows)
        .anyMatch(r -> r.contains("\t20251023\tAU\tNOR\t036\t03\t1\tCONSULT\tmeeting\t"));
    StringWriter csv = new StringWriter();
    Exporter.write(ledger, "csv", asOf, csv);
    assertThat(csv.toString())
        .contains("open a strategic dialogue on maritime affairs")
        .contains(",LATEST,by the close of the year,fulfilled,");
    StringWriter json = new StringWriter();
    Exporter.write(ledger, "json", asOf, json);
    assertThat(Json.mapper().readTree(json.toString()).size()).isEqualTo(7);
  }

  @Test
  void aChangedDocumentReplacesItsRecords() {
    Document d =
        new Document(
            "x", "test", LocalDate.of(2024, 5, 2), null, "Spain and Morocco held talks in Madrid.");
    ledger.write(
        Fixtures.of(d)
            .meeting(List.of("ESP", "MAR"), "talks", "Madrid", null, "held talks in Madrid")
            .build());
    Document d2 =
        new Document(
            "x", "test", LocalDate.of(2024, 5, 2), null, "Spain and Morocco held talks in Rabat.");
    ledger.write(
        Fixtures.of(d2)
            .meeting(List.of("ESP", "MAR"), "talks", "Rabat", null, "held talks in Rabat")
            .build());
    List<Views.LedgerRecord> t = ledger.queries().timeline("ESP", LocalDate.of(2025, 1, 1));
    assertThat(t).extracting(Views.LedgerRecord::place).containsExactly("Rabat");
    assertThat(ledger.db().query("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1)))
        .containsExactly(1L);
  }

  @Test
  void aChangedDocumentLeavesTheWriterHoldingTheOtherRecords() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY)); // the writer now holds the AU–NOR records
    long dialogue =
        commitment("open a strategic dialogue on maritime affairs", LocalDate.of(2026, 1, 15)).id();
    Document d =
        new Document(
            "x", "test", LocalDate.of(2024, 5, 2), null, "Spain and Morocco held talks in Madrid.");
    ledger.write(
        Fixtures.of(d)
            .meeting(List.of("ESP", "MAR"), "talks", "Madrid", null, "held talks in Madrid")
            .build());
    long madrid = ledger.queries().timeline("ESP", LocalDate.of(2025, 1, 1)).get(0).id();
    assertThat(ledger.writer().index().get(madrid)).isNotNull();
    // the new version drops the meeting: its record is deleted, and only it leaves the index
    ledger.write(
        Fixtures.of(
                new Document(
                    "x", "test", LocalDate.of(2024, 5, 2), null, "Spain and Morocco disagreed."))
            .build());
    assertThat(ledger.queries().timeline("ESP", LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(ledger.writer().index().get(madrid)).isNull();
    assertThat(ledger.writer().index().get(dialogue)).isNotNull();
  }

  @Test
  void changedDocumentsWithdrawWhatTheirRecordsDidAsAReopenedLedgerDoes() throws Exception {
    // A changed version of a document deletes the records only it reported; the commitments they
    // superseded or fulfilled are open again, for the writer in memory as for one reading the
    // store.
    List<Extraction> documents = new java.util.ArrayList<>(entangledDocuments());
    for (Extraction x : entangledDocuments().subList(1, 4)) {
      Document d = x.document();
      documents.add(
          Fixtures.of(
                  new Document(
                      d.id(), d.source(), d.published(), d.title(), d.text() + " (edited)"))
              .build());
    }
    documents.add(Fixtures.maritimeDialogueHeld());
    for (Extraction x : documents) {
      ledger.write(x);
    }
    String oneLedger = ledger.canonicalDump();
    assertThat(oneLedger).contains("FULFILLED").doesNotContain("SUPERSEDED");
    ledger.close();
    ledger = null;
    store = freshStore();
    for (Extraction x : documents) {
      try (Ledger l = Ledger.open(store)) {
        l.write(x);
      }
    }
    ledger = Ledger.open(store);
    assertThat(ledger.canonicalDump()).isEqualTo(oneLedger);
  }

  @Test
  void aFailedBatchWhoseStoryReloadFailsTooThrowsTheBatchFailure() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY)); // the story index is loaded
    ledger.db().execute("DROP TABLE doc_signatures"); // the batch and the reload both need it
    assertThatThrownBy(() -> ledger.write(Fixtures.maritimeDialogueHeld()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("INSERT INTO doc_signatures")
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .satisfies(
                        r -> assertThat(r).hasMessageContaining("SELECT s.doc_id, d.story_id")));
    assertThat(ledger.db().query("SELECT COUNT(*) FROM documents", rs -> rs.getLong(1)))
        .containsExactly(1L);
  }

  @Test
  void actorsAreCanonical() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    assertThat(ledger.queries().actor("NOR")).isEqualTo(new Views.Actor("NOR", "Norway", "STATE"));
    assertThat(ledger.queries().actor("AU"))
        .isEqualTo(new Views.Actor("AU", "African Union", "ORGANISATION"));
  }

  /** Documents that match, merge, supersede and fulfil records of one another. */
  private static List<Extraction> entangledDocuments() {
    Document postponed =
        new Document(
            "postponed",
            "test",
            LocalDate.of(2025, 10, 1),
            null,
            "The AU and Norway will open the strategic dialogue on maritime affairs by March 2026."
                + " Iceland joined the Framework Cooperation Arrangement.");
    Document talks =
        new Document(
            "talks",
            "test",
            LocalDate.of(2025, 11, 5),
            null,
            "The AU and Norway held talks in Oslo on 4 November; FM Kvalheim attended.");
    return List.of(
        Fixtures.auNorwayCompact(COMPACT_DAY),
        Fixtures.of(postponed)
            .commitment(
                List.of("AU", "NOR"),
                "open the strategic dialogue on maritime affairs",
                new Deadline(
                    PartialDate.parse("2026-03"), Deadline.Kind.LATEST, "by March 2026", null),
                "will open the strategic dialogue on maritime affairs by March 2026")
            .agreement(
                List.of("AU", "ISL", "NOR"),
                "Framework Cooperation Arrangement",
                null,
                null,
                null,
                "Iceland joined the Framework Cooperation Arrangement")
            .build(),
        Fixtures.of(talks)
            .meeting(
                List.of("AU", "NOR"),
                "talks",
                "Oslo",
                PartialDate.parse("2025-11-04"),
                "held talks in Oslo on 4 November")
            .person("FM Kvalheim", "Minister of Foreign Affairs", "NOR", "FM Kvalheim")
            .build(),
        Fixtures.maritimeDialogueHeld());
  }

  @Test
  void aLedgerReopenedBeforeEachDocumentWritesWhatOneLedgerWrites() throws Exception {
    // The writer keeps records in memory between documents; a fresh one loads them from the store
    // (a resumed ingest). Both must give the same ledger.
    for (Extraction x : entangledDocuments()) {
      ledger.write(x);
    }
    String oneLedger = ledger.canonicalDump();
    assertThat(oneLedger).contains("SUPERSEDED").contains("FULFILLED").contains("AU,ISL,NOR");
    ledger.close();
    ledger = null;
    store = freshStore();
    for (Extraction x : entangledDocuments()) {
      try (Ledger l = Ledger.open(store)) {
        l.write(x);
      }
    }
    ledger = Ledger.open(store);
    assertThat(ledger.canonicalDump()).isEqualTo(oneLedger);
  }

  @Test
  void aRejectionThroughAnotherLedgerKeepsTheNextDocumentFromFulfillingTheCommitment() {
    // The writer answers "is this commitment still open" from the records it holds in memory; a
    // curator's rejection made through another ledger must still count.
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY)); // the writer now holds the AU–NOR records
    LocalDate asOf = LocalDate.of(2026, 1, 15);
    long dialogue = commitment("open a strategic dialogue on maritime affairs", asOf).id();
    try (Ledger other = Ledger.open(store)) {
      other.curation().reject(dialogue, "bob");
    }
    ledger.write(Fixtures.maritimeDialogueHeld()); // fulfils it when it is open
    Views.LedgerRecord c = ledger.queries().record(dialogue, asOf).orElseThrow();
    assertThat(c.review()).isEqualTo("rejected");
    assertThat(c.history()).extracting(h -> h.status()).doesNotContain(CommitmentStatus.FULFILLED);
  }

  @Test
  void aRecordAddedThroughAnotherLedgerIsMatchedByTheNextDocument() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY)); // the writer now holds the AU–NOR records
    long added;
    try (Ledger other = Ledger.open(store)) {
      added =
          other
              .curation()
              .add(
                  "commitment",
                  List.of("AU", "NOR"),
                  "open a joint liaison office in Addis Ababa",
                  LocalDate.of(2025, 5, 1),
                  null,
                  null,
                  null,
                  "dana");
    }
    Document d =
        new Document(
            "customs",
            "test",
            LocalDate.of(2025, 6, 2),
            null,
            "The AU and Norway will open a joint liaison office in Addis Ababa.");
    ledger.write(
        Fixtures.of(d)
            .commitment(
                List.of("AU", "NOR"),
                "open a joint liaison office in Addis Ababa",
                null,
                "will open a joint liaison office in Addis Ababa")
            .build());
    assertThat(
            ledger
                .queries()
                .commitments(
                    new Queries.CommitmentFilter("NOR", null, null, null, LocalDate.of(2025, 7, 1)))
                .stream()
                .filter(r -> r.title().equals("open a joint liaison office in Addis Ababa")))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo(added))
        .satisfies(
            r ->
                assertThat(ledger.queries().record(r.id(), LocalDate.of(2025, 7, 1)).orElseThrow())
                    .extracting(x -> x.sources().size())
                    .isEqualTo(1));
  }

  private void writeOfficials(String id, String... nameAndRole) {
    StringBuilder text = new StringBuilder("Officials of the European Union and of Morocco spoke:");
    for (int i = 0; i < nameAndRole.length; i += 2) {
      text.append(' ').append(nameAndRole[i]).append(',');
    }
    Document d = new Document(id, "test", LocalDate.of(2025, 3, 1), null, text.toString());
    Fixtures.Builder b =
        Fixtures.of(d)
            .actor("EU", ActorKind.ORGANISATION, "European Union")
            .actor("MAR", ActorKind.STATE, "Morocco");
    for (int i = 0; i < nameAndRole.length; i += 2) {
      b.person(nameAndRole[i], nameAndRole[i + 1], "MAR", nameAndRole[i]);
    }
    ledger.write(b.build());
  }

  @Test
  void aDossierGivesEachRoleOnceWithItsPeriodAndReports() {
    for (int day = 1; day <= 3; day++) {
      Document d =
          new Document(
              "r" + day, "test", LocalDate.of(2025, 3, day), null, "Samir Tazi spoke for Morocco.");
      ledger.write(
          Fixtures.of(d).person("Samir Tazi", "Minister of Finance", "MAR", "Samir Tazi").build());
    }
    Document later =
        new Document("r9", "test", LocalDate.of(2025, 6, 9), null, "Samir Tazi spoke again.");
    ledger.write(
        Fixtures.of(later).person("Samir Tazi", "Prime Minister", "MAR", "Samir Tazi").build());
    Views.PersonView tazi = ledger.queries().persons("MAR").get(0);
    assertThat(tazi.roles())
        .containsExactly(
            new Views.Role(
                "Minister of Finance", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3), 3, "r1"),
            Views.Role.reported("Prime Minister", LocalDate.of(2025, 6, 9), "r9"));
  }

  @Test
  void aDossierListsTheOfficialsWithTheMostRolesAlsoAfterADocumentChanged() {
    writeOfficials("o1", "Samir Tazi", "Minister of Finance", "Nadia Alaoui", "Ambassador");
    writeOfficials("o2", "Samir Tazi", "Minister of Finance", "Omar Benali", "Spokesman");
    writeOfficials("o3", "Nadia Alaoui", "Ambassador", "Omar Benali", "Spokesman");
    writeOfficials("o4", "Omar Benali", "Spokesman", "Leila Fassi", "Governor");
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    assertThat(ledger.queries().dossier("EU", "MAR", asOf, 2).people())
        .extracting(Views.PersonView::name)
        .containsExactly("Nadia Alaoui", "Omar Benali"); // 2 and 3 roles; Tazi's 2 lose on name
    // o3 comes again without its officials: Alaoui and Benali lose a role each
    writeOfficials("o3", "Leila Fassi", "Governor");
    List<Views.PersonView> all = ledger.queries().persons("MAR");
    List<String> expected =
        all.stream()
            .sorted(
                java.util.Comparator.comparing(
                        (Views.PersonView p) ->
                            -p.roles().stream().mapToInt(Views.Role::reports).sum())
                    .thenComparing(Views.PersonView::name)
                    .thenComparing(Views.PersonView::id))
            .limit(2)
            .map(Views.PersonView::name)
            .sorted()
            .toList();
    assertThat(expected).containsExactly("Leila Fassi", "Omar Benali"); // 2 roles each, as Tazi
    assertThat(ledger.queries().dossier("EU", "MAR", asOf, 2).people())
        .extracting(Views.PersonView::name)
        .isEqualTo(expected);
    assertThat(
            ledger
                .db()
                .query(
                    "SELECT COUNT(*) FROM persons p WHERE p.role_count <>"
                        + " (SELECT COUNT(*) FROM person_roles r WHERE r.person_id = p.id)",
                    rs -> rs.getLong(1)))
        .containsExactly(0L);
  }

  private void writeTopics(String id, LocalDate published, boolean withEu, String... topics) {
    Document d = new Document(id, "test", published, null, "Morocco and the European Union met.");
    Fixtures.Builder b = Fixtures.of(d).actor("MAR", ActorKind.STATE, "Morocco");
    if (withEu) {
      b.actor("EU", ActorKind.ORGANISATION, "European Union");
    }
    ledger.write(b.topics(topics).build());
  }

  @Test
  void aDossierCountsTheTopicsOfDocumentsNamingBothActorsByYearAsOfADay() {
    writeTopics("t1", LocalDate.of(2024, 5, 1), true, "trade", "security");
    writeTopics("t2", LocalDate.of(2025, 3, 1), true, "trade");
    writeTopics("t3", LocalDate.of(2025, 4, 1), false, "fisheries");
    writeTopics("t4", null, true, "migration");
    assertThat(ledger.queries().dossier("EU", "MAR", LocalDate.of(2025, 12, 31)).topicsByYear())
        .isEqualTo(
            Map.of(
                "2024", Map.of("security", 1, "trade", 1),
                "2025", Map.of("trade", 1),
                "undated", Map.of("migration", 1)));
    assertThat(ledger.queries().dossier("MAR", "EU", LocalDate.of(2024, 12, 31)).topicsByYear())
        .isEqualTo(
            Map.of("2024", Map.of("security", 1, "trade", 1), "undated", Map.of("migration", 1)));
    writeTopics("t2", LocalDate.of(2023, 1, 9), true, "trade"); // republished with another day
    assertThat(ledger.queries().dossier("EU", "MAR", LocalDate.of(2025, 12, 31)).topicsByYear())
        .isEqualTo(
            Map.of(
                "2023", Map.of("trade", 1),
                "2024", Map.of("security", 1, "trade", 1),
                "undated", Map.of("migration", 1)));
  }

  /** A document of one day naming the given actors and officials ("Name|Role|Affiliation"). */
  private void writePeople(String id, LocalDate published, List<String> actors, String... people) {
    StringBuilder text = new StringBuilder("Talks of");
    for (String a : actors) {
      text.append(' ').append(a);
    }
    text.append(':');
    for (String p : people) {
      text.append(' ').append(p.split("\\|")[0]).append(',');
    }
    Document d = new Document(id, "test", published, null, text.toString());
    Fixtures.Builder b = Fixtures.of(d);
    for (String a : actors) {
      b.actor(a, ActorKind.STATE, a);
    }
    for (String p : people) {
      String[] f = p.split("\\|");
      b.person(f[0], f[1], f[2], f[0]);
    }
    ledger.write(b.build());
  }

  @Test
  void aDossierListsThePeopleOfThatRelationshipKnownOnTheDay() {
    writePeople(
        "fs1",
        LocalDate.of(2026, 5, 20),
        List.of("FRA", "SEN"),
        "Ada Diallo|Foreign Minister|SEN",
        "Luc Moreau|Ambassador|FRA");
    writePeople(
        "fs2", LocalDate.of(2026, 6, 2), List.of("FRA", "SEN"), "Awa Ndiaye|Prime Minister|SEN");
    writePeople(
        "fm1", LocalDate.of(2026, 5, 1), List.of("FRA", "MLI"), "Paul Girard|President|FRA");
    writePeople(
        "fs3", LocalDate.of(2026, 6, 3), List.of("SEN", "FRA"), "Ada Diallo|Prime Minister|SEN");
    Views.Dossier june1 = ledger.queries().dossier("FRA", "SEN", LocalDate.of(2026, 6, 1));
    assertThat(june1.people())
        .extracting(Views.PersonView::name)
        .containsExactly("Ada Diallo", "Luc Moreau");
    assertThat(june1.people().get(0).roles())
        .extracting(Views.Role::role)
        .containsExactly("Foreign Minister");
    assertThat(ledger.queries().dossier("SEN", "FRA", LocalDate.of(2026, 7, 1)).people())
        .extracting(Views.PersonView::name)
        .containsExactly("Ada Diallo", "Awa Ndiaye", "Luc Moreau");
    assertThat(new Listings(ledger).dossier("FRA", "SEN", LocalDate.of(2026, 6, 1), 25).people())
        .extracting(Views.PersonView::name)
        .containsExactly("Ada Diallo", "Luc Moreau");
  }

  private void writeAgreement(String id, LocalDate published, String name) {
    String text = "France and Japan spoke of the " + name + " today.";
    Document d = new Document(id, "test", published, null, text);
    ledger.write(
        Fixtures.of(d)
            .actor("FRA", ActorKind.STATE, "France")
            .actor("JPN", ActorKind.STATE, "Japan")
            .agreement(
                List.of("FRA", "JPN"),
                name,
                Agreement.Kind.AGREEMENT,
                Agreement.Status.REFERENCED,
                null,
                name)
            .commitment(List.of("FRA", "JPN"), "defend the " + name, null, "spoke")
            .build());
  }

  @Test
  void theSameWordsDecadesApartAreTwoRecords() {
    writeAgreement("p1987", LocalDate.of(1987, 4, 3), "Paris accord");
    writeAgreement("p1987b", LocalDate.of(1987, 4, 9), "Paris accord");
    writeAgreement("p2017", LocalDate.of(2017, 6, 6), "Paris accord");
    List<Views.LedgerRecord> all = ledger.queries().allRecords(LocalDate.of(2026, 1, 1));
    assertThat(all.stream().filter(r -> r.type().equals("agreement")))
        .extracting(r -> r.sources().size())
        .containsExactlyInAnyOrder(2, 1);
    assertThat(all.stream().filter(r -> r.type().equals("commitment")))
        .extracting(r -> r.sources().size())
        .containsExactlyInAnyOrder(2, 1);
  }

  @Test
  void searchLeavesFunctionWordsOutOfTheQueryAndItsHighlights() {
    ledger.write(Fixtures.auNorwayCompact(COMPACT_DAY));
    List<Views.SearchHit> hits = ledger.queries().search("on the maritime of the dialogue", 10);
    assertThat(hits).extracting(Views.SearchHit::docId).containsExactly("au-norway-compact");
    assertThat(hits.get(0).snippet()).contains("[maritime]").doesNotContain("[the]", "[on]");
    assertThat(new Listings(ledger).searchCount("on the maritime of the dialogue")).isEqualTo(1);
    assertThat(ledger.queries().search("on the", 10)).isEmpty();
  }

  // ---- ingest failures

  /** Six short reports; those that mention talks get records from {@link CrashIngestMain}. */
  private static ReadResult.Read report(int i) {
    String[] who = {"Japan", "France", "Brazil", "Canada", "Kenya", "Chile"};
    Document d =
        new Document(
            "doc-" + i,
            "test",
            LocalDate.of(2026, 3, i),
            who[i - 1] + " and the United States hold trade talks",
            who[i - 1]
                + " and the United States held trade talks in round "
                + i
                + ", officials said.");
    return new ReadResult.Read(d, "reports.jsonl:" + i, List.of());
  }

  private List<String> storedIds() {
    return ledger.db().query("SELECT id FROM documents ORDER BY id", rs -> rs.getString(1));
  }

  /** The ingest writer threads still alive in this JVM. */
  private static List<String> liveWriters() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("ledger-writer"))
        .map(Thread::getName)
        .toList();
  }

  /**
   * The canonical dump of a fresh store into which the reports numbered {@code first} are ingested,
   * then all six, by runs that fail on nothing.
   */
  private String cleanDump(int... first) throws Exception {
    ledger.close();
    ledger = Ledger.open(freshStore());
    for (IntStream run : List.of(IntStream.of(first), IntStream.rangeClosed(1, 6))) {
      ledger.ingest(
          run.mapToObj(LedgerContract::report),
          CrashIngestMain.pipeline(),
          new Ledger.IngestOptions(2, 2),
          (r, d) -> {});
    }
    return ledger.canonicalDump();
  }

  @Test
  void aDocumentWhoseExtractionFailsIsSkippedNamedCountedAndRetriedLater() throws Exception {
    // A stage that leaves a broken analysis behind on doc-3: Pipeline.extract throws on it (a
    // stage's own exceptions are caught and kept as diagnostics; this one is not).
    Pipeline failing =
        Pipeline.builder()
            .add(CrashIngestMain.pipeline().stages().get(0))
            .add(
                a -> {
                  if (a.document().id().equals("doc-3")) {
                    a.actors().add(null);
                  }
                })
            .build();
    StringWriter log = new StringWriter();
    SkipReport skips = new SkipReport(new PrintWriter(log));
    AtomicLong lastRead = new AtomicLong();
    AtomicLong lastDone = new AtomicLong();
    Views.IngestStats first =
        ledger.ingest(
            IntStream.rangeClosed(1, 6).mapToObj(LedgerContract::report),
            failing,
            new Ledger.IngestOptions(2, 2),
            (r, d) -> {
              lastRead.set(r);
              lastDone.set(d);
            },
            skips);

    assertThat(storedIds()).containsExactly("doc-1", "doc-2", "doc-4", "doc-5", "doc-6");
    assertThat(first.read()).isEqualTo(6);
    assertThat(first.added()).isEqualTo(5);
    assertThat(first.bad()).isEqualTo(1);
    assertThat(skips.skipped()).isEqualTo(1);
    assertThat(skips.skippedInputs()).hasSize(1);
    ReadResult.BadRecord bad = skips.skippedInputs().get(0);
    assertThat(bad.where()).isEqualTo("reports.jsonl:3");
    assertThat(bad.reason()).contains("doc-3").contains("NullPointerException");
    assertThat(log.toString()).contains("entente: skipped reports.jsonl:3: ").contains("doc-3");
    // progress reaches the end: the skipped document is done with
    assertThat(lastDone.get()).isEqualTo(lastRead.get()).isEqualTo(6);

    // A later ingest with a working pipeline retries it (and only it).
    Views.IngestStats second = ingestAllSix();
    assertThat(second.added()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(5);
    assertThat(second.bad()).isZero();
    assertThat(storedIds()).hasSize(6);
    // Nothing of the failed attempt is left: the ledger is that of two runs that failed on nothing.
    String retried = ledger.canonicalDump();
    assertThat(retried).isEqualTo(cleanDump(1, 2, 4, 5, 6));
  }

  /** The six reports ingested with a working pipeline: what a run after a failed one does. */
  private Views.IngestStats ingestAllSix() {
    return ledger.ingest(
        IntStream.rangeClosed(1, 6).mapToObj(LedgerContract::report),
        CrashIngestMain.pipeline(),
        new Ledger.IngestOptions(2, 2),
        (r, d) -> {});
  }

  @Test
  void aFailingInputStopsTheWriterAndPropagates() throws Exception {
    AtomicLong done = new AtomicLong();
    IllegalStateException boom = new IllegalStateException("the input went away");
    Stream<ReadResult> input =
        IntStream.rangeClosed(1, 6)
            .mapToObj(
                i -> {
                  if (i == 4) {
                    // Once the first three are written, so that there is something to keep.
                    long until = System.nanoTime() + 30_000_000_000L;
                    while (done.get() < 3 && System.nanoTime() < until) {
                      Thread.onSpinWait();
                    }
                    throw boom;
                  }
                  return report(i);
                });

    assertThatThrownBy(
            () ->
                ledger.ingest(
                    input,
                    CrashIngestMain.pipeline(),
                    new Ledger.IngestOptions(2, 1),
                    (r, d) -> done.set(d)))
        .isSameAs(boom);
    assertThat(liveWriters()).isEmpty();
    assertThat(storedIds()).containsExactly("doc-1", "doc-2", "doc-3");

    // The lock is free: the same ingest again completes, storing the rest once.
    Views.IngestStats again = ingestAllSix();
    assertThat(again.added()).isEqualTo(3);
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(liveWriters()).isEmpty();
    String resumed = ledger.canonicalDump();
    assertThat(resumed).isEqualTo(cleanDump());
  }

  @Test
  void anInterruptedIngestStopsTheWriter() throws Exception {
    Stream<ReadResult> input =
        IntStream.rangeClosed(1, 6)
            .mapToObj(
                i -> {
                  if (i == 4) {
                    Thread.currentThread().interrupt();
                  }
                  return report(i);
                });
    try {
      assertThatThrownBy(
              () ->
                  ledger.ingest(
                      input,
                      CrashIngestMain.pipeline(),
                      new Ledger.IngestOptions(2, 1),
                      (r, d) -> {}))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).as("interrupt kept").isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(liveWriters()).isEmpty();
    assertThat(storedIds()).isSubsetOf("doc-1", "doc-2", "doc-3", "doc-4");

    Views.IngestStats again = ingestAllSix();
    assertThat(again.added() + again.unchanged()).isEqualTo(6);
    assertThat(storedIds()).hasSize(6);
    String resumed = ledger.canonicalDump();
    assertThat(resumed).isEqualTo(cleanDump());
  }
}
