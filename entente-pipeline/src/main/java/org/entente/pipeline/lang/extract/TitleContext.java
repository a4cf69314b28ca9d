package org.entente.pipeline.lang.extract;

import java.util.List;
import org.entente.model.ActorMention;

/**
 * What stands around a French or Spanish title and tells whose it is or where it ends: the actor a
 * title implies, a delegation the official leads, a city that opens a name, portfolios listed past
 * a comma, particles inside a name, the state right after a name. Static helpers of the officials'
 * reading ({@link TitleExtent}, {@link TitleAffiliation}, {@link TitleNames}, {@link NameRun});
 * stateless and thread-safe.
 */
final class TitleContext {

  private TitleContext() {}

  /**
   * The actor a title implies when it names none; of several ("EU|AU|ECOWAS" for a commissioner),
   * the one the text names most, else the first.
   */
  static String titleDefault(LocalText lt, String value) {
    if (value.indexOf('|') < 0) {
      return value;
    }
    String[] codes = value.split("\\|");
    String best = codes[0];
    long most = 0;
    for (String code : codes) {
      long n = lt.analysis.actors().stream().filter(a -> a.code().equals(code)).count();
      if (n > most) {
        best = code;
        most = n;
      }
    }
    return best;
  }

  /**
   * "Santiago Ocampo", "Victoria Ruiz": a city's name that opens a name, followed by a capitalised
   * word that names no actor, is a given name.
   */
  static boolean givenNameCity(LocalText lt, List<int[]> words, int k) {
    org.entente.model.ActorMention a = lt.actorAt(words.get(k)[0]);
    if (a == null
        || a.how() != org.entente.model.ActorMention.How.CAPITAL
        || k + 1 >= words.size()) {
      return false;
    }
    int[] next = words.get(k + 1);
    return lt.text.substring(words.get(k)[1], next[0]).equals(" ")
        && Character.isUpperCase(lt.text.charAt(next[0]))
        && lt.actorAt(next[0]) == null
        && a.span().end() <= words.get(k)[1];
  }

  /** "une délégation sénégalaise conduite par le", "la delegación de Chile, encabezada por el". */
  private static final java.util.regex.Pattern LED_DELEGATION =
      java.util.regex.Pattern.compile(
          "\\b(?:delegation|delegacion)\\b([^.;:]{0,60}?),?\\s+(?:conduite|menee|dirigee|presidee"
              + "|emmenee|encabezada|liderada|presidida|dirigida|conducida)\\s+(?:par|por)\\s+"
              + "(?:le |la |l'|el )?$");

  /**
   * A delegation's members listed after a verb of composition, the title in the same sentence: "la
   * délégation malienne était composée de …", "la delegación peruana estuvo integrada por …".
   */
  private static final java.util.regex.Pattern COMPOSED_DELEGATION =
      java.util.regex.Pattern.compile(
          "\\b(?:delegation|delegacion)\\b([^.;:]{0,40}?),?(?:\\s+(?:elle|qui))?"
              + "(?:\\s+(?:etait|est|a ete|estuvo|estaba|esta|fue))?(?:\\s+(?:egalement|aussi|tambien))?"
              + "\\s+(?:constituee|composee|formee|integrada|compuesta|conformada)\\s+(?:de|d'|por)"
              + "\\b[^.;]*$");

  /** How far before a title a composed delegation may be named. */
  private static final int COMPOSITION_REACH = 300;

  /**
   * The state of the delegation that the official whose title starts at {@code start} leads, or
   * null when the title follows no "délégation … conduite par" / "delegación … encabezada por".
   */
  static String delegationLedBy(LocalText lt, int start) {
    int base = Math.max(0, start - 120);
    java.util.regex.Matcher m = LED_DELEGATION.matcher(lt.folded.substring(base, start));
    if (!m.find()) {
      // "la délégation malienne était composée du ministre …, X, et de la ministre …, Y"
      base = Math.max(0, start - COMPOSITION_REACH);
      m = COMPOSED_DELEGATION.matcher(lt.folded.substring(base, start));
      if (!m.find()) {
        // "avec les autorités nigériennes, dont le ministre …, X", "al canciller peruano lo
        // acompañan los ministros de …, X"
        String before = lt.folded.substring(base, start);
        if (!namesAGroup(before)) {
          return null;
        }
        m = GROUP_MEMBERS.matcher(before);
        if (!m.find()) {
          return null;
        }
      }
    }
    int group = m.groupCount() >= 2 && m.start(1) < 0 ? 2 : 1;
    for (ActorMention a : lt.analysis.actors()) {
      int st = a.span().start();
      if (st >= base + m.start(group)
          && a.span().end() <= base + m.end(group)
          && a.kind() == org.entente.model.ActorKind.STATE) {
        return a.code();
      }
    }
    return null;
  }

  /**
   * Officials listed as members of a group the text gives a side, the title in the same sentence:
   * "les autorités togolaises, dont le …", "autoridades paraguayas, incluidos el …", "al ministro
   * boliviano lo acompañan los …".
   */
  private static final java.util.regex.Pattern GROUP_MEMBERS =
      java.util.regex.Pattern.compile(
          "(?:\\b(?:autoridades|funcionarios|representantes|responsables|dirigentes|autorites"
              + "|dirigeants|officiels|representants)\\b([^.;:]{0,40}?),?\\s+(?:incluid[oa]s?"
              + "|entre (?:ellos|ellas|quienes)|dont|notamment|parmi (?:eux|elles|lesquels"
              + "|lesquelles)|y compris)"
              + "|\\b(?:al|a la|a los|a las)\\b([^.;:]{0,40}?)\\s+(?:lo|la|los|las|le|les)"
              + " acompanan?)\\b[^.;]*$");

  /** Stems of the words {@link #GROUP_MEMBERS} opens with: most text has none, and no match. */
  private static final String[] GROUP_STEMS = {
    "autorid",
    "funcionari",
    "representant",
    "responsable",
    "dirigent",
    "autorite",
    "dirigeant",
    "officiel",
    "acompan"
  };

  private static boolean namesAGroup(String folded) {
    for (String stem : GROUP_STEMS) {
      if (folded.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** The most words of a list of portfolios after a comma. */
  private static final int MAX_LISTED = 6;

  /**
   * Whether the words from {@code k} are capitalised portfolios joined by "y", "e" or "et" to a
   * last capitalised one ("Comercio Internacional y Culto"), with no actor among them.
   */
  static boolean listedPortfolios(LocalText lt, List<int[]> words, int k) {
    for (int j = k; j < Math.min(words.size() - 1, k + MAX_LISTED); j++) {
      int[] w = words.get(j);
      String gap = j > k ? lt.text.substring(words.get(j - 1)[1], w[0]).strip() : "";
      if (!gap.isEmpty() && !gap.equals(",")) {
        return false; // but "Producción, Comercio Exterior, Inversiones y Pesca" goes on
      }
      if (lt.actorAt(w[0]) != null) {
        return false;
      }
      String lw = lt.folded.substring(w[0], w[1]);
      if (j > k && (lw.equals("y") || lw.equals("e") || lw.equals("et"))) {
        int[] next = words.get(j + 1);
        return Character.isUpperCase(lt.text.charAt(next[0])) && lt.actorAt(next[0]) == null;
      }
      if (!Character.isUpperCase(lt.text.charAt(w[0])) && !TitleExtent.JOINS.contains(lw)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the first word after the joins from {@code k} is capitalised: a portfolio ("de la
   * Coopération"), not an aside ("de passage à Dakar", "de son côté").
   */
  static boolean capitalAfterJoins(LocalText lt, List<int[]> words, int k) {
    int j = k;
    while (j < words.size()
        && j - k < 3
        && TitleExtent.JOINS.contains(lt.folded.substring(words.get(j)[0], words.get(j)[1]))) {
      j++;
    }
    return j < words.size() && Character.isUpperCase(lt.text.charAt(words.get(j)[0]));
  }

  /**
   * Whether the particles from {@code k} ("de", "de la", "del") lead to a capitalised word that
   * names no actor: "Hugo de la Torre", not "Ana Gil de Colombia".
   */
  static boolean particlesThenName(LocalText lt, List<int[]> words, int k) {
    int j = k;
    while (j < words.size()
        && j - k < 2
        && NameRun.PARTICLES.contains(lt.folded.substring(words.get(j)[0], words.get(j)[1]))) {
      j++;
    }
    if (j == k
        || j >= words.size()
        || !Character.isUpperCase(lt.text.charAt(words.get(j)[0]))
        || lt.actorAt(words.get(j)[0]) != null) {
      return false;
    }
    // "X de la República de Chile" names a body after the name: a complement follows it
    if (j + 1 < words.size()) {
      String after = lt.folded.substring(words.get(j + 1)[0], words.get(j + 1)[1]);
      return !(after.equals("de") || after.equals("del") || after.equals("d'"));
    }
    return true;
  }

  /**
   * The state right after a name: "Diego Paz Olmos de Paraguay", or in brackets: "Luis Mora
   * (Guatemala)".
   */
  static String affiliationAfter(LocalText lt, List<int[]> words, int k) {
    ActorMention a = stateAfter(lt, words, k);
    return a == null ? null : a.code();
  }

  /** The mention {@link #affiliationAfter} reads at word {@code k}, or null. */
  static ActorMention stateAfter(LocalText lt, List<int[]> words, int k) {
    if (k >= 1 && k < words.size()) {
      ActorMention a = lt.actorAt(words.get(k)[0]);
      if (a != null
          && lt.text.substring(words.get(k - 1)[1], words.get(k)[0]).strip().equals("(")
          && lt.text.startsWith(")", a.span().end())) {
        return a;
      }
    }
    if (k + 1 >= words.size()) {
      return null;
    }
    String lw = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
    if (!(lw.equals("de") || lw.equals("del") || lw.equals("d'") || lw.equals("du"))) {
      return null;
    }
    int next = k + 1;
    String after = lt.folded.substring(words.get(next)[0], words.get(next)[1]);
    if ((after.equals("la") || after.equals("l'")) && next + 1 < words.size()) {
      next++;
    }
    return lt.actorAt(words.get(next)[0]);
  }
}
