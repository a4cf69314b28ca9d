package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.ActorMention;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.lang.Language;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.time.DateMention;

/**
 * The forms in which a French or Spanish report of a round of bilateral talks names each
 * counterpart: a list of partners after one verb ("a eu des entretiens avec X, avec Y et avec Z":
 * one meeting each), and a partner fronted before the sentence that tells what was discussed ("Con
 * la canciller de Colombia, A, el ministro abordó …", "L'entretien avec Mme B a porté sur …"). The
 * other side is the subject's state, else the text's home. The words that may open a fronted
 * partner phrase are data ({@code lang/xx/partner-openers.txt}). Stateless.
 */
final class BilateralReports {

  /** How many words a partner phrase may run before its official is named. */
  private static final int PARTNER_REACH = 14;

  private BilateralReports() {}

  /**
   * The meetings a sentence reports with each partner it lists or fronts; empty when it does
   * neither. {@code date} is the sentence's own date, or null.
   */
  static List<Meeting> read(LocalText lt, Sentence s, int trigger, PartialDate date) {
    List<int[]> words = lt.words(s.start(), s.end());
    List<Integer> withs = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      if (isWith(lt, words.get(k))) {
        withs.add(k);
      }
    }
    if (withs.isEmpty()) {
      return List.of();
    }
    int first = withs.get(0);
    if (opensWithPartner(lt, words, first)) {
      return fronted(lt, s, words, first, date);
    }
    if (trigger >= 0 && withs.size() == 1 && pluralCounterparts(lt, words, first)) {
      return counterparts(lt, s, words, first, trigger, date);
    }
    if (trigger < 0 || withs.size() < 2) {
      return List.of();
    }
    return listed(lt, s, words, withs, trigger, date);
  }

  /** "con sus homólogos de", "avec ses homologues de": counterparts of several states. */
  private static boolean pluralCounterparts(LocalText lt, List<int[]> words, int with) {
    if (with + 2 >= words.size()) {
      return false;
    }
    String det = lt.folded.substring(words.get(with + 1)[0], words.get(with + 1)[1]);
    String noun = lt.folded.substring(words.get(with + 2)[0], words.get(with + 2)[1]);
    return (det.equals("sus") || det.equals("ses") || det.equals("leurs"))
        && (noun.startsWith("homolog") && noun.endsWith("s") || noun.equals("pares"));
  }

  /** "se reúne con sus homólogos de Argentina y Sudáfrica": one meeting with each state. */
  private static List<Meeting> counterparts(
      LocalText lt, Sentence s, List<int[]> words, int with, int trigger, PartialDate date) {
    int from = words.get(with)[0];
    int to = namesEnd(lt, lt.clauseEnd(from, s.end()), s.end());
    Set<String> subject = new LinkedHashSet<>(lt.officialsIn(s.start(), trigger));
    if (subject.size() != 1) {
      subject = new LinkedHashSet<>(lt.partiesIn(s.start(), trigger));
    }
    List<String> states = new ArrayList<>();
    for (ActorMention a : lt.analysis.actors()) {
      if (a.kind() == org.entente.model.ActorKind.STATE
          && a.span().start() >= from
          && a.span().end() <= to
          && !subject.contains(a.code())
          && !states.contains(a.code())) {
        states.add(a.code());
      }
    }
    String home = side(lt, subject, states);
    if (home == null || states.size() < 2) {
      return List.of();
    }
    List<Meeting> out = new ArrayList<>();
    for (String p : states) {
      out.add(meeting(lt, s, home, p, date));
    }
    return out;
  }

  /** How far after a comma an official's name may start and still name a counterpart. */
  private static final int NAME_REACH = 12;

  /**
   * The end of a list of counterparts whose names stand between commas: "avec ses homologues
   * togolais, M. A, et béninois, M. B" runs on past each name and each "et"/"y" to the last state.
   */
  private static int namesEnd(LocalText lt, int to, int end) {
    while (to < end && lt.text.charAt(to) == ',') {
      int next = lt.clauseEnd(to + 1, end);
      String part = lt.folded.substring(to + 1, next).strip();
      boolean joined = part.startsWith("et ") || part.startsWith("y ");
      int named = -1;
      for (Person p : lt.analysis.persons()) {
        for (Span sp : p.spans()) {
          if (sp.start() > to && sp.start() - to <= NAME_REACH && sp.end() <= end) {
            named = sp.end(); // "M. A": the name runs past the stop of its courtesy title
          }
        }
      }
      if (!joined && named < 0) {
        break;
      }
      to = named < 0 ? next : lt.clauseEnd(named, end);
    }
    return to;
  }

  /** "avec X, avec Y et avec Z" after the trigger: one meeting per partner, two at least. */
  private static List<Meeting> listed(
      LocalText lt,
      Sentence s,
      List<int[]> words,
      List<Integer> withs,
      int trigger,
      PartialDate date) {
    int firstAt = words.get(withs.get(0))[0];
    if (firstAt < trigger && words.get(withs.get(0))[1] != trigger) {
      return List
          .of(); // a "with" before the verb; the trigger's own last word ("se reunió con") counts
    }
    // the subject's side: its official, else the actors named before the verb
    Set<String> subject = new LinkedHashSet<>(lt.officialsIn(s.start(), trigger));
    if (subject.size() != 1) {
      subject = new LinkedHashSet<>(lt.partiesIn(s.start(), trigger));
    }
    List<String> partners = new ArrayList<>();
    for (int i = 0; i < withs.size(); i++) {
      int from = words.get(withs.get(i))[0];
      int to = i + 1 < withs.size() ? words.get(withs.get(i + 1))[0] : lt.clauseEnd(from, s.end());
      if (i + 1 == withs.size()) {
        to = partnerEnd(lt, from, s.end());
      }
      List<String> ps = new ArrayList<>(lt.partiesIn(from, to));
      ps.removeAll(subject);
      if (ps.size() != 1) {
        return List.of(); // a phrase that names no partner, or several: not a list of partners
      }
      partners.add(ps.get(0));
    }
    String home = side(lt, subject, partners);
    if (home == null) {
      return List.of();
    }
    List<Meeting> out = new ArrayList<>();
    for (String p : new LinkedHashSet<>(partners)) {
      if (!p.equals(home)) {
        out.add(meeting(lt, s, home, p, date));
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** "Con la canciller de Colombia, A, Quispe abordó …": one meeting with the fronted partner. */
  private static List<Meeting> fronted(
      LocalText lt, Sentence s, List<int[]> words, int with, PartialDate date) {
    int from = words.get(with)[0];
    int to = partnerEnd(lt, from, s.end());
    if (to < 0 || lt.officialsIn(from, to).isEmpty()) {
      return List.of(); // "Con este fin, …": no official is the partner
    }
    List<String> partner = new ArrayList<>(lt.officialsIn(from, to));
    for (String p : lt.partiesIn(from, to)) {
      if (!partner.contains(p)) {
        partner.add(p);
      }
    }
    Set<String> rest = new LinkedHashSet<>(lt.partiesIn(to, s.end()));
    rest.removeAll(partner);
    String home = side(lt, rest, partner);
    if (home == null || partner.contains(home)) {
      return List.of();
    }
    return List.of(meeting(lt, s, home, partner.get(0), date));
  }

  /** The side that met every partner: the subject's one state, else the text's home. */
  private static String side(LocalText lt, Set<String> subject, List<String> partners) {
    if (subject.size() == 1) {
      return subject.iterator().next();
    }
    if (lt.home != null && !partners.contains(lt.home)) {
      return lt.home;
    }
    return null;
  }

  private static Meeting meeting(
      LocalText lt, Sentence s, String home, String partner, PartialDate date) {
    Place place = Place.in(lt, s.start(), s.end());
    return new Meeting(
        List.copyOf(new TreeSet<>(List.of(home, partner))),
        Meeting.Mode.IN_PERSON,
        "meeting",
        place == null ? null : place.name(),
        place == null ? null : place.location(),
        date,
        null,
        List.of(new Span(s.start(), s.end())));
  }

  /**
   * The end of a partner phrase that opens at {@code from}: past the first official named within
   * reach (a name may follow its title after a comma), else at the clause's end; -1 when the
   * sentence ends first.
   */
  private static int partnerEnd(LocalText lt, int from, int to) {
    int reach = from;
    List<int[]> words = lt.words(from, to);
    if (!words.isEmpty()) {
      reach = words.get(Math.min(words.size() - 1, PARTNER_REACH))[1];
    }
    int end = -1;
    for (Person p : lt.analysis.persons()) {
      for (Span sp : p.spans()) {
        if (sp.start() > from && sp.end() <= reach && (end < 0 || sp.end() < end)) {
          end = sp.end();
        }
      }
    }
    if (end < 0) {
      for (ActorMention a : lt.analysis.actors()) {
        if (a.span().start() > from
            && a.span().end() <= reach
            && (end < 0 || a.span().end() < end)) {
          end = a.span().end();
        }
      }
    }
    return end < 0 ? lt.clauseEnd(from, to) : Math.max(end, lt.clauseEnd(end, to));
  }

  /** Whether the words before the first "avec"/"con" only open a partner phrase. */
  private static boolean opensWithPartner(LocalText lt, List<int[]> words, int with) {
    Set<String> openers = OPENERS.get(lt.analysis.language());
    if (openers == null) {
      return false;
    }
    for (int k = 0; k < with; k++) {
      String w = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
      if (!openers.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWith(LocalText lt, int[] w) {
    String word = lt.folded.substring(w[0], w[1]);
    return word.equals("avec") || word.equals("con");
  }

  /** The opener words of each language, by its code ("fr", "es"). */
  private static final java.util.Map<String, Set<String>> OPENERS = openers();

  private static java.util.Map<String, Set<String>> openers() {
    java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
    for (Language l : Language.values()) {
      if (l == Language.EN) {
        continue;
      }
      Set<String> ws = new java.util.HashSet<>();
      for (ResourceFile.Line line :
          ResourceFile.read(
              BilateralReports.class,
              "/org/entente/pipeline/lang/" + l.code() + "/partner-openers.txt")) {
        ws.add(org.entente.pipeline.lang.Folding.fold(line.field(0)));
      }
      out.put(l.code(), Set.copyOf(ws));
    }
    return out;
  }

  /** Whether a date of the sentence is its own (not a dateline). */
  static PartialDate ownDate(Lexicon lexicon, LocalText lt, Sentence s) {
    for (DateMention d : lt.datesIn(s.start(), s.end())) {
      if (d.pointDate() != null
          && !lt.isDateline(d)
          && !Tense.futureRelative(lexicon, lt, s.start(), d.start())) {
        return d.pointDate();
      }
    }
    return null;
  }
}
