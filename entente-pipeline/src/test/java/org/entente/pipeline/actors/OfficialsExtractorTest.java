package org.entente.pipeline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.entente.model.Document;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Officials and their affiliations in fixture texts written for these tests (invented names),
 * through the default pipeline. Each expectation lists "name=CODE" sorted by name.
 */
class OfficialsExtractorTest {

  /** The officials of {@code text} as "name=CODE", sorted by name (also for KnownOfficialsTest). */
  static String persons(String text) {
    Document d = new Document("t", null, LocalDate.of(2026, 3, 4), null, text);
    return Entente.pipeline().extract(d).persons().stream()
        .map(p -> p.name() + "=" + p.affiliation())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Moroccan Foreign Minister Samir Alaoui met his Spanish counterpart. | Samir Alaoui=MAR
          Foreign Minister of Jordan Karim Haddad met Omani officials. | Karim Haddad=JOR
          UN Under-Secretary-General Ana Tello met Omani officials. | Ana Tello=UN
          Under-Secretary-General for Political Affairs Ana Tello met Omani officials. | Ana Tello=UN
          Ambassador-at-large Tan Wei Ming of Singapore met Omani officials. | Tan Wei Ming=SGP
          Minister Counsellor Li Wei of the Chinese Embassy met Omani officials. | Li Wei=CHN
          IMF Managing Director Ana Tello met Omani officials in Brussels. | Ana Tello=IMF
          UN Special Envoy for Libya Ana Tello met Omani officials. | Ana Tello=UN
          Ana Tello, the Special Representative of the Secretary-General for Libya, met Omani officials. | Ana Tello=UN
          Sheikh Fahad Al-Noor, Minister of Foreign Affairs of the State of Kuwait, called. | Fahad Al-Noor=KWT
          Minister of State at the Danish Foreign Ministry Eva Holm met Foreign Minister Ali Reza. | Eva Holm=DNK
          Kenyan President Daniel Otieno and Foreign Minister Grace Wanjiru arrived in Accra. | Daniel Otieno=KEN, Grace Wanjiru=KEN
          Peru's Ana Flores said the talks went well. | Ana Flores=PER
          The Chileans will be represented by Foreign Minister Ana Rojas and Tomas Vidal. | Ana Rojas=CHL, Tomas Vidal=CHL
          The company was represented by Tomas Vidal in court. | ''
          British Prime Minister Rose May said on May 5 that talks would go on. | Rose May=GBR
          Britain's Prime Minister Tom Hale met the press. Hale's predecessor, Jane June, stayed away. | Jane June=GBR, Tom Hale=GBR
          Talks with Togo's Minister of Regional Integration and Foreign Affairs, Koffi Mensah, ended. | Koffi Mensah=TGO
          The President of the ECOWAS Commission, Omar Diallo, spoke to reporters. | Omar Diallo=ECOWAS
          He met Japan's Minister for Foreign Affairs, SATO Hiroshi, in Tokyo. | SATO Hiroshi=JPN
          Thai Foreign Minister Anan Chai met Myanmar's Deputy Foreign Minister U Tin Aung Kyaw. | Anan Chai=THA, Tin Aung Kyaw=MMR
          Iraqi Prime Minister Karim al-Hashimi received the delegation. | Karim al-Hashimi=IRQ
          He met Speaker of the Chamber of Deputies Marco Ferri of Italy. | Marco Ferri=ITA
          Indonesian Minister for Foreign Affairs Sari K.P. Wulandari co-chaired the session. | Sari K.P. Wulandari=IDN
          Romanian Foreign Minister Ion Popa called his counterpart from Nigeria, Musa Bello. | Ion Popa=ROU, Musa Bello=NGA
          Wang Wei met his Peruvian and Bolivian counterparts Luis Soto and Eva Mora in Lima. | Eva Mora=BOL, Luis Soto=PER
          His delegation in Nairobi included Ghana's Minister of Foreign Affairs, Ama Boateng; the Minister of National Security, Kwesi Owusu; and officials. | Ama Boateng=GHA, Kwesi Owusu=GHA
          """)
  void readsAffiliationsTheTextStates(String text, String expected) {
    assertThat(persons(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # an honorific between an extended title and the name
          Minister of Foreign Affairs of Kenya Dr. Grace Wanjiru arrived in Accra on a visit to Ghana. | Grace Wanjiru=KEN
          # a title that ends in title words before the name, no comma
          Prime Minister and Minister for Foreign Affairs Tevita Lomu of Tonga met the press. | Tevita Lomu=TON
          # a parenthesised acronym after the title
          Chief of General Staff (CGS) Tomas Vidal of Chile met the press. | Tomas Vidal=CHL
          # a list of portfolios inside the title, and an honorific before the name
          He met the Minister of Foreign Affairs, Regional Cooperation and Moroccans Abroad, Mr Samir Alaoui, in Madrid. | Samir Alaoui=MAR
          # the actor qualifying the counterpart in apposition
          Chilean Foreign Minister Ana Rojas met her Peruvian counterpart, Foreign Minister Luis Quispe, in Lima. | Ana Rojas=CHL, Luis Quispe=PER
          # a family name in capitals written first, after an honorific
          Mr. TANAKA Aiko, Minister for Foreign Affairs of Japan, met the press in Tokyo. | TANAKA Aiko=JPN
          # a chain of honorific words before the name
          The deal was witnessed by Samdech Akka Moha Sena Padei Techo Sok Rith, Prime Minister of the Kingdom of Cambodia. | Techo Sok Rith=KHM
          # "its president": the state named before
          Kenya is not a member of the bloc, but its president, Daniel Otieno, was invited by Ghana. | Daniel Otieno=KEN
          # an organisation's office acts for the organisation, whatever the sentence names
          Secretary-General Maria Lund met Peruvian President Luis Quispe in Lima. | Luis Quispe=PER, Maria Lund=UN
          # a minister never serves an organisation
          JAKARTA, May 9 - Foreign Minister Dewi Lestari welcomed the ASEAN ministers. | Dewi Lestari=IDN
          # particles in a row inside a name
          Mexican Foreign Secretary Rosa de la Vega called European Commission President Anna van der Berg. | Anna van der Berg=EU, Rosa de la Vega=MEX
          # an academic honorific after the office, with or without a comma
          The Samoan delegation was met in Suva by Health Minister Professor Ana Lopes of Fiji. | Ana Lopes=FJI
          Kofi Mensah met the Trade Minister of Ghana, Professor Kwame Boadu, in Accra. | Kwame Boadu=GHA
          # a professor named with his university is no official
          Professor Kwame Boadu of the University of Ghana said the talks with Togo were useful. | ''
          # a Commonwealth envoy posted to a state serves the state that sends her
          The delegation was welcomed in Suva by the British High Commissioner to Fiji Ms Carla Wendt. | Carla Wendt=GBR
          # letters after a name are no part of it
          Prime Minister Hon. Tavita Lemalu MP of Samoa discussed fisheries with Tonga. | Tavita Lemalu=WSM
          # a chairperson of an organisation's commission
          AU Commission Chairperson Kofi Mensah met Senegalese President Amadou Sall in Dakar. | Amadou Sall=SEN, Kofi Mensah=AU
          # a military rank between the office and the name
          Kofi Mensah met Togo's Defence Minister Colonel General Ama Dede in Lomé. | Ama Dede=TGO
          # an initial without a stop, as South Asian styles write it
          Nepal's Foreign Minister R Kumar Thapa held talks with his Bhutanese counterpart. | R Kumar Thapa=NPL
          # a given name written short, with its stop
          Philippine Foreign Secretary Ma. Elena Bautista met Chile's Foreign Minister Ana Rojas. | Ana Rojas=CHL, Ma. Elena Bautista=PHL
          Bangladesh's Foreign Adviser Md. Karim Uddin arrived in Lima. | Md. Karim Uddin=BGD
          # a long first paragraph with many names is no headline
          Foreign Minister Dewi Lestari of Indonesia met Minister Tomas Vidal of Chile, Minister Ana Rojas of Peru and Minister Luis Ferrer of Argentina at the Jakarta Convention Centre in Jakarta, Indonesia.\\n\\nThey talked. | Ana Rojas=PER, Dewi Lestari=IDN, Luis Ferrer=ARG, Tomas Vidal=CHL
          """)
  void readsCommuniqueTitles(String text, String expected) {
    assertThat(persons(text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void leavesTheOrganisationsNameOutOfTheRole() {
    Document d =
        new Document(
            "t",
            null,
            LocalDate.of(2026, 3, 4),
            null,
            "European Commission President Anna van der Berg met Moroccan Foreign Minister Samir"
                + " Alaoui in Rabat.");
    assertThat(Entente.pipeline().extract(d).persons())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("Anna van der Berg");
              assertThat(p.affiliation()).isEqualTo("EU");
              assertThat(p.role()).isEqualTo("President");
            });
  }

  @org.junit.jupiter.api.Test
  void keepsTheRoleOfAnInstitutionTitle() {
    Document d =
        new Document(
            "t",
            null,
            LocalDate.of(2026, 3, 4),
            null,
            "EU foreign policy chief Maria Lund met Moroccan Foreign Minister Samir Alaoui in Rabat.");
    assertThat(Entente.pipeline().extract(d).persons())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("Maria Lund");
              assertThat(p.affiliation()).isEqualTo("EU");
              assertThat(p.role()).isEqualTo("foreign policy chief");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # one holder per office and state: the American foreign minister is taken
          WASHINGTON, March 3 - Secretary of State Mark Hollis flew to Lima for talks with Foreign Minister Rosa Quispe of the host country. Peru and the United States signed a trade pact. | Mark Hollis=USA, Rosa Quispe=PER
          # a list of counterparts takes its states in order; a list that does not pair up is left alone
          Chilean President Ana Ruiz hosted her Peruvian and Bolivian counterparts, Luis Soto and Eva Mora, in Santiago. | Ana Ruiz=CHL, Eva Mora=BOL, Luis Soto=PER
          Chilean President Ana Ruiz hosted her Peruvian and Bolivian counterparts, Luis Soto, in Santiago. | Ana Ruiz=CHL
          # or each name says its state after it
          Chilean President Ana Ruiz met her peers Luis Soto of Peru and Eva Mora of Bolivia in Lima. | Ana Ruiz=CHL, Eva Mora=BOL, Luis Soto=PER
          Chilean President Ana Ruiz met her counterparts Luis Soto (Peru) and Eva Mora (Bolivia). | Ana Ruiz=CHL, Eva Mora=BOL, Luis Soto=PER
          Chilean President Ana Ruiz met her peers Luis Soto of Peru and Eva Mora in Lima. | Ana Ruiz=CHL
          Chilean President Ana Ruiz received the Peruvian parliamentarians Luis Soto and Eva Mora. | Ana Ruiz=CHL, Eva Mora=PER, Luis Soto=PER
          # the United States has secretaries, not ministers
          WASHINGTON, March 3 - Defense Minister Kenji Mori said Japan would buy more radars from the United States. The United States welcomed it. | Kenji Mori=JPN
          # "the country's leader" is the state named before, not the adjective in "U.S. warships"
          The United States warned North Korea again, saying U.S. warships were ready and that the country's leader, Ri Song Chol, would regret any attack. | Ri Song Chol=PRK
          # a stance towards a state is not belonging to it
          Ukrainians elected a new, pro-Moscow president, Oleh Hrytsenko, after Russia pressed Kyiv for months. Russia welcomed the vote. | Oleh Hrytsenko=UKR
          # a traveller is a guest at the destination; the ambassador's posting is not whose he is
          CAIRO, March 3 - Trade Minister Omar Fathy, who leaves for Moscow on Monday, met Egyptian ambassador to Moscow Adel Naguib. Russia and Egypt trade grain. Russia wants more. | Adel Naguib=EGY, Omar Fathy=EGY
          # a visitor is not of the state visited; the bare title receiving him is its official
          Foreign Minister Lena Voss, on an official visit to Ghana, was received on Monday by Prime Minister Kwame Boateng. | Kwame Boateng=GHA
          # the states that qualify someone's counterparts are not that official's own
          Prime Minister Mara Lind meets Fiji and Vanuatu counterparts at a forum in Suva. New Zealand pledged aid. | Mara Lind=NZL
          # a plural office with each state and its official after it, or the states then the names
          Ministers of Foreign Affairs of Chile, Ana Rojas, Peru, Luis Vega, and Bolivia, Eva Mora, met in Lima. | Ana Rojas=CHL, Eva Mora=BOL, Luis Vega=PER
          Talks followed with the Presidents of Ghana, Kofi Mensah; and Togo, Ama Dede. | Ama Dede=TGO, Kofi Mensah=GHA
          Foreign Minister Ana Ruiz of Tanzania met her peers from Kenya and Uganda, John Otieno and Grace Namata. | Ana Ruiz=TZA, Grace Namata=UGA, John Otieno=KEN
          # agency style: no comma between a state and its official, the plural office in lower case
          The minister met the foreign ministers of Norway Anne Lind, Chile Pablo Ortega and Kenya Ruth Wanjiru in Geneva. | Anne Lind=NOR, Pablo Ortega=CHL, Ruth Wanjiru=KEN
          # a body named in lower case is the text's own, not the state whose body bears that name
          Foreign Minister Amina Odhiambo met Foreign Minister Ivan Petrov of Russia in Moscow, the foreign office said. Kenya and Russia signed a deal. | Amina Odhiambo=KEN, Ivan Petrov=RUS
          # another clause, another subject: the visit is the other official's
          Prime Minister Aiko Tanaka of Japan hopes to settle the dispute with President Mark Hollis when she visits Washington. The United States agreed. | Aiko Tanaka=JPN, Mark Hollis=USA
          # another official's own title describes that official only
          WASHINGTON, March 3 - Polish President Jan Nowak doubted President Ed Marsh's plan. Poland and Poland again. | Ed Marsh=USA, Jan Nowak=POL
          # a spokesperson speaks for the official named last
          The office of President Lee Joon in Seoul welcomed the talks. "North Korea and the United States are talking, and North Korea will gain," said a spokesman, Park Min. | Lee Joon=KOR, Park Min=KOR
          # an official goes home
          NICOSIA, March 3 - The agency quoted Oil Minister Reza Karimi as saying on his return to Tehran from Baku that Azerbaijan would buy more crude. Cyprus was not involved. | Reza Karimi=IRN
          # a state news agency's tag says whose news it is
          Foreign Minister Min-jun Seo met his Japanese counterpart Kenji Sato in Lima. North Korea and North Korea's missiles were discussed, and North Korea again. (Yonhap) | Kenji Sato=JPN, Min-jun Seo=KOR
          # a visitor's hosts, named after "call on" or "meet" and in the list that follows, are of the state visited first
          Foreign Minister Ana Rojas of Chile will leave on a visit to Ghana on Friday. Chile and Chile. During the visit she will call on President Kofi Mensah, Vice President Ama Dede, and Trade Minister Yaw Owusu. Later, Ghana's prime minister will pay a visit to Chile. | Ama Dede=GHA, Ana Rojas=CHL, Kofi Mensah=GHA, Yaw Owusu=GHA
          """)
  void infersAffiliationsFromContext(String text, String expected) {
    assertThat(persons(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Analysts cited former Foreign Minister Paulo Mendes of Brazil as a critic of the plan. | ''
          A spokesman for the John Harlow State Department declined to comment. | John Harlow=USA
          Shares of the Long-Term Credit Bank of Japan rose in Tokyo. | ''
          "We will march," said Ruth Ames, president of the Ohio Teachers Union, in Columbus. | ''
          Ruth Ames, president of the French Republic, spoke in Paris. | Ruth Ames=FRA
          """)
  void leavesOutCommentatorsAndReadsInstitutions(String text, String expected) {
    assertThat(persons(text)).isEqualTo(expected);
  }

  @Test
  void aReadoutsOfficialsBelongToTheStateOfItsDatelineLine() {
    // the dateline is a day and a place on a line of their own; "Secretary of Foreign Affairs" is
    // no American title, and it is the foreign office: its holder is not the other minister's state
    String text =
        """
        Leaders speak

        3 March 2025 - Lima, Peru

        Today, Prime Minister Rosa Quispe spoke with the President of Chile, Ana Soto. They agreed \
        that the Minister of Foreign Affairs, Luis Paz, and the Secretary of Foreign Affairs, Jorge \
        Vial, would meet in Santiago. Chile's exports to Chile's neighbours grew.
        """;
    assertThat(persons(text))
        .isEqualTo("Ana Soto=CHL, Jorge Vial=CHL, Luis Paz=PER, Rosa Quispe=PER");
  }

  @Test
  void aSurnameWithAParticleIsFoundCapitalisedAtASentencesStart() {
    String text =
        "Iraqi Prime Minister Karim al-Tamimi met Jordan's King Faisal. Al-Tamimi said the talks"
            + " went well.";
    Document d = new Document("t", null, LocalDate.of(2026, 3, 4), null, text);
    var person =
        Entente.pipeline().extract(d).persons().stream()
            .filter(p -> p.name().equals("Karim al-Tamimi"))
            .findFirst()
            .orElseThrow();
    assertThat(person.spans())
        .extracting(span -> text.substring(span.start(), span.end()))
        .contains("Al-Tamimi");
  }

  @Test
  void aPortfolioOfAnyCapitalisedWordsEndsAtTheCommaBeforeTheName() {
    // portfolios that no word list holds: the comma and the name after it close them
    String text =
        """
        Rome, 3 March 2026 - The Italian Minister for Digital Transformation, Marta Kovacs, met the EU \
        Commissioner for the Mediterranean, Aldo Ferrante. Both later received the UN Special \
        Envoy of the Secretary-General for the Horn of Africa, Joseph Mwangi.
        """;
    assertThat(persons(text)).isEqualTo("Aldo Ferrante=EU, Joseph Mwangi=UN, Marta Kovacs=ITA");
  }

  @Test
  void aRankAfterAnOfficeWithItsPortfolioLeavesTheOfficeToSayWhomThePersonServes() {
    String text =
        """
        Dakar, 4 May 2026 - The African Union Special Envoy for the Sahel, Ambassador Moussa \
        Keita, was received by the President of Senegal, Amadou Diallo. The Special Envoy of the \
        United Nations for West Africa, Ambassador Lena Brandt, also attended.
        """;
    assertThat(persons(text)).isEqualTo("Amadou Diallo=SEN, Lena Brandt=UN, Moussa Keita=AU");
  }

  /** "role | affiliation" of the person named {@code name} in {@code text}. */
  private static String roleOf(String text, String name) {
    Document d = new Document("t", null, LocalDate.of(2026, 3, 4), null, text);
    return Entente.pipeline().extract(d).persons().stream()
        .filter(p -> p.name().equals(name))
        .map(p -> p.role() + " | " + p.affiliation())
        .collect(Collectors.joining("; "));
  }

  @Test
  void aRoleLeavesOutItsActorWithTheWordsThatLedToIt() {
    String text =
        "The Special Envoy of the African Union for the Sahel, Ali Barry, arrived in Dakar.";
    assertThat(roleOf(text, "Ali Barry")).isEqualTo("Special Envoy for the Sahel | AU");
  }

  @Test
  void aPortfolioMayListItsWordsWithCommasBeforeTheCommaThatClosesIt() {
    String text =
        "Ana Rojas held talks in Tokyo with Japan's Minister of Economy, Trade and Industry,"
            + " Kenji Morita, on Monday.";
    assertThat(roleOf(text, "Kenji Morita"))
        .isEqualTo("Minister of Economy, Trade and Industry | JPN");
  }

  @Test
  void aRoleKeepsTheWordsOfABodyNamedAfterItsActor() {
    String text = "The President of the ECOWAS Commission, Ali Touré, arrived in Accra.";
    assertThat(roleOf(text, "Ali Touré")).isEqualTo("President of the Commission | ECOWAS");
  }

  @Test
  void aForeignSecretaryServesBesideTheForeignMinisterOfTheSameState() {
    String text =
        "Nepal's Foreign Minister Sita Rana held talks in Kathmandu with Indian External Affairs"
            + " Minister Ravi Kumar. Earlier, Kumar was received at the airport by Foreign"
            + " Secretary Hari Thapa.";
    assertThat(persons(text)).isEqualTo("Hari Thapa=NPL, Ravi Kumar=IND, Sita Rana=NPL");
  }

  @org.junit.jupiter.api.Test
  void theHomeOfAStoryWithABylineAndACaptionIsItsDatelinesState() {
    String text =
        "Talks on minerals\n\nBy Ana Rojas\n\n[Photo: the ministers after the talks]\n\n"
            + "ULAANBAATAR, March 4 (Wire) -- Minister of State at the German Federal Foreign Office"
            + " Eva Holm held talks with Foreign Minister Bat Erdene on minerals in Ulaanbaatar.";
    assertThat(persons(text)).isEqualTo("Bat Erdene=MNG, Eva Holm=DEU");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The Chilean President will visit Peru. He will be accompanied by the Minister of Foreign Affairs, Ana Rojas, and a business delegation. | Ana Rojas=CHL
          Kenyan President Daniel Otieno paid a state visit to Ghana. The President was accompanied by Hon. Grace Wanjiru, Minister for Foreign Affairs. | Daniel Otieno=KEN, Grace Wanjiru=KEN
          Norway's Foreign Minister Kari Holm visited the African Union. The meeting was attended by the Commissioner for Political Affairs, Ambassador Awa Diallo. | Awa Diallo=AU, Kari Holm=NOR
          Ghana's High Commissioner Kofi Mensah met the European Union envoy in Nairobi. | Kofi Mensah=GHA
          ACCRA, March 3 - The President of the Republic, H.E. Kofi Asamo, received the envoy. | Kofi Asamo=GHA
          Greek and Turkish foreign ministers Eleni Kara and Hakan Yurt met in Athens. | Eleni Kara=GRC, Hakan Yurt=TUR
          Indonesia's Minister of Defence, Lieutenant General (Ret.) Budi Surya, met them. | Budi Surya=IDN
          KINGSTON, March 3 - She called on the Prime Minister, the Most Hon. Dr. Paul Carr, in Kingston. | Paul Carr=JAM
          The AU Chairperson received Ana Dobo, Minister of Foreign Affairs, Francophonie and Nationals Abroad of Chad. | Ana Dobo=TCD
          GENEVA, May 2 - The note was signed by Ambassador Lena Sand, Permanent Representative of Sweden to the United Nations. | Lena Sand=SWE
          DAKAR, May 2 - President Awa Ndiaye, Chair of the African Union, met them. | Awa Ndiaye=SEN
          SUVA, May 2 - The Head of the EU Delegation to Fiji, Ambassador Jan Berg, signed the grant. | Jan Berg=EU
          SUVA, May 2 - The Head of the OSCE Mission to Serbia, Tom Vik, met the Fijian minister. | Tom Vik=OSCE
          GENEVA, May 2 - The Governor of Mombasa County, H.E. Amina Said Juma, received the envoy. | Amina Said Juma=KEN
          OSLO, May 2 - Norway's Foreign Minister Kari Holm will fly to Nairobi on Monday to meet President Daniel Otieno. | Daniel Otieno=KEN, Kari Holm=NOR
          OSLO, May 2 - Norway's Foreign Minister Kari Holm met Kenyan officials. During her stay in Nairobi, Holm also called on the Prime Minister, Grace Wanjiru. | Grace Wanjiru=KEN, Kari Holm=NOR
          SEOUL, May 2 - Minister of Foreign Affairs KANG Min-ho held a phone call with Foreign Minister Ana Dobo of Chad. | Ana Dobo=TCD, KANG Min-ho=KOR
          RABAT, May 2 - A Senegalese parliamentary delegation led by the President of the Senate, Ali Ndiaye, was received by the Speaker, Rachid Alami. | Ali Ndiaye=SEN, Rachid Alami=MAR
          NEW DELHI, May 2 - Official Spokesperson, Shri Vikram Rao: We have received the invitation. | Vikram Rao=IND
          SEOUL, May 2 - Foreign Minister Kang Minho called Chilean Foreign Minister Ana Soto on Monday. In the call with Minister Soto, Minister Kang welcomed the talks. | Ana Soto=CHL, Kang Minho=KOR
          WASHINGTON, May 2 - President Ana Rojas is sending Secretary of State Tom Hale to Moscow for talks with Foreign Minister Ivan Petrov. | Ana Rojas=USA, Ivan Petrov=RUS, Tom Hale=USA
          """)
  void companionsAndOfficesOfOrganisationsServeTheirSide(String text, String expected) {
    assertThat(persons(text)).isEqualTo(expected);
  }
}
