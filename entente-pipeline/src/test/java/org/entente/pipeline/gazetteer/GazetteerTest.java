package org.entente.pipeline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention.How;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private static final Gazetteer G = Gazetteer.defaults();
  private static final LocalDate Y2014 = LocalDate.of(2014, 6, 1);
  private static final LocalDate Y1987 = LocalDate.of(1987, 3, 1);

  private static List<String> codes(String text, LocalDate published) {
    return G.findActors(text, published).stream().map(ActorMatch::code).toList();
  }

  private static List<String> expected(String list) {
    return list == null ? List.of() : Arrays.asList(list.split(" "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Kingdom of Morocco and the French Republic signed | MAR FRA",
        "United States of America | USA",
        "Moroccan and French ministers | MAR FRA",
        "Papua New Guinea and Guinea-Bissau, not Guinea | PNG GNB GIN",
        "Officials in New Mexico met | ",
        "South Sudan and Sudan | SSD SDN",
        "Niger, Nigeria and a Nigerian envoy | NER NGA NGA",
        "Morocco's king and Morocco’s envoy | MAR MAR",
        "Moroccans and Palestinians | MAR PSE",
        "EU-Morocco talks | EU MAR",
        "U.S.-Soviet talks | USA SUN",
        "Morocco-France ties | MAR FRA",
        "JAPAN, U.S. SET TO BEGIN TALKS | JPN USA",
        "the roast turkey was fine | ",
        "Turkey and Greece | TUR GRC",
        "The star Michael Jordan scored while Jordan protested | JOR",
        "He flew to Atlanta, Georgia, then to Georgia's capital | GEO",
        "the Washington Post said Washington would respond | USA",
        "Latin American leaders met American officials | USA",
        "the US and us | USA",
        "LET US GO | ",
        "Dutch, Swiss, Saudi and Israeli envoys | NLD CHE SAU ISR",
        "NATO and the U.N. Security Council | NATO UN",
        "the Security Council and the White House National Security Council | UN USA",
        "the nato summit | ",
        "the European Union and the IMF and World Bank | EU IMF WB",
        "the Group of Seven, the G-7 and the G7 | G7 G7 G7",
        "the Arab League, the League of Arab States | ARAB_LEAGUE ARAB_LEAGUE",
        "UNHCR and the IOM with UNICEF | UNHCR IOM UNICEF",
        "the Élysée and the Elysee and Downing Street | FRA FRA GBR",
        "Kosovo and the Palestinian Authority | XKX PSE",
        "South Korea, North Korea, ROK and DPRK | KOR PRK KOR PRK",
        "the Korea-Chile FTA, North Korean troops, the Korean Peninsula | KOR CHL PRK",
        "an open guinea pig | ",
        "UNESCOPE and NATOs | ",
        "said Chad Bown, and Victoria Nuland went to Chad | TCD",
        "the Jordan River and Jordan's king | JOR JOR",
        "Jordan Foreign Minister Ana Vega met Chad Ortiz | JOR",
        "the President of Chad Luis Ortiz and Georgia Embassy staff | TCD GEO",
        "St. Lucia, St Kitts and Nevis and St. Vincent and the Grenadines | LCA KNA VCT",
        "the street St. Paul and a Saint Lucian envoy | LCA",
      })
  void findsActorsIn2014(String text, String codes) {
    assertThat(codes(text, Y2014)).isEqualTo(expected(codes));
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource({
    "Moscow said, 1987-03-01, SUN",
    "Moscow said, 2014-07-26, RUS",
    "the Kremlin said, 1991-12-31, SUN",
    "the Kremlin said, 1992-01-01, RUS",
    "Russia and Russians, 1987-03-01, SUN SUN",
    "Russia and Russians, 2018-03-20, RUS RUS",
    "the European Commission, 1987-03-17, EC",
    "the European Commission, 2019-10-28, EU",
    "the EC Commission, 1987-03-17, EC",
    "Bonn and West Germany, 1987-03-17, DEU DEU",
    "East Germany, 1987-03-17, DDR",
    "Peking, 1987-03-17, CHN",
  })
  void choosesCodesByPublicationDate(String text, LocalDate published, String codes) {
    assertThat(codes(text, published)).isEqualTo(expected(codes));
  }

  @Test
  void undatedDocumentsFollowTodaysConventions() {
    assertThat(codes("Moscow and the European Commission", null)).containsExactly("RUS", "EU");
  }

  @ParameterizedTest
  @CsvSource({
    "the Maldivian delegation, MDV",
    "a Tajik minister, TJK",
    "Bosnian officials, BIH",
    "the Ecuadorian envoy, ECU",
    "a Philippine senator, PHL",
    "the Lao PDR, LAO",
  })
  void readsTheAdjectivesOfDiplomaticUsage(String text, String code) {
    assertThat(codes(text, null)).containsExactly(code);
  }

  @Test
  void reportsSpansKindsAndForms() {
    String text = "Moroccans met the EU Commission in Rabat.";
    assertThat(G.findActors(text, Y2014))
        .containsExactly(
            new ActorMatch(0, 9, "MAR", ActorKind.STATE, How.DEMONYM),
            new ActorMatch(18, 31, "EU", ActorKind.ORGANISATION, How.INSTITUTION),
            new ActorMatch(35, 40, "MAR", ActorKind.STATE, How.CAPITAL));
    assertThat(G.findActors("NATO", Y2014).get(0).how()).isEqualTo(How.ACRONYM);
  }

  @Test
  void findsAndGeocodesCities() {
    List<PlaceMatch> places =
        G.findPlaces("Talks in Geneva, then Rabat and São Paulo; not geneva.");
    assertThat(places).extracting(PlaceMatch::name).containsExactly("Geneva", "Rabat", "São Paulo");
    assertThat(places.get(0).location().country()).isEqualTo("CHE");
    assertThat(places.get(1).location().country()).isEqualTo("MAR");
  }

  @Test
  void skipsCitiesThatArePartOfPersonNames() {
    assertThat(G.findPlaces("Then John Bolton and Vladimir Putin met in Washington Tuesday."))
        .extracting(PlaceMatch::name)
        .containsExactly("Washington");
  }

  @Test
  void looksUpActorsAndCities() {
    assertThat(G.actor("MAR"))
        .hasValue(new ActorInfo("MAR", "Morocco", ActorKind.STATE, "Moroccan", "Rabat"));
    assertThat(G.actor("SUN").map(ActorInfo::name)).hasValue("Soviet Union");
    assertThat(G.actor("NATO").map(ActorInfo::kind)).hasValue(ActorKind.ORGANISATION);
    assertThat(G.actor("XXX")).isEmpty();
    assertThat(G.city("paris").map(l -> l.country())).hasValue("FRA");
    assertThat(G.city("Washington").map(l -> l.country())).hasValue("USA");
    assertThat(G.city("Zurich").map(l -> l.country())).hasValue("CHE");
    assertThat(G.city("Atlantis")).isEmpty();
    assertThat(G.isCapitalOf("Rabat", "MAR")).isTrue();
    assertThat(G.isCapitalOf("Bonn", "DEU")).isTrue();
    assertThat(G.isCapitalOf("Casablanca", "MAR")).isFalse();
  }

  @Test
  void holdsAtLeast150Organisations() {
    assertThat(
            List.of("EU", "UN", "AU", "NATO", "OSCE", "ASEAN", "GCC", "ECOWAS", "OIC").stream()
                .allMatch(c -> G.actor(c).isPresent()))
        .isTrue();
    long orgs =
        java.util.stream.IntStream.range(0, 1)
            .mapToLong(
                x ->
                    GazetteerLoader.defaults().actors.values().stream()
                        .filter(a -> a.kind() == ActorKind.ORGANISATION)
                        .count())
            .sum();
    assertThat(orgs).isGreaterThanOrEqualTo(150);
  }

  @Test
  void staysLinearOnHostileInput() {
    String caps = "A".repeat(1_000_000);
    String words = "United United United States ".repeat(50_000);
    assertThat(G.findActors(caps, null)).isEmpty();
    assertThat(G.findActors(words, null)).hasSize(50_000);
    assertThat(G.findActors("", null)).isEmpty();
    assertThat(G.findActors("\u0000\uFFFF\uD800 Москва 東京 Morocco", null))
        .extracting(ActorMatch::code)
        .containsExactly("MAR");
  }
}
