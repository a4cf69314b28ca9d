package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.time.DateMention;

/**
 * Finds the meetings of a French or Spanish text: a sentence with a meeting trigger of the lexicon
 * ("s'est entretenu avec", "se reunió con", "visioconférence") in a clause that is not about the
 * future (no future verb, no commitment trigger, no date after publication), with at least two
 * parties among the states and organisations it names and the affiliations of its officials. The
 * date is the sentence's date, else the publication date; meetings with one set of parties are one,
 * whose mode is the most specific that any of their sentences gives (a phone call, a video
 * conference). Immutable and thread-safe.
 */
public final class MeetingReader implements Stage {

  /**
   * Kinds whose triggers are nouns ("la visite", "una reunión"): a future verb anywhere before
   * counts.
   */
  private static final java.util.Set<String> NOUN_KINDS =
      java.util.Set.of("visit", "meeting", "summit");

  private static final java.util.regex.Pattern COUNTERPART =
      java.util.regex.Pattern.compile("\\bhomolog|" + LocalText.SPANISH_COUNTERPART);

  /** How many sentences back a dated meeting report lends its date to an undated one. */
  private static final int CONTEXT_SENTENCES = 3;

  private final Lexicon lexicon;

  public MeetingReader(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public String name() {
    return "MeetingExtractor";
  }

  @Override
  public void process(Analysis analysis) {
    LocalText lt = LocalText.of(analysis);
    List<Meeting> found = new ArrayList<>();
    Meeting.Mode docMode = null;
    List<List<PhraseList.Hit<Lexicon.MeetingCue>>> hitsOf = new ArrayList<>();
    for (Sentence s : lt.sentences()) {
      List<PhraseList.Hit<Lexicon.MeetingCue>> hits =
          lexicon.meetingTriggers().find(lt.undated(), s.start(), s.end());
      hitsOf.add(hits);
      for (PhraseList.Hit<Lexicon.MeetingCue> hit : hits) {
        if (hit.value() != null && hit.value().mode() != Meeting.Mode.IN_PERSON) {
          docMode = hit.value().mode();
        }
      }
    }
    // a meeting sentence without a date of its own continues the dated report just before it:
    // "Le ministre a participé le 2 mars à la réunion. En marge de celle-ci, il a rencontré ..."
    PartialDate lastDate = null;
    int lastIndex = -10;
    List<Sentence> sentences = lt.sentences();
    LocalMeetingMerge dates = new LocalMeetingMerge(lexicon);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      List<PhraseList.Hit<Lexicon.MeetingCue>> hits = hitsOf.get(i);
      List<Meeting> ms = bilaterals(lt, sentence, hits);
      boolean pair = !ms.isEmpty();
      if (ms.isEmpty()) {
        Meeting one =
            meeting(
                lt,
                sentence,
                hits,
                found.isEmpty() ? List.of() : found.get(0).parties(),
                dates.loose);
        if (one == null) {
          PartialDate told = reportedDay(lt, sentence, hits);
          if (told != null) {
            lastDate = told; // "sostuvo el lunes tres reuniones": the day of the talks told next
            lastIndex = i;
          }
          continue;
        }
        ms = List.of(one);
      }
      for (Meeting m : ms) {
        if (m.date() != null) {
          if (m.date().isComplete()) {
            lastDate = m.date();
            lastIndex = i;
          }
        } else {
          PartialDate date = i - lastIndex <= CONTEXT_SENTENCES ? lastDate : null;
          if (date != null && pair) {
            lastIndex = i; // a round of talks told one partner at a time keeps its day
          }
          boolean defaulted = date == null && lt.analysis.referenceDate() != null;
          if (defaulted) {
            date = PartialDate.of(lt.analysis.referenceDate());
          }
          m =
              new Meeting(
                  m.parties(), m.mode(), m.kind(), m.place(), m.location(), date, null, m.spans());
          dates.borrowed.add(m);
          if (defaulted) {
            dates.published.add(m);
          }
        }
        if (pair) {
          dates.pairs.add(m);
        }
        found.add(m);
      }
    }
    List<Meeting> merged = dates.merge(lt, found);
    // a call named only where no parties are (a headline "Entretien téléphonique entre ..."):
    // the text's one in-person report without a place of its own is that call
    merged.addAll(Gatherings.of(lt, lexicon, merged));
    boolean callReported = false;
    for (Meeting m : merged) {
      callReported |= m.mode() != Meeting.Mode.IN_PERSON;
    }
    for (Meeting m : merged) {
      Meeting.Mode mode =
          m.mode() == Meeting.Mode.IN_PERSON
                  && docMode != null
                  && !callReported
                  && m.place() == null
                  && merged.size() == 1
              ? docMode
              : m.mode();
      analysis
          .meetings()
          .add(
              new Meeting(
                  m.parties(), mode, m.kind(), m.place(), m.location(), m.date(), null, m.spans()));
    }
  }

  /**
   * The kind of the verbs of taking place ("s'est tenue", "se celebró"): with a meeting noun in
   * their sentence they report a session, of the text's lead talks when it names no parties ("La
   * précédente session s'était tenue à Tripoli en 2021").
   */
  private static final String SESSION = "session";

  /** The kind of the triggers of a journey: "visite", "visita", "s'est rendu". */
  private static final String VISIT = "visit";

  /** The state of the first capital named in [from, to), or null. */
  private static String capitalAfter(LocalText lt, int from, int to) {
    for (ActorMention a : lt.analysis.actors()) {
      if (a.kind() == ActorKind.STATE
          && a.how() == ActorMention.How.CAPITAL
          && a.span().start() >= from
          && a.span().end() <= to) {
        return a.code();
      }
    }
    return null;
  }

  /** Whether a verb of taking place follows {@code hit} in its sentence. */
  private static boolean laterSession(
      List<PhraseList.Hit<Lexicon.MeetingCue>> hits, PhraseList.Hit<Lexicon.MeetingCue> hit) {
    for (PhraseList.Hit<Lexicon.MeetingCue> h : hits) {
      if (h.start() > hit.start() && h.value() != null && h.value().kind().equals(SESSION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A date set off by a comma right after the clause, alone up to the sentence's next mark: "se
   * habían reunido en Lima, en marzo." It adds to the clause and is no other clause's date.
   */
  private static boolean appended(LocalText lt, int clauseEnd, DateMention d, int sentenceEnd) {
    if (d.start() < clauseEnd || lt.text.charAt(clauseEnd) != ',') {
      return false;
    }
    String between = lt.folded.substring(clauseEnd + 1, d.start()).strip();
    if (!between.isEmpty() && !APPENDED_DATE_WORDS.contains(between)) {
      return false;
    }
    return lt.clauseEnd(d.end(), sentenceEnd) - d.end() <= 1
        && (lt.clauseEnd(d.end(), sentenceEnd) == sentenceEnd
            || lt.text.charAt(lt.clauseEnd(d.end(), sentenceEnd)) != ',');
  }

  /**
   * Whether {@code d} opens sentence {@code s}, set off by a comma, so that it dates the sentence's
   * main clause: "Mercredi, le président s'est entretenu …", "El lunes, la canciller recibió …".
   */
  private static boolean fronted(LocalText lt, Sentence s, DateMention d) {
    String before = lt.folded.substring(s.start(), d.start()).strip();
    if (!before.isEmpty() && !APPENDED_DATE_WORDS.contains(before)) {
      return false;
    }
    String after = lt.text.substring(d.end(), Math.min(s.end(), d.end() + 2)).strip();
    return after.startsWith(",");
  }

  /** The prepositions that may open a date set off by a comma: "…, en marzo", "…, le 3 mai". */
  private static final Set<String> APPENDED_DATE_WORDS = Set.of("en", "el", "le", "au", "a", "à");

  /**
   * The meetings of a sentence that lists or fronts the partners of bilateral talks (see {@link
   * BilateralReports}); empty otherwise, or when the sentence tells of the future.
   */
  private List<Meeting> bilaterals(
      LocalText lt, Sentence s, List<PhraseList.Hit<Lexicon.MeetingCue>> hits) {
    if (Tense.isFuture(lexicon, lt, s.start(), s.end(), lt.analysis.referenceDate())
        || lexicon.hedges().any(lt.folded, s.start(), s.end())) {
      return List.of();
    }
    PhraseList.Hit<Lexicon.MeetingCue> first = firstTrigger(hits);
    return BilateralReports.read(
        lt, s, first == null ? -1 : first.end(), BilateralReports.ownDate(lexicon, lt, s));
  }

  /** The first hit that reports a meeting (no sidelines phrase), or null. */
  private static PhraseList.Hit<Lexicon.MeetingCue> firstTrigger(
      List<PhraseList.Hit<Lexicon.MeetingCue>> hits) {
    for (PhraseList.Hit<Lexicon.MeetingCue> hit : hits) {
      if (hit.value() != null && !Gatherings.isSidelines(hit)) {
        return hit;
      }
    }
    return null;
  }

  /** Whether a plural meeting noun is counted: "tres reuniones bilaterales", "3 entretiens". */
  private boolean counted(LocalText lt, Sentence s, PhraseList.Hit<Lexicon.MeetingCue> hit) {
    String phrase = lt.folded.substring(hit.start(), hit.end());
    String head = phrase.split(" ")[0];
    if (!head.endsWith("s") && !head.endsWith("x")) {
      return false; // the head noun of "reuniones bilaterales", "entretiens bilatéraux"
    }
    List<int[]> before = lt.words(s.start(), hit.start());
    if (before.isEmpty()) {
      return false;
    }
    int[] w = before.get(before.size() - 1);
    String word = lt.folded.substring(w[0], w[1]);
    if (word.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(word) >= 2;
    }
    for (String[] n : lexicon.dateWords("number")) {
      if (n[0].equals(word)) {
        return !n[1].equals("1");
      }
    }
    return false;
  }

  /**
   * The day a sentence reports talks on without naming their partners ("sostuvo el lunes tres
   * reuniones bilaterales"): the date the reports of each that follow take; null when it is not
   * such a sentence.
   */
  private PartialDate reportedDay(
      LocalText lt, Sentence s, List<PhraseList.Hit<Lexicon.MeetingCue>> hits) {
    if (firstTrigger(hits) == null
        || Tense.isFuture(lexicon, lt, s.start(), s.end(), lt.analysis.referenceDate())) {
      return null;
    }
    PartialDate d = BilateralReports.ownDate(lexicon, lt, s);
    return d != null && d.isComplete() ? d : null;
  }

  /**
   * "ont tenu la session de la commission mixte et sont convenus de …": an undertaking joined by
   * "et" or "y" after the meeting is a clause of its own, and says nothing of the meeting's tense.
   * The offset of that "et", else {@code end}.
   */
  private int coordinatedEnd(LocalText lt, int from, int end) {
    for (PhraseList.Hit<Lexicon.Complement> t :
        lexicon.commitmentTriggers().find(lt.folded, from, end)) {
      String before = lt.folded.substring(from, t.start());
      int and = Math.max(before.lastIndexOf(" et "), before.lastIndexOf(" y "));
      if (and >= 0 && before.substring(and).strip().split(" ").length == 1) {
        return from + and;
      }
    }
    return end;
  }

  /** The most characters of articles between a frame cue and its organisation: "de la ". */
  private static final int FRAME_GAP = 6;

  /**
   * The organisations a frame cue puts before ("dans le cadre de l'UE", "en el marco de la OEA",
   * "chargé de la Francophonie"): the frame of what the sentence tells, not a side of its talks.
   */
  private Set<String> framed(LocalText lt, int from, int to) {
    Set<String> out = new HashSet<>();
    for (PhraseList.Hit<String> hit : lexicon.frameCues().find(lt.folded, from, to)) {
      for (ActorMention a : lt.analysis.actors()) {
        if (a.kind() != ActorKind.STATE
            && a.span().start() >= hit.end()
            && a.span().start() - hit.end() <= FRAME_GAP) {
          out.add(a.code());
        }
      }
    }
    return out;
  }

  /**
   * The hits in text order, except that a sentence opened by a visit as an adjunct ("En visite au
   * Pérou depuis dimanche, le ministre s'est entretenu mardi avec …") is told by the trigger after
   * its comma: the talks, and their date, are that trigger's, not the stay's.
   */
  /**
   * What opens a sentence before a noun adjunct, after its dateline if any: nothing, or "En ", "De
   * ", "Lors de sa ", "Durante su ".
   */
  private static final java.util.regex.Pattern ADJUNCT_OPENING =
      java.util.regex.Pattern.compile(
          "(?:[^.]*[–—:-])?\\s*(?:(?:en|de|lors d[eu']?|au cours d[eu']?|durant|pendant|durante)\\s*"
              + "(?:(?:sa|son|ses|su|sus|la|le|l'|una|un|une)\\s*)?)?");

  private static List<PhraseList.Hit<Lexicon.MeetingCue>> verbsFirst(
      LocalText lt, Sentence s, List<PhraseList.Hit<Lexicon.MeetingCue>> hits) {
    if (hits.size() < 2
        || hits.get(0).value() == null
        || !VISIT.equals(hits.get(0).value().kind())
        || !ADJUNCT_OPENING
            .matcher(lt.folded.substring(s.start(), hits.get(0).start()))
            .matches()) {
      return hits;
    }
    int comma = lt.text.indexOf(',', hits.get(0).end());
    if (comma < 0 || comma >= s.end()) {
      return hits;
    }
    for (int i = 1; i < hits.size(); i++) {
      PhraseList.Hit<Lexicon.MeetingCue> h = hits.get(i);
      if (h.start() > comma
          && h.value() != null
          && !VISIT.equals(h.value().kind())
          && !h.value().kind().equals(SESSION)) {
        List<PhraseList.Hit<Lexicon.MeetingCue>> out = new ArrayList<>(hits);
        out.remove(i);
        out.add(0, h);
        return out;
      }
    }
    return hits;
  }

  /** How many words after a talk may name the press it was given to. */
  private static final int MEDIA_REACH = 4;

  /** Whether talks {@code hit} are an interview: a word of the press follows within a few words. */
  private boolean interview(LocalText lt, PhraseList.Hit<Lexicon.MeetingCue> hit, int to) {
    if (!"talks".equals(hit.value().kind())) {
      return false;
    }
    int seen = 0;
    for (int[] w : lt.words(hit.end(), to)) {
      if (lexicon.mediaWords().contains(lt.folded.substring(w[0], w[1]))) {
        return true;
      }
      if (++seen >= MEDIA_REACH) {
        break;
      }
    }
    return false;
  }

  private Meeting meeting(
      LocalText lt,
      Sentence s,
      List<PhraseList.Hit<Lexicon.MeetingCue>> hits,
      List<String> lead,
      Set<Meeting> loose) {
    if (lexicon.cancellations().any(lt.folded, s.start(), s.end())) {
      return null; // "la commission, qui devait se réunir en avril, est reportée sine die"
    }
    for (PhraseList.Hit<Lexicon.MeetingCue> hit : verbsFirst(lt, s, hits)) {
      if (hit.value() == null || Gatherings.isSidelines(hit)) {
        continue;
      }
      if (interview(lt, hit, s.end())) {
        continue; // "en una entrevista con la radio nacional": given to the press
      }
      boolean session = hit.value().kind().equals(SESSION);
      if (session
          && hits.stream().noneMatch(h -> h.value() != null && !h.value().kind().equals(SESSION))) {
        continue; // "l'attaque a eu lieu": no meeting noun, no session
      }
      if (counted(lt, s, hit)) {
        continue; // "tres reuniones bilaterales": a round of talks, each told on its own
      }
      int cs = lt.clauseStart(s.start(), hit.start());
      int ce = coordinatedEnd(lt, hit.end(), lt.clauseEnd(hit.end(), s.end()));
      boolean noun =
          NOUN_KINDS.contains(hit.value().kind())
              && !(ClauseSubjects.verbPhrase(lt, hit)
                  && ClauseSubjects.unnamed(lt, cs, hit.start()));
      if (Tense.isFuture(lexicon, lt, noun ? s.start() : cs, ce, lt.analysis.referenceDate())
          || lexicon.hedges().any(lt.folded, cs, ce)) {
        continue;
      }
      List<String> parties = lt.partiesIn(s.start(), s.end());
      Set<String> officials = lt.officialsIn(s.start(), s.end());
      // « Mayotte est une île comorienne », a déclaré M. X à l'issue de la rencontre: a quotation
      // names no side; nor, when the officials give the sides, does a place where something
      // happened ("a convoqué l'ambassadeur de France … après le renvoi de ressortissants
      // interpellés à Mayotte")
      parties.removeIf(p -> lt.onlyQuotedIn(p, s.start(), s.end()));
      List<String> placed = new ArrayList<>();
      for (String p : parties) {
        if (!officials.contains(p) && lt.onlyPlaceIn(p, s.start(), s.end())) {
          placed.add(p);
        }
      }
      if (officials.size() >= 2 || parties.size() - placed.size() >= 2) {
        parties.removeAll(placed); // "la cumbre de la OEA en Paraguay": where, not who
      }
      // "en marge du sommet de l'UA": where the talks were held, not a side of them (unless the
      // talks have no other sides: then they are the gathering's)
      List<String> sides = new ArrayList<>(parties);
      sides.removeAll(Gatherings.venues(lt, lexicon, s.start(), s.end()));
      sides.removeAll(framed(lt, s.start(), s.end()));
      if (sides.size() >= 2) {
        parties = sides;
      }
      if (parties.size() == 1
          && (!noun || COUNTERPART.matcher(lt.folded.substring(s.start(), s.end())).find())) {
        // "X s'est entretenu avec son homologue": the other side is the document's other state
        String second = parties.contains(lt.home) ? lt.other() : lt.home;
        if (second != null && !lt.isOrganisation(parties.get(0))) {
          TreeSet<String> p = new TreeSet<>(parties);
          p.add(second);
          parties = List.copyOf(p);
        }
      }
      if (parties.size() == 1
          && !noun
          && lt.isOrganisation(parties.get(0))
          && !lt.partiesIn(s.start(), hit.start()).contains(parties.get(0))
          && ClauseSubjects.withObject(lt, hit.end(), s.end())
          && !lexicon.titles().any(lt.folded, cs, hit.start())) {
        // "Il s'est entretenu avec le secrétaire général de l'ONU": the organisation after "avec",
        // the subject a pronoun or left out, is met by the official the text told of last, else
        // by the document's home state
        String subject = ClauseSubjects.lastSideBefore(lt, s.start(), parties.get(0));
        if (subject != null) {
          parties = List.copyOf(new TreeSet<>(List.of(parties.get(0), subject)));
        }
      }
      boolean unnamed = lexicon.subjects().any(lt.folded, s.start(), hit.start());
      if ((session || unnamed) && parties.size() < 2 && lead.size() >= 2) {
        // "Les deux ministres ont coprésidé ...": the sides of the talks the text leads with
        TreeSet<String> p = new TreeSet<>(parties);
        p.addAll(lead);
        parties = List.copyOf(p);
      } else if (unnamed && parties.size() < 2 && lead.isEmpty()) {
        // "les deux pays ont passé en revue, lors de la commission mixte, …" opening the text: its
        // two
        // states
        TreeSet<String> p = new TreeSet<>(parties);
        if (lt.home != null && lt.other() != null) {
          p.add(lt.home);
          p.add(lt.other());
        }
        parties = List.copyOf(p);
      }
      if (parties.size() == 1 && VISIT.equals(hit.value().kind())) {
        // "est allée en visite à Lomé": the capital visited is the host
        String host = capitalAfter(lt, hit.end(), ce);
        if (host != null && !parties.contains(host)) {
          TreeSet<String> p = new TreeSet<>(parties);
          p.add(host);
          parties = List.copyOf(p);
        }
      }
      if (parties.size() < 2) {
        continue;
      }
      // the date nearest the trigger: "reçu le 3 mars ... l'accord signé le 5 mai 2019"
      PartialDate date = null;
      int distance = Integer.MAX_VALUE;
      boolean inClause = false;
      for (DateMention d : lt.datesIn(s.start(), s.end())) {
        if (d.start() >= hit.end() && Tense.futureRelative(lexicon, lt, hit.end(), d.start())) {
          continue; // "…, la commission mixte, qui se tiendra au Caire en septembre": its date
        }
        if (d.pointDate() != null && !lt.isDateline(d)) {
          int gap = d.start() >= hit.end() ? d.start() - hit.end() : hit.start() - d.end();
          if (gap < distance) {
            distance = gap;
            date = d.pointDate();
            inClause =
                d.start() >= cs && d.end() <= ce
                    || appended(lt, ce, d, s.end())
                    || fronted(lt, s, d);
          }
        }
      }
      if (!inClause && laterSession(hits, hit)) {
        continue; // "depuis la deuxième session, tenue à Tunis en mai 2023": the verb dates it
      }
      Place place = Place.in(lt, s.start(), s.end());
      Meeting found =
          new Meeting(
              parties,
              hit.value().mode(),
              session ? "meeting" : hit.value().kind(),
              place == null ? null : place.name(),
              place == null ? null : place.location(),
              date,
              null,
              List.of(new Span(s.start(), s.end())));
      if (!inClause) {
        loose.add(found); // "…, acordada en junio de 2013": another clause's date
      }
      return found;
    }
    return null;
  }
}
