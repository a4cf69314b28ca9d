package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.pipeline.Entente;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.store.Ledger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger commands on a real SQLite ledger of the bundled examples: text a person can read. */
class LedgerCommandsTest {

  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void ingestTheExamples() throws Exception {
    Path examples = Path.of("../examples/texts");
    Path seeds = Path.of("../../shared/seeds");
    db = dir.resolve("ledger.db").toString();
    try (Ledger ledger = Ledger.open(db)) {
      List<Path> in = Files.isDirectory(seeds) ? List.of(examples, seeds) : List.of(examples);
      ledger.ingest(
          DocumentSource.read(in, ReadOptions.defaults()),
          Entente.pipeline(),
          Ledger.IngestOptions.defaults(),
          (r, d) -> {});
    }
  }

  /** No Java null, map or "1 documents" reaches a reader. */
  private static void assertReadable(String out) {
    assertThat(out)
        .doesNotContainPattern("\\bnull\\b")
        .doesNotContainPattern("\\{\\w+=")
        .doesNotContainPattern("\\b1 (documents|sessions|days)\\b")
        .doesNotContain("session(s)");
  }

  @Test
  void dossierPrintsNoNullsOrMaps() {
    Cli r = Cli.run("dossier", "FRA", "SEN", "--db", db, "--as-of", "2026-12-01");
    assertThat(r.rc()).as(r.err()).isZero();
    assertThat(r.out()).contains("Dossier FRA (France) – SEN (Senegal)", "Topics by year:");
    assertReadable(r.out());
    assertThat(r.out()).containsPattern("\\n  2026: [a-z_]+ \\d");
  }

  private static final java.util.regex.Pattern NEXT =
      java.util.regex.Pattern.compile("next: --offset (\\d+)");

  private static Cli listing(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--db", db, "--as-of", "2026-12-01"));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertThat(r.rc()).as(r.err()).isZero();
    return r;
  }

  /** The record lines of an output (" #12 2026-09-21 meeting …"). */
  private static List<String> recordLines(String out) {
    return out.lines().filter(l -> l.startsWith("  #")).toList();
  }

  /**
   * Every page of {@code args} from offset 0, each asked for at the offset the one before names.
   */
  private static List<String> pages(String... args) {
    List<String> out = new java.util.ArrayList<>();
    String offset = "0";
    for (int n = 0; offset != null; n++) {
      assertThat(n).as("pages").isLessThan(100);
      List<String> a = new java.util.ArrayList<>(List.of(args));
      a.addAll(List.of("--offset", offset));
      Cli p = listing(a.toArray(String[]::new));
      out.addAll(recordLines(p.out()));
      java.util.regex.Matcher m = NEXT.matcher(p.out());
      offset = m.find() ? m.group(1) : null;
    }
    return out;
  }

  /**
   * Listings come a page at a time and name the next: the pages of a timeline and of the board,
   * asked for one after the other, are the whole listing (--all) without gap or repeat; a dossier
   * section cut to its latest records says how many it has and where the earlier ones are, and
   * those pages with the latest are the whole section.
   */
  @Test
  void listingsComeAPageAtATimeAndNameTheNext() {
    List<String> timeline = recordLines(listing("timeline", "SEN", "--all").out());
    assertThat(timeline).hasSizeGreaterThan(4);
    assertThat(listing("timeline", "SEN", "--limit", "3").out())
        .contains("Records 1–3 of " + timeline.size() + "; next: --offset 3.");
    assertThat(pages("timeline", "SEN", "--limit", "3")).isEqualTo(timeline);
    List<String> board = recordLines(listing("commitments", "--all").out());
    assertThat(board).hasSizeGreaterThan(4);
    assertThat(pages("commitments", "--limit", "4")).isEqualTo(board);

    String whole = listing("dossier", "EU", "TUN", "--all").out();
    List<String> agreements =
        recordLines(
            whole.substring(
                whole.indexOf("Frameworks and agreements:"), whole.indexOf("Mechanisms:")));
    assertThat(agreements).hasSizeGreaterThan(1);
    String cut = listing("dossier", "EU", "TUN", "--limit", "1").out();
    assertThat(cut)
        .contains(
            "(the latest 1 of "
                + agreements.size()
                + "; earlier: entente dossier EU TUN --section agreements --offset "
                + Math.max(0, agreements.size() - 2)
                + ")");
    List<String> earlier = pages("dossier", "EU", "TUN", "--section", "agreements", "--limit", "1");
    assertThat(earlier).isEqualTo(agreements);
    assertThat(recordLines(cut)).contains(agreements.get(agreements.size() - 1));
    assertReadable(cut);
  }

  @Test
  void showAndSearchPrintUndatedAsUndated() {
    Cli search = Cli.run("search", "Arab", "League", "--db", db);
    assertThat(search.rc()).isZero();
    assertThat(search.out()).contains("example-4  undated  Undated item");
    assertReadable(search.out());
    for (int id = 1; id <= 12; id++) {
      Cli show = Cli.run("show", String.valueOf(id), "--db", db);
      if (show.rc() == 0) {
        assertReadable(show.out());
        assertThat(show.out()).doesNotContain("()");
      }
    }
  }

  @Test
  void searchHighlightsTheWordsSoughtNotFunctionWords() {
    Cli r = Cli.run("search", "visit", "to", "the", "League", "--db", db);
    assertThat(r.rc()).isZero();
    assertThat(r.out()).contains("[League]").doesNotContain("[the]", "[to]");
  }

  @Test
  void unknownActorsAreUsageErrorsWithSuggestions() {
    Cli r = Cli.run("dossier", "FRA", "SNE", "--db", db);
    assertThat(r.rc()).isEqualTo(2);
    assertThat(r.err()).contains("unknown actor B 'SNE'", "did you mean SEN?");
    assertThat(r.out()).isEmpty();
    Cli none = Cli.run("dossier", "XXX", "FRA", "--db", db);
    assertThat(none.rc()).isEqualTo(2);
    assertThat(none.err()).contains("unknown actor A 'XXX'");
    Cli byName = Cli.run("timeline", "Senegal", "--db", db);
    assertThat(byName.rc()).isEqualTo(2);
    assertThat(byName.err()).contains("did you mean SEN?");
    Cli party = Cli.run("commitments", "--party", "fra", "--db", db);
    assertThat(party.rc()).isEqualTo(2);
    assertThat(party.err()).contains("did you mean FRA?");
  }

  @Test
  void scorecardFollowsTheCuratorsOutcomeAsTableAndCsv() {
    long id;
    try (Ledger ledger = Ledger.open(db)) {
      id =
          ledger
              .curation()
              .add(
                  "commitment",
                  List.of("FRA", "SEN"),
                  "open a joint lighthouse museum",
                  java.time.LocalDate.of(2026, 1, 5),
                  org.entente.model.PartialDate.parse("2026-03-31"),
                  org.entente.model.Deadline.Kind.EXACT,
                  "by 31 March 2026",
                  "tester");
    }
    String[] period = {"--db", db, "--from", "2026-03-01", "--to", "2026-06-30"};
    Cli before = Cli.run(concat(new String[] {"scorecard", "FRA", "SEN"}, period));
    assertThat(before.rc()).as(before.err()).isZero();
    assertThat(before.out())
        .contains("FRA–SEN  2026-03-01 to 2026-06-30", "pending", "open a joint lighthouse museum");
    assertReadable(before.out());
    Cli curate =
        Cli.run("curate", "outcome", Long.toString(id), "broken", "--by", "tester", "--db", db);
    assertThat(curate.rc()).as(curate.err()).isZero();
    Cli csv = Cli.run(concat(new String[] {"scorecard", "FRA", "SEN", "--format", "csv"}, period));
    assertThat(csv.rc()).as(csv.err()).isZero();
    assertThat(csv.out().split("\r\n")[0]).startsWith("\"subject\",\"from\",\"to\",\"score\"");
    assertThat(csv.out())
        .contains(
            "\"FRA–SEN\"",
            "\"open a joint lighthouse museum\"",
            "\"broken\",\"-1\",\"true\"",
            "\"-1.0000\"");
    Cli bad =
        Cli.run("curate", "outcome", Long.toString(id), "maybe", "--by", "tester", "--db", db);
    assertThat(bad.rc()).isNotZero();
    Cli reversed = Cli.run("scorecard", "--db", db, "--from", "2027-01-01", "--to", "2026-01-01");
    assertThat(reversed.rc()).isEqualTo(2);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
