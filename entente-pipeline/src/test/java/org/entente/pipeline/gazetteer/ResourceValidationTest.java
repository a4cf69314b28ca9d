package org.entente.pipeline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceValidationTest {

  private static final String STATES =
      "# a comment\n"
          + String.join("\t", GazetteerLoader.STATE_HEADER)
          + "\nMAR\tMA\tMorocco\tKingdom of Morocco\tMoroccan\tRabat\t32\t-5\tindependent\n";

  private static List<TsvFile.Row> rows(String file, String text, String... header)
      throws IOException {
    return TsvFile.parse(file, new BufferedReader(new StringReader(text)), header);
  }

  private static GazetteerLoader withMorocco() throws IOException {
    GazetteerLoader l = new GazetteerLoader();
    l.states("states.tsv", rows("states.tsv", STATES, GazetteerLoader.STATE_HEADER));
    return l;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Atlantis\\tXXX\\tNAME | extra.tsv:3: unknown actor code 'XXX'",
        "Morocco\\tMAR\\tNICKNAME | extra.tsv:3: unknown how 'NICKNAME'",
        "\\tMAR\\tNAME | extra.tsv:3: empty alias",
        "Morocco\\tMAR\\tNAME\\tshaky | extra.tsv:3: unknown flag 'shaky'",
        "Morocco\\tMAR\\tNAME\\t\\t1990-13-01 | extra.tsv:3: not a date (YYYY-MM-DD): '1990-13-01'",
        "Morocco\\tMAR\\tNAME\\t\\t1990-01-01\\t1980-01-01 | extra.tsv:3: period ends",
        "Morocco\\tMAR\\tNAME\\t\\t\\t\\tmore | extra.tsv:3: expected at most 6 columns",
        "Morocco\\t-\\tNAME | extra.tsv:3: a guard has both code and how '-'",
      })
  void rejectsBadAliasLinesNamingFileAndLine(String line, String message) throws IOException {
    GazetteerLoader l = withMorocco();
    String text =
        "# hand-written\n"
            + String.join("\t", GazetteerLoader.ALIAS_HEADER)
            + "\n"
            + line.replace("\\t", "\t")
            + "\n";
    assertThatThrownBy(() -> l.aliasRows(rows("extra.tsv", text, GazetteerLoader.ALIAS_HEADER)))
        .isInstanceOf(GazetteerException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "EU\\tEuropean Union\\tEU||E.U. => orgs.tsv:3: empty or malformed alias ''",
        "EU\\tEuropean Union\\tEU[sometimes] => orgs.tsv:3: unknown alias flag 'sometimes'",
        "MAR\\tMaroc Org\\t => orgs.tsv:3: duplicate code 'MAR'",
        "eu\\tEuropean Union\\t => orgs.tsv:3: organisation code must be capitals",
        "EU\\t\\tEU => orgs.tsv:3: empty name",
      })
  void rejectsBadOrganisationLinesNamingFileAndLine(String line, String message)
      throws IOException {
    GazetteerLoader l = withMorocco();
    String text =
        "# orgs\n"
            + String.join("\t", GazetteerLoader.ORG_HEADER)
            + "\n"
            + line.replace("\\t", "\t");
    assertThatThrownBy(() -> l.organisations(rows("orgs.tsv", text, GazetteerLoader.ORG_HEADER)))
        .isInstanceOf(GazetteerException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void rejectsAWrongHeader() {
    assertThatThrownBy(() -> rows("x.tsv", "code\tname\n", GazetteerLoader.ORG_HEADER))
        .isInstanceOf(GazetteerException.class)
        .hasMessageStartingWith("x.tsv:1: header must be");
  }

  @Test
  void rejectsABadCityLine() throws IOException {
    GazetteerLoader l = withMorocco();
    String text =
        String.join("\t", GazetteerLoader.CITY_HEADER) + "\nRabat\tMAR\tnorth\t-6.8\t1000\t\n";
    assertThatThrownBy(() -> l.cities(rows("c.tsv", text, GazetteerLoader.CITY_HEADER)))
        .hasMessage("c.tsv:2: not a number: 'north'");
  }

  @Test
  void rejectsConflictingHandWrittenAliases() throws IOException {
    GazetteerLoader l = withMorocco();
    l.organisations(
        rows(
            "orgs.tsv",
            String.join("\t", GazetteerLoader.ORG_HEADER) + "\nEU\tEuropean Union\tMorocco Union\n",
            GazetteerLoader.ORG_HEADER));
    List<Alias> extra =
        l.aliasRows(
            rows(
                "extra.tsv",
                String.join("\t", GazetteerLoader.ALIAS_HEADER)
                    + "\nMorocco Union\tMAR\tNAME\t\t2000-01-01\n",
                GazetteerLoader.ALIAS_HEADER));
    List<Alias> all = new java.util.ArrayList<>(extra);
    all.addAll(l.aliases);
    assertThatThrownBy(() -> GazetteerLoader.checkNoConflicts(all))
        .hasMessageContaining("orgs.tsv:2: alias 'Morocco Union' already defined at extra.tsv:2");
  }

  @Test
  void acceptsCaseVariantsAndDisjointPeriods() throws IOException {
    GazetteerLoader l = withMorocco();
    l.organisations(
        rows(
            "orgs.tsv",
            String.join("\t", GazetteerLoader.ORG_HEADER)
                + "\nNATO\tNorth Atlantic Treaty Organization\tNATO|Nato\n"
                + "EC\tEuropean Community\tEuropean Commission[institution,until=1993-10-31]\n"
                + "EU\tEuropean Union\tEuropean Commission[institution,from=1993-11-01]\n",
            GazetteerLoader.ORG_HEADER));
    GazetteerLoader.checkNoConflicts(l.aliases);
    assertThat(l.aliases).hasSize(7);
  }
}
