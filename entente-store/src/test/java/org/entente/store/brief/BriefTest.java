package org.entente.store.brief;

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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Deadline;
import org.entente.model.Document;
import org.entente.model.PartialDate;
import org.entente.pipeline.Entente;
import org.entente.store.Ledger;
import org.entente.store.Queries;
import org.entente.store.Views;
import org.entente.store.brief.render.BriefHtml;
import org.entente.store.brief.render.BriefMarkdown;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefs of real SQLite ledgers built through the real pipeline: Germany–Ghana from texts of our
 * own (a signing at a Joint Commission, its second session, a training centre opened, a hostile
 * text), and EU–Morocco from the seeds of ../shared (skipped when absent).
 */
class BriefTest {

  @TempDir Path dir;

  static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 1);

  static Document text(String name, LocalDate published) {
    try (InputStream in = BriefTest.class.getResourceAsStream(name)) {
      String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int cut = t.indexOf("\n\n");
      return new Document(name, "Test Wire", published, t.substring(0, cut), t.substring(cut + 2));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Germany–Ghana through the real pipeline. */
  static Ledger ghana(Path file) {
    Ledger ledger = Ledger.open(file.toString());
    ledger.write(Entente.extract(text("accra-energy-partnership.txt", LocalDate.of(2024, 3, 12))));
    ledger.write(Entente.extract(text("berlin-energy-dialogue.txt", LocalDate.of(2025, 3, 18))));
    ledger.write(Entente.extract(text("kumasi-training-centre.txt", LocalDate.of(2025, 6, 20))));
    ledger.write(Entente.extract(text("hostile-communique.txt", LocalDate.of(2025, 10, 2))));
    return ledger;
  }

  static List<String> texts(Section s) {
    return s.statements().stream().map(st -> st.lead() + " " + st.text()).toList();
  }

  /** Every statement cites, every number resolves to a listed source, every source is cited. */
  static void assertCitationsResolve(Brief b) {
    Set<Integer> listed = new TreeSet<>();
    for (int i = 0; i < b.citations().size(); i++) {
      assertThat(b.citations().get(i).number()).isEqualTo(i + 1);
      listed.add(i + 1);
    }
    Set<Integer> cited = new TreeSet<>();
    for (Section s : b.sections()) {
      for (Statement st : s.statements()) {
        assertThat(st.cites()).as(st.text()).isNotEmpty();
        cited.addAll(st.cites());
      }
    }
    assertThat(listed).containsAll(cited);
    assertThat(cited).containsAll(listed);
    for (Citation c : b.citations()) {
      assertThat(c.text()).as("source %d", c.number()).isNotBlank();
    }
  }

  /** Every "[n]" of a rendered body is a source listed after it. */
  static void assertMarksResolve(String body, String sources, Pattern listedSource) {
    Set<Integer> marks = new TreeSet<>();
    Matcher m = Pattern.compile("\\[(\\d+)]").matcher(body);
    while (m.find()) {
      marks.add(Integer.parseInt(m.group(1)));
    }
    Set<Integer> listed = new TreeSet<>();
    Matcher l = listedSource.matcher(sources);
    while (l.find()) {
      listed.add(Integer.parseInt(l.group(1)));
    }
    assertThat(marks).isNotEmpty();
    assertThat(listed).containsAll(marks);
  }

  @Test
  void listsAgreementsMechanismsMeetingsCommitmentsAndPeopleEachCited() {
    try (Ledger ledger = ghana(dir.resolve("g.db"))) {
      Brief b = new Briefs(ledger).of("DEU", "GHA", DEC_2025, LocalDate.of(2025, 6, 1));
      assertThat(b.title()).isEqualTo("Germany – Ghana");
      assertThat(texts(b.section("agreements").orElseThrow()))
          .anyMatch(t -> t.startsWith("signed, 12 Mar 2024") && t.contains("(mou)"));
      assertThat(texts(b.section("mechanisms").orElseThrow()))
          .singleElement()
          .satisfies(
              t ->
                  assertThat(t)
                      .contains("Joint Commission", "2 sessions", "18 Mar 2025")
                      .startsWith("next expected 2"));
      assertThat(texts(b.section("meetings").orElseThrow()))
          .hasSize(3)
          .first()
          .asString()
          .startsWith("2 Oct 2025");
      List<String> open = texts(b.section("commitments").orElseThrow());
      assertThat(open.get(0)).startsWith("overdue").contains("vocational training centre");
      assertThat(open).anyMatch(t -> t.startsWith("pending") && t.contains("scholarship"));
      assertThat(texts(b.section("people").orElseThrow()))
          .anyMatch(t -> t.startsWith("DEU Anna Weber, Foreign Minister"))
          .anyMatch(t -> t.startsWith("GHA Kwame Asante, Foreign Minister"));
      assertThat(b.topics().series()).isNotEmpty();
      assertThat(b.topics().years()).containsExactly("2024", "2025");
      assertCitationsResolve(b);
      // The commitment's citation is the sentence that makes it, with its outlet and day.
      Statement overdue = b.section("commitments").orElseThrow().statements().get(0);
      Citation c = b.citations().get(overdue.cites().get(0) - 1);
      assertThat(c.text()).contains("pledged to open a joint vocational training centre");
      assertThat(c.outlet()).isEqualTo("Test Wire");
      assertThat(c.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    }
  }

  @Test
  void changesSinceTheLastBriefAndTheScorecardFollowCuration() {
    try (Ledger ledger = ghana(dir.resolve("c.db"))) {
      Briefs briefs = new Briefs(ledger);
      Brief before = briefs.of("DEU", "GHA", DEC_2025, LocalDate.of(2025, 6, 1));
      assertThat(texts(before.section("changes").orElseThrow()))
          .anyMatch(t -> t.startsWith("new meeting, 2 Oct 2025"))
          .anyMatch(t -> t.startsWith("overdue, 1 Jul 2025") && t.contains("training centre"))
          .noneMatch(t -> t.contains("Berlin"));
      assertThat(texts(before.section("scorecard").orElseThrow()).get(0)).startsWith("score 0.00");

      long centre =
          ledger
              .queries()
              .commitments(new Queries.CommitmentFilter("GHA", null, null, null, DEC_2025))
              .stream()
              .filter(r -> r.title().contains("training centre"))
              .findFirst()
              .orElseThrow()
              .id();
      ledger
          .curation()
          .markFulfilled(centre, null, LocalDate.of(2025, 6, 20), "opened in Kumasi", "analyst");
      Brief after = briefs.of("DEU", "GHA", DEC_2025, LocalDate.of(2025, 6, 1));
      assertThat(texts(after.section("changes").orElseThrow()))
          .anyMatch(t -> t.startsWith("fulfilled, 20 Jun 2025") && t.contains("training centre"));
      assertThat(texts(after.section("commitments").orElseThrow()))
          .noneMatch(t -> t.contains("training centre"));
      assertThat(texts(after.section("scorecard").orElseThrow()).get(0)).startsWith("score +1.00");

      // A later brief, since the earlier one's day, has nothing of before that day.
      Brief next = briefs.of("DEU", "GHA", LocalDate.of(2026, 6, 1), DEC_2025);
      // The yearly pledge, vague and unheard of for two years, lapsed in between; nothing older.
      assertThat(texts(next.section("changes").orElseThrow()))
          .containsExactly("lapsed, 12 Mar 2026 DEU–GHA: meet in the Joint Commission every year");
      assertThat(next.section("changes").orElseThrow().heading()).contains("1 Dec 2025");
      assertThat(texts(next.section("mechanisms").orElseThrow()).get(0)).startsWith("late:");
      assertCitationsResolve(after);
      assertCitationsResolve(next);
    }
  }

  @Test
  void markdownAndHtmlEscapeHostileDocumentText() {
    try (Ledger ledger = ghana(dir.resolve("x.db"))) {
      ledger
          .curation()
          .add(
              "commitment",
              List.of("DEU", "GHA"),
              "<img src=x onerror=alert(1)> build a port",
              LocalDate.of(2025, 10, 3),
              PartialDate.parse("2026-05-01"),
              Deadline.Kind.EXACT,
              "by 1 May 2026 <script>window.__xss=2</script>",
              "analyst");
      Brief b = new Briefs(ledger).of("DEU", "GHA", DEC_2025, LocalDate.of(2025, 6, 1));
      assertCitationsResolve(b);
      assertThat(b.citations()).anyMatch(c -> c.title().contains("<script>"));
      assertThat(b.citations()).anyMatch(c -> c.docId() == null); // the curated record

      String html = BriefHtml.write(b);
      assertThat(html).doesNotContain("<script", "<img", "<b>", "onerror=\"");
      assertThat(html)
          .contains("&lt;script&gt;window.__xss=1&lt;/script&gt;")
          .contains("&lt;img src=x onerror=alert(1)&gt; build a port")
          .contains("@page");
      String md = BriefMarkdown.write(b);
      assertThat(md).doesNotContain("<script", "<img", "<b>", "](javascript");
      assertThat(md).contains("&lt;script&gt;", "\\[link\\]\\(javascript:alert\\(1\\)\\)");
      int sources = md.indexOf("\n## Sources\n");
      assertMarksResolve(
          md.substring(0, sources), md.substring(sources), Pattern.compile("(?m)^(\\d+)\\. "));
      int list = html.indexOf("<section id=\"sources\"");
      assertMarksResolve(
          html.substring(0, list), html.substring(list), Pattern.compile("<li id=\"c(\\d+)\""));
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "/work/shared/seeds/000_a.txt, 000_a.txt",
    "corpus.jsonl, corpus.jsonl",
    "https://example.org/feed.xml, https://example.org/feed.xml",
    "Rabat Wire, Rabat Wire",
    "C:\\news\\wire.txt, wire.txt"
  })
  void namesAFileOutletByItsFileName(String source, String outlet) {
    assertThat(Citations.outlet(source)).isEqualTo(outlet);
  }

  @Test
  void refusesASinceDayAfterTheBriefsDayAndAPairOfOne() {
    try (Ledger ledger = ghana(dir.resolve("e.db"))) {
      Briefs briefs = new Briefs(ledger);
      assertThatThrownBy(() -> briefs.of("DEU", "GHA", DEC_2025, DEC_2025.plusDays(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("after the brief's day");
      assertThatThrownBy(() -> briefs.of("DEU", "DEU", DEC_2025, DEC_2025))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anEmptyRelationshipSaysSoInEverySection() {
    try (Ledger ledger = ghana(dir.resolve("n.db"))) {
      Brief b = new Briefs(ledger).of("FRA", "JPN", DEC_2025, LocalDate.of(2025, 1, 1));
      assertThat(b.citations()).isEmpty();
      assertThat(b.sections()).allMatch(s -> s.statements().isEmpty() && !s.none().isBlank());
      assertThat(BriefMarkdown.write(b)).contains("No agreement between the two is recorded.");
    }
  }

  static Document seed(String file, LocalDate published) throws IOException {
    Path shared = Path.of(System.getProperty("entente.shared", "../shared"));
    Path p = shared.resolve("seeds").resolve(file);
    Assumptions.assumeTrue(Files.exists(p), "shared seeds not found at " + p.toAbsolutePath());
    return new Document(file, "seed", published, null, Files.readString(p, StandardCharsets.UTF_8));
  }

  @Test
  void seedBriefOfEuAndMoroccoShowsTheSecurityDialogueDueBeforeTheEndOfTheYear()
      throws IOException {
    try (Ledger ledger = Ledger.open(dir.resolve("s.db").toString())) {
      ledger.write(Entente.extract(seed("000_d229c2b0a62b5690.txt", LocalDate.of(2025, 4, 17))));
      ledger.write(Entente.extract(seed("003_352958777753260f.txt", LocalDate.of(2025, 4, 14))));
      Brief b = new Briefs(ledger).of("EU", "MAR", DEC_2025, LocalDate.of(2025, 1, 1));
      List<Views.LedgerRecord> expected =
          ledger
              .queries()
              .commitments(new Queries.CommitmentFilter("MAR", null, null, null, DEC_2025))
              .stream()
              .filter(r -> r.parties().contains("EU"))
              .toList();
      assertThat(expected).isNotEmpty();
      List<String> open = texts(b.section("commitments").orElseThrow());
      for (Views.LedgerRecord r : expected) {
        if (r.commitmentStatus().label().matches("pending|overdue")) {
          assertThat(open).anyMatch(t -> t.contains(r.title()));
        }
      }
      assertThat(open)
          .anyMatch(
              t ->
                  t.toLowerCase(Locale.ROOT).contains("security") && t.contains("end of the year"));
      assertThat(b.section("agreements").orElseThrow().statements()).isNotEmpty();
      assertCitationsResolve(b);
      // The seed is mis-encoded; its quotations read repaired.
      assertThat(b.citations()).noneMatch(c -> c.text().contains("Ć©") || c.text().contains("Ã©"));
      assertThat(b.citations()).anyMatch(c -> c.text().contains("communiqué"));
    }
  }
}
