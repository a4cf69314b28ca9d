package org.entente.store.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.model.Document;
import org.entente.pipeline.Entente;
import org.entente.store.Ledger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts on a real SQLite ledger built through the real pipeline: the EU–Morocco seed of
 * ../shared/seeds (skipped when absent) followed by texts of our own, and a yearly mechanism of our
 * own invention.
 */
class WatchAlertsTest {

  @TempDir Path dir;

  private static final Watchlist MOROCCO =
      new Watchlist(
          "morocco",
          List.of(),
          List.of(Watchlist.Pair.parse("EU/MAR"), Watchlist.Pair.parse("FRA/MAR")),
          List.of(),
          Set.of(),
          14);

  static Document seed(String file, LocalDate published) throws IOException {
    Path shared = Path.of(System.getProperty("entente.shared", "../shared"));
    Path p = shared.resolve("seeds").resolve(file);
    Assumptions.assumeTrue(Files.exists(p), "shared seeds not found at " + p.toAbsolutePath());
    return new Document(file, "seed", published, null, Files.readString(p, StandardCharsets.UTF_8));
  }

  /** A test text: its first line is the title, the rest after a blank line the body. */
  static Document text(String name, LocalDate published) {
    try (InputStream in = WatchAlertsTest.class.getResourceAsStream(name)) {
      String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int cut = t.indexOf("\n\n");
      return new Document(name, "test", published, t.substring(0, cut), t.substring(cut + 2));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Alert> securityDialogue(List<Alert> alerts, AlertKind kind) {
    return alerts.stream()
        .filter(a -> a.kind() == kind)
        .filter(a -> a.title().toLowerCase(Locale.ROOT).contains("security"))
        .toList();
  }

  @Test
  void commitmentAlertsDueSoonThenOverdueThenFulfilledWithEvidence() throws IOException {
    try (Ledger ledger = Ledger.open(dir.resolve("w.db").toString())) {
      ledger.write(Entente.extract(seed("000_d229c2b0a62b5690.txt", LocalDate.of(2025, 4, 17))));
      ledger.write(Entente.extract(seed("003_352958777753260f.txt", LocalDate.of(2025, 4, 14))));

      List<Alert> dec =
          Alerts.find(ledger, MOROCCO, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 21));
      List<Alert> due = securityDialogue(dec, AlertKind.DUE_SOON);
      assertThat(due).as("due-soon alerts in %s", dec).hasSize(1);
      assertThat(due.get(0).days()).isEqualTo(10L);
      assertThat(due.get(0).relationship()).isEqualTo("EU–MAR");
      assertThat(due.get(0).evidence()).isNotEmpty();
      assertThat(due.get(0).evidence().get(0).texts()).anyMatch(t -> t.contains("end of the year"));
      assertThat(securityDialogue(dec, AlertKind.OVERDUE)).isEmpty();

      List<Alert> jan =
          Alerts.find(ledger, MOROCCO, LocalDate.of(2025, 12, 21), LocalDate.of(2026, 1, 5));
      List<Alert> overdue = securityDialogue(jan, AlertKind.OVERDUE);
      assertThat(overdue).as("overdue alerts in %s", jan).hasSize(1);
      assertThat(overdue.get(0).on()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(securityDialogue(jan, AlertKind.DUE_SOON)).isEmpty();

      ledger.write(
          Entente.extract(text("security-dialogue-held-late.txt", LocalDate.of(2026, 1, 19))));
      List<Alert> after =
          Alerts.find(ledger, MOROCCO, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25));
      List<Alert> done = securityDialogue(after, AlertKind.FULFILLED);
      assertThat(done).as("fulfilled alerts in %s", after).hasSize(1);
      Alert f = done.get(0);
      assertThat(f.relatedRecordId()).isNotNull();
      assertThat(f.evidence())
          .anyMatch(
              e -> e.docId().equals("security-dialogue-held-late.txt") && !e.texts().isEmpty());
      assertThat(securityDialogue(after, AlertKind.OVERDUE)).as("no longer overdue").isEmpty();
      assertThat(after)
          .anyMatch(
              a -> a.kind() == AlertKind.NEW_MEETING && a.recordId().equals(f.relatedRecordId()));

      // The same question twice: alerts are derived, never stored, and come back equal.
      assertThat(Alerts.find(ledger, MOROCCO, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25)))
          .isEqualTo(after);
    }
  }

  @Test
  void yearlyMechanismIsExpectedThenLateAfterFifteenMonthsWithoutASession() {
    Watchlist portugal =
        new Watchlist("portugal", List.of("PRT"), List.of(), List.of(), Set.of(), 30);
    try (Ledger ledger = Ledger.open(dir.resolve("m.db").toString())) {
      ledger.write(Entente.extract(text("joint-commission-2023.txt", LocalDate.of(2023, 5, 10))));
      ledger.write(Entente.extract(text("joint-commission-2024.txt", LocalDate.of(2024, 5, 14))));
      ledger.write(Entente.extract(text("joint-commission-2025.txt", LocalDate.of(2025, 5, 13))));

      List<Alert> april =
          Alerts.find(ledger, portugal, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
      assertThat(april)
          .as("alerts as of 2026-04-30")
          .anyMatch(a -> a.kind() == AlertKind.SESSION_DUE);
      assertThat(april).noneMatch(a -> a.kind() == AlertKind.SESSION_LATE);

      LocalDate fifteenMonths = LocalDate.of(2026, 8, 13);
      List<Alert> august =
          Alerts.find(ledger, portugal, fifteenMonths.minusDays(30), fifteenMonths);
      List<Alert> late = august.stream().filter(a -> a.kind() == AlertKind.SESSION_LATE).toList();
      assertThat(late).as("alerts as of %s: %s", fifteenMonths, august).hasSize(1);
      assertThat(late.get(0).relationship()).isEqualTo("MAR–PRT");
      assertThat(late.get(0).days()).isNegative();
      assertThat(late.get(0).recordId()).as("links to the last session").isNotNull();
      assertThat(late.get(0).evidence())
          .anyMatch(e -> e.docId().equals("joint-commission-2025.txt"));
      assertThat(august.get(0).kind()).as("most urgent first").isEqualTo(AlertKind.SESSION_LATE);
    }
  }

  /** A deadline whose year the text does not give ("by April") cannot be due soon, nor crash. */
  @Test
  void deadlineWithoutAYearIsNeverDueSoon() {
    try (Ledger ledger = Ledger.open(dir.resolve("y.db").toString())) {
      ledger
          .curation()
          .add(
              "commitment",
              List.of("EU", "MAR"),
              "review the quota arrangement",
              LocalDate.of(2026, 3, 2),
              org.entente.model.PartialDate.parse("XXXX-04"),
              org.entente.model.Deadline.Kind.LATEST,
              "by April",
              "test");
      ledger
          .curation()
          .add(
              "commitment",
              List.of("EU", "MAR"),
              "publish the joint roadmap",
              LocalDate.of(2026, 3, 2),
              org.entente.model.PartialDate.parse("2026-04-10"),
              org.entente.model.Deadline.Kind.EXACT,
              "by 10 April",
              "test");
      List<Alert> alerts =
          Alerts.find(ledger, MOROCCO, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
      assertThat(alerts)
          .filteredOn(a -> a.kind() == AlertKind.DUE_SOON)
          .extracting(Alert::title)
          .containsExactly("publish the joint roadmap");
      assertThat(alerts)
          .filteredOn(a -> a.kind() == AlertKind.NEW_COMMITMENT)
          .extracting(Alert::title)
          .contains("review the quota arrangement");
    }
  }

  @Test
  void watchlistsAreKeptInTheLedgerAndValidated() {
    try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
      Watchlists ws = new Watchlists(ledger);
      ws.add(MOROCCO);
      ws.add(
          new Watchlist(
              "energy",
              List.of("mar"),
              List.of(),
              List.of("energy"),
              Set.of(AlertKind.DUE_SOON),
              7));
      assertThat(ws.list()).extracting(Watchlist::name).containsExactly("energy", "morocco");
      assertThat(ws.find("morocco")).contains(MOROCCO);
      assertThat(ws.find("energy").orElseThrow().actors()).containsExactly("MAR");
      assertThatThrownBy(() -> ws.add(MOROCCO)).hasMessageContaining("exists already");
      assertThat(ws.remove("energy")).isTrue();
      assertThat(ws.remove("energy")).isFalse();
      assertThat(ws.list()).extracting(Watchlist::name).containsExactly("morocco");
    }
    assertThatThrownBy(
            () -> new Watchlist("x y", List.of("MAR"), List.of(), List.of(), Set.of(), 7))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> new Watchlist("x", List.of(), List.of(), List.of(), Set.of(), 7))
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> Watchlist.Pair.parse("EU-MAR")).hasMessageContaining("A/B");
    assertThatThrownBy(() -> AlertKind.of("sooner")).hasMessageContaining("due_soon");
  }
}
