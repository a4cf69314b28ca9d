package org.entente.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

  private final MojibakeRepair repair = new MojibakeRepair();

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          windows-1252            | cafÃ© crÃ¨me                    | café crème
          windows-1252            | Ã©tÃ© Ã  Paris             | été à Paris
          windows-1252            | donâ€™t stop                    | don’t stop
          windows-1252            | Viá»‡t Nam                      | Việt Nam
          windows-1252            | åŒ—äº¬                          | 北京
          windows-1252            | smile ðŸ˜€ please                | smile 😀 please
          windows-1252            | Ð’Ð»Ð°Ð´Ð¸Ð¼Ð¸Ñ€ Putin           | Владимир Putin
          windows-1252            | Î‘Î¸Î®Î½Î±                       | Αθήνα
          windows-1250            | GdaĹ„sk and ĹÃ³dĹş              | Gdańsk and Ĺódź
          windows-1250            | PĹ™Ă­liĹˇ ĹľluĹĄouÄŤkĂ˝          | Příliš žluťoučký
          ISO-8859-13             | joint communiquĆ© issued       | joint communiqué issued
          ISO-8859-13             | RÄ«ga                          | Rīga
          windows-1250 over 8859-13 | the communiquƩ says         | the communiqué says
          windows-1252 twice      | cafÃƒÂ© au lait                 | café au lait
          latin-1 over 1252       | todayÃ¢ÂÂs vote      | today’s vote
          windows-1252 thrice     | todayÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢s vote | today’s vote
          """)
  void repairsMojibakeOfEachCharset(String how, String damaged, String expected) {
    assertThat(repair.repair(damaged).text()).as(how).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          possessive      | renew ties along the Unionās eastern border   | renew ties along the Union’s eastern border
          contraction     | they donāt agree                              | they don’t agree
          quotation       | what the minister termed āa fresh startā.     | what the minister termed “a fresh start”.
          single word     | a so-called āresetā of ties                   | a so-called ‘reset’ of ties
          """)
  void restoresLostQuotesInEnglish(String what, String damaged, String expected) {
    assertThat(repair.repair(damaged).text()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          before a full stop | reopen the crossing â€œwithin three monthsâ€.   | reopen the crossing “within three months”.
          before a space     | the â€œnew chapterâ€ of ties                     | the “new chapter” of ties
          at the end         | a â€œdealâ€                                      | a “deal”
          whole sequences    | donâ€™t say â€œnoâ€ today                      | don’t say “no” today
          """)
  void restoresAClosingQuoteWhoseLastByteWindows1252Dropped(
      String where, String damaged, String expected) {
    RepairedText r = repair.repair(damaged);
    assertThat(r.text()).isEqualTo(expected);
    int close = expected.lastIndexOf('”');
    assertThat(damaged.substring(r.toOriginal(close), r.toOriginalEnd(close + 1))).isEqualTo("â€");
  }

  @Test
  void restoresLostQuotesWhenTheTextShowsBalticMojibake() {
    String damaged = "The communiquĆ© speaks of āprogressā and the statesā plans: āwe agree.";
    assertThat(repair.repair(damaged).text())
        .isEqualTo("The communiqué speaks of ‘progress’ and the states’ plans: “we agree.");
  }

  @Test
  void repairsLatin1C1Controls() {
    String damaged = "don" + "\u00e2\u0080\u0099" + "t and caf\u00c3\u00a9";
    assertThat(repair.repair(damaged).text()).isEqualTo("don’t and café");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Le ministre a déclaré : « Nous sommes prêts à coopérer » à Paris, où l’été est chaud.",
        "À\u00a0bientôt\u00a0! Il a dit «\u00a0été\u00a0» puis «\u00a0à\u00a0».",
        "Die Außenministerin sagte „Grüße aus Fuß“ und schloß die Tür.",
        "Minister spraw zagranicznych Łotwy odwiedził Gdańsk, Łódź i Kraków; żółć, źródło, ŚĆ.",
        "GÓŁKA, DRÓŻKA, MÚŽE, ÚŠTĚK, ŘÍJEN — ČESKÁ REPUBLIKA.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
        "Rīga ir Latvijas galvaspilsēta, kā arī pārējā Latvijas daļa; ārlietu ministrs teica kā.",
        "Lietuvos užsienio reikalų ministras Vilniuje: ąčęėįšųūž.",
        "Xí Jìnpíng met officials in Běijīng; Mā Yīngjiǔ, Lǐ Péng and Huā Guófēng.",
        "Thủ tướng Phạm Minh Chính thăm Việt Nam và Hà Nội.",
        "أعلنت وزارة الخارجية المغربية عن اتفاق جديد.",
        "中华人民共和国外交部发言人表示，北京欢迎对话。",
        "Министр иностранных дел России Сергей Лавров прибыл в Москву.",
        "Ο υπουργός Εξωτερικών της Ελλάδας στην Αθήνα.",
        "שר החוץ הישראלי בירושלים.",
        "東京で日米首脳会談が行われた。",
        "Dışişleri Bakanı Ankara'da; İlham Əliyev Bakıda; București, Timișoara.",
        "Emoji 😀👍🏽🇪🇺 and symbols © ® ™ € £ ¥ ± ° ½ µ §.",
        "Spanish: 1º de mayo, 2ª edición, señor Muñoz; Português: São Paulo, SÃO PAULO.",
        "Nordic: Ærø, Øresund, Åland, smørrebrød.",
        "The word Huā is a name.",
        "Morocco’s Interior Minister — in Rabat – said “yes” and ‘no’ … done."
      })
  void passesCorrectTextUnchanged(String text) {
    RepairedText r = repair.repair(text);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.isIdentity()).isTrue();
    assertThat(r.edits()).isEmpty();
  }

  static Stream<Arguments> mojibakeOfCorrectText() {
    List<String> texts =
        List.of(
            "café crème, naïve façade",
            "Gdańsk, Łódź, żółć",
            "Příliš žluťoučký kůň",
            "Rīga, pārējā, Lietuvą",
            "Xí Jìnpíng, Běijīng",
            "Việt Nam, Hà Nội",
            "Москва и Киев",
            "Αθήνα",
            "北京和东京",
            "smile 😀 now",
            "“quoted” and it’s — done…",
            "Straße, Grüße",
            "Ærø og Åland",
            "Dışişleri, İlham Əliyev");
    List<String> charsets = List.of("windows-1252", "ISO-8859-1", "ISO-8859-13", "windows-1250");
    List<Arguments> cases = new ArrayList<>();
    for (String cs : charsets) {
      for (String text : texts) {
        String damaged = new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(cs));
        // Bytes that the code page leaves undefined are lost in decoding: no repair can restore
        // them.
        if (damaged.indexOf('\uFFFD') < 0) {
          cases.add(Arguments.of(cs, text, damaged));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("mojibakeOfCorrectText")
  void undoesUtf8ReadAsLegacyCharset(String charset, String text, String damaged) {
    assertThat(repair.repair(damaged).text()).isEqualTo(text);
  }

  @Test
  void offsetMapPointsEveryRepairedCharAtItsOriginalChars() {
    String original =
        "Joint communiquĆ© at 10:00\u0000, the communiquƩ, cafÃƒÂ©, ðŸ˜€, Việt, calls āa fresh"
            + " startā for the Unionās border.\r\n";
    RepairedText r = repair.repair(original);
    String text = r.text();
    assertThat(text)
        .isEqualTo(
            "Joint communiqué at 10:00 , the communiqué, café, 😀, Việt, calls “a fresh start”"
                + " for the Union’s border.\r\n");
    for (int j = 0; j < text.length(); j++) {
      int from = r.toOriginal(j);
      int to = r.toOriginalEnd(j + 1);
      assertThat(from).isBetween(0, original.length());
      assertThat(to).isBetween(from, original.length());
    }
    for (TextEdit e : r.edits()) {
      assertThat(r.toOriginal(e.repairedStart())).isEqualTo(e.originalStart());
      assertThat(r.toOriginalEnd(e.repairedEnd())).isEqualTo(e.originalEnd());
    }
    List<String> pairs =
        r.edits().stream()
            .map(
                e ->
                    original.substring(e.originalStart(), e.originalEnd())
                        + "→"
                        + text.substring(e.repairedStart(), e.repairedEnd()))
            .toList();
    assertThat(pairs)
        .containsExactly("Ć©→é", "\u0000→ ", "Ʃ→é", "ÃƒÂ©→é", "ðŸ˜€→😀", "ā→“", "ā→”", "ā→’");
    // Unchanged characters map onto themselves.
    int unchanged = 0;
    for (int j = 0; j < text.length(); j++) {
      int jj = j;
      if (r.edits().stream().noneMatch(e -> jj >= e.repairedStart() && jj < e.repairedEnd())) {
        assertThat(original.charAt(r.toOriginal(j))).isEqualTo(text.charAt(j));
        unchanged++;
      }
    }
    assertThat(unchanged).isGreaterThan(80);
  }

  @Test
  void replacesControlCharactersButKeepsLineBreaksAndTabs() {
    RepairedText r = repair.repair("a\u0000b\u0007c\td\r\ne\n");
    assertThat(r.text()).isEqualTo("a b c\td\r\ne\n");
    assertThat(r.edits()).extracting(TextEdit::kind).containsOnly(TextEdit.Kind.CONTROL);
  }

  @Test
  void staysLinearOnHugeRunsWithoutSpaces() {
    String hugeMojibake = "Ã©".repeat(500_000);
    String hugeNoise = "é“…ß«".repeat(200_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThat(repair.repair(hugeMojibake).text()).isEqualTo("é".repeat(500_000));
          assertThat(repair.repair(hugeNoise).text().length()).isLessThanOrEqualTo(1_000_000);
        });
  }

  @Test
  void isDeterministic() {
    String damaged = "communiquĆ© āa fresh startā Unionās";
    assertThat(repair.repair(damaged).text()).isEqualTo(repair.repair(damaged).text());
  }

  @Test
  void handlesEmptyAndTruncatedSequences() {
    assertThat(repair.repair("").text()).isEmpty();
    assertThat(repair.repair("Ã").text()).isEqualTo("Ã");
    assertThat(repair.repair("â€").text()).isEqualTo("â€");
  }
}
