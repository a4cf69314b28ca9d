package org.entente.pipeline.lang.extract;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.Deadline;
import org.entente.pipeline.time.DateMention;

/**
 * The dates of an undertaking's clause and what they say of it: a day already come that dates the
 * agreeing ("convinieron el martes 3 de febrero"), a date wholly past that can be no deadline ("el
 * plan aprobado en 2019"), the words that only lead into a date ("les journées", "las próximas"),
 * and the words that open a time clause parting the action ("rouvrira, dès lundi, la frontière").
 * Static helpers of {@link CommitmentReader} and {@link FutureVerbEvents}; stateless and
 * thread-safe.
 */
final class ClauseDates {

  private ClauseDates() {}

  /** The most characters of words that lead into a date. */
  private static final int MAX_DATE_LEAD = 20;

  private static final java.util.regex.Pattern DATE_LEAD =
      java.util.regex.Pattern.compile(
          "(?:(?:los|las|les|el|le|la|dias?|jours?|journees?|proxim[oa]s?|prochaine?s?)\\s*)+");

  /**
   * What may stand between an action's first clause and a time clause that parts it: a comma and
   * words that open a time ("effectuera, dès mardi, une visite", "iniciará, a partir del lunes, una
   * visita"). Matched on folded text.
   */
  private static final java.util.regex.Pattern TIME_OPENER =
      java.util.regex.Pattern.compile(
          "[\\s,)]{0,3}(?:(?:a partir(?: d(?:e|u|el|'))?|des|depuis|desde|dans|en|durante|pendant)\\s*)?");

  /**
   * Whether the folded text {@code gap} between an action's first clause and a date is only what
   * opens a time clause: {@link #TIME_OPENER}.
   */
  static boolean opensTime(String gap) {
    return TIME_OPENER.matcher(gap).matches();
  }

  /** One place set off by commas: "à Strasbourg", "en France", "au Caire" (folded words). */
  private static final java.util.regex.Pattern PLACE =
      java.util.regex.Pattern.compile("(?:a|au|aux|en|dans|desde)\\s+(?:la\\s+|le\\s+|l')?");

  /** The most places an aside may list before a date: "à Strasbourg, en France,". */
  private static final int MAX_PLACES = 3;

  /**
   * Whether the text from {@code from} to {@code to} is only places set off by commas between an
   * action's first clause and a date: "rencontrera le président, à Genève, en Suisse, le 3 mai":
   * the time clause that parts the action, like {@link #opensTime}.
   */
  static boolean placeAside(LocalText lt, int from, int to) {
    String[] parts = lt.folded.substring(from, to).split(",");
    int places = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.isEmpty()) {
        continue;
      }
      java.util.regex.Matcher m = PLACE.matcher(p);
      if (!m.lookingAt() || ++places > MAX_PLACES) {
        return false;
      }
      // the place's name: capitalised words in the text as written
      int at = lt.folded.indexOf(p, from) + m.end();
      for (String w : lt.text.substring(at, at + p.length() - m.end()).split("\\s+")) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("de")) {
          return false;
        }
      }
    }
    return places > 0 && lt.folded.substring(from, to).strip().endsWith(",");
  }

  /**
   * Whether {@code d} names a day on or before publication, not a limit ("antes del 31 de
   * diciembre"): the day something was agreed.
   */
  static boolean pastDay(LocalText lt, DateMention d) {
    LocalDate pub = lt.analysis.referenceDate();
    return pub != null
        && d.kind() == Deadline.Kind.EXACT
        && d.pointDate() != null
        && d.pointDate().isComplete()
        && !d.pointDate().latestDay().isAfter(pub);
  }

  /** Whether every day {@code d} allows lies before publication: no deadline of an undertaking. */
  static boolean past(LocalText lt, DateMention d) {
    LocalDate pub = lt.analysis.referenceDate();
    return pub != null && d.due() != null && d.due().latestDay().isBefore(pub);
  }

  /** The date of {@code dates} that covers offset {@code i}, or null. */
  static DateMention dateAt(List<DateMention> dates, int i) {
    for (DateMention d : dates) {
      if (d.start() <= i && i < d.end()) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether the words from {@code at} up to a date are only words that lead into it: "los días" of
   * "los días 2 y 3 de mayo", "les" of "les 5 et 6 mai" — the date's, not the action's.
   */
  static boolean leadsIntoDate(LocalText lt, List<DateMention> dates, int at) {
    for (DateMention d : dates) {
      if (d.start() > at && d.start() - at <= MAX_DATE_LEAD) {
        String lead = lt.folded.substring(at, d.start()).strip();
        return !lead.isEmpty() && DATE_LEAD.matcher(lead).matches();
      }
    }
    return false;
  }
}
