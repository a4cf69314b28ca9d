package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.gazetteer.PublisherState;
import org.entente.pipeline.lang.Language;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.time.DateMention;

/**
 * Whose news a French or Spanish document is: the state of its dateline, else the state it names
 * most often (counterparts' states left out), with the votes of its source ({@link SourceCues}) and
 * of the site it was published on ({@link PublisherState}). Bare titles ("le président de la
 * République") serve that state. Static helpers of {@link LocalText}; stateless and thread-safe.
 */
final class HomeState {

  private HomeState() {}

  /** The home state of the text before {@code bodyEnd}; {@code folded} is the folded text. */
  static String of(Analysis analysis, String folded, int bodyEnd) {
    Map<String, Integer> counts = new HashMap<>();
    // the lead's subject is the story's protagonist, named with a demonym or not
    int leadEnd = analysis.sentences().isEmpty() ? 0 : analysis.sentences().get(0).end();
    List<PhraseList.Hit<Lexicon.MeetingCue>> visits = visits(analysis, folded, bodyEnd);
    for (ActorMention a : analysis.actors()) {
      if (a.kind() == ActorKind.STATE
          && a.span().start() < bodyEnd
          && !isCounterpart(folded, a)
          && !isDestination(folded, visits, a)
          && !(qualifiesOffice(folded, a) && a.span().start() > leadEnd)) {
        counts.merge(a.code(), 1, Integer::sum);
      }
    }
    returns(analysis, folded, bodyEnd).forEach(c -> counts.merge(c, RETURN_VOTES, Integer::sum));
    SourceCues.votes(analysis.text(), folded, analysis.actors())
        .forEach((c, v) -> counts.merge(c, v, Integer::sum));
    String publisher = PublisherState.of(analysis.document().source());
    if (publisher != null) {
      counts.merge(publisher, PUBLISHER_VOTES, Integer::sum);
    }
    String dateline = dateline(analysis);
    if (dateline != null && journeyTo(analysis, folded, dateline)) {
      dateline = null; // "KUALA LUMPUR – … Déplacement de la ministre en Malaisie": filed abroad
    }
    return dateline != null ? dateline : most(counts);
  }

  /** The visits a text tells of ("s'est rendu", "visita oficial"), in text order. */
  private static List<PhraseList.Hit<Lexicon.MeetingCue>> visits(
      Analysis analysis, String folded, int bodyEnd) {
    List<PhraseList.Hit<Lexicon.MeetingCue>> out = new ArrayList<>();
    Language language = Language.of(analysis.language()).orElse(null);
    if (language == null || language == Language.EN) {
      return out;
    }
    for (PhraseList.Hit<Lexicon.MeetingCue> h :
        Lexicon.of(language).meetingTriggers().find(folded, 0, bodyEnd)) {
      if (h.value() != null && "visit".equals(h.value().kind())) {
        out.add(h);
      }
    }
    return out;
  }

  /** How far after a journey's noun its destination may be named: "Déplacement de M. X au ". */
  private static final int JOURNEY_REACH = 60;

  /**
   * Whether the headline or lead tells of a journey of the text's traveller to state {@code code}
   * ("Déplacement de la ministre déléguée en Malaisie", "Gira del canciller por Asia y Japón").
   */
  private static boolean journeyTo(Analysis analysis, String folded, String code) {
    Language language = Language.of(analysis.language()).orElse(null);
    if (language == null || language == Language.EN) {
      return false;
    }
    int leadEnd =
        analysis.sentences().size() < 2 ? folded.length() : analysis.sentences().get(1).end();
    for (PhraseList.Hit<String> h : Lexicon.of(language).travelNouns().find(folded, 0, leadEnd)) {
      for (ActorMention a : analysis.actors()) {
        int st = a.span().start();
        if (a.code().equals(code)
            && st >= h.end()
            && st - h.end() <= JOURNEY_REACH
            && folded.substring(h.end(), st).indexOf('.') < 0
            && TO.matcher(folded.substring(h.end(), st)).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The votes of a state the text's traveller goes home to: as many as three mentions. */
  private static final int RETURN_VOTES = 3;

  /** How far after words of going home the state may be named: "regreso a la República de ". */
  private static final int RETURN_REACH = 16;

  /** The states the text's traveller goes home to: "antes de su regreso a Chile". */
  private static List<String> returns(Analysis analysis, String folded, int bodyEnd) {
    List<String> out = new ArrayList<>();
    Language language = Language.of(analysis.language()).orElse(null);
    if (language == null || language == Language.EN) {
      return out;
    }
    for (PhraseList.Hit<String> h : Lexicon.of(language).returnCues().find(folded, 0, bodyEnd)) {
      for (ActorMention a : analysis.actors()) {
        if (a.kind() == ActorKind.STATE
            && a.span().start() >= h.end()
            && a.span().start() - h.end() <= RETURN_REACH) {
          out.add(a.code());
          break;
        }
      }
    }
    return out;
  }

  /** How far after a visit's words its destination may be named: "s'est rendu le 2 mai à ". */
  private static final int DESTINATION_REACH = 40;

  /** A preposition of going to, folded: "à", "au", "aux", "en", "a". */
  private static final java.util.regex.Pattern TO =
      java.util.regex.Pattern.compile("(?:^|\\s)(?:a|au|aux|en)\\s+(?:la\\s+|l')?$");

  /**
   * Whether {@code a} is where a visit goes ("s'est rendu mardi à Niamey", "visita oficial a
   * Chile"): the destination of the text's traveller, whose own state the text is about.
   */
  static boolean isDestination(
      String folded, List<PhraseList.Hit<Lexicon.MeetingCue>> visits, ActorMention a) {
    int st = a.span().start();
    for (PhraseList.Hit<Lexicon.MeetingCue> h : visits) {
      if (h.end() <= st && st - h.end() <= DESTINATION_REACH) {
        String between = folded.substring(h.end(), st);
        if (between.indexOf('.') < 0 && between.indexOf(',') < 0 && TO.matcher(between).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The votes of the site a text was published on ("….gouv.xx"): as many as three mentions. */
  private static final int PUBLISHER_VOTES = 3;

  /** The key with the highest count, the first in alphabetical order on a tie; null if none. */
  private static String most(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null
          || e.getValue() > counts.get(best)
          || e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Words right before a state that make it the other side, never the speaker: "son homologue
   * tunisien", "su par de Chile", "sus homólogos de Perú y Bolivia".
   */
  private static final java.util.regex.Pattern COUNTERPART_BEFORE =
      java.util.regex.Pattern.compile(
          "(?:homologues?|homologos?|homologas?|"
              + LocalText.SPANISH_COUNTERPART
              + ")"
              + "(?:\\s+(?:de|del|d'|du|des|de la|de l'|et|y|,)?\\s*[\\p{L}'-]*){0,2}\\s*$");

  /**
   * Words of an office right before a demonym that qualifies it: "la ministre italienne", "el
   * canciller boliviano", "la délégation sénégalaise". A text names its own officials without their
   * nationality, so past its first sentence these say whose officials are the visitors', not whose
   * news it is.
   */
  private static final java.util.regex.Pattern OFFICE_BEFORE =
      java.util.regex.Pattern.compile(
          "(?:ministre|ministres|ministro|ministros|ministra|president|presidente|presidenta"
              + "|canciller|ambassadeur|ambassadrice|embajador|embajadora|secretaire d'etat"
              + "|chef de la diplomatie|delegation|delegacion|homologue|homologo|homologa)\\s*$");

  /** Whether {@code a} is a demonym that qualifies an office: "le ministre portugais". */
  static boolean qualifiesOffice(String folded, ActorMention a) {
    int st = a.span().start();
    return a.how() == ActorMention.How.DEMONYM
        && OFFICE_BEFORE.matcher(folded.substring(Math.max(0, st - 30), st)).find();
  }

  /** Whether {@code a} names the counterpart of an official: "son homologue marocain". */
  static boolean isCounterpart(String folded, ActorMention a) {
    int st = a.span().start();
    return COUNTERPART_BEFORE.matcher(folded.substring(Math.max(0, st - 40), st)).find();
  }

  /** The state named most often other than {@code code}, or null. */
  static String mostNamedOtherThan(Analysis analysis, String code) {
    Map<String, Integer> counts = new HashMap<>();
    for (ActorMention a : analysis.actors()) {
      if (a.kind() == ActorKind.STATE && !a.code().equals(code)) {
        counts.merge(a.code(), 1, Integer::sum);
      }
    }
    return most(counts);
  }

  /**
   * The state of the city that opens a line as a dateline ("Abidjan, le 10 juin", "LIMA, 3 de marzo
   * –", "Dakar —"): the place the story is told from. Null when there is none.
   */
  private static String dateline(Analysis analysis) {
    String t = analysis.text();
    for (ActorMention a : analysis.actors()) {
      int st = a.span().start();
      if (a.kind() != ActorKind.STATE
          || a.how() != ActorMention.How.CAPITAL && a.how() != ActorMention.How.NAME) {
        continue;
      }
      if (st > 0 && t.charAt(st - 1) != '\n') {
        continue;
      }
      String after = t.substring(a.span().end(), Math.min(t.length(), a.span().end() + 3)).strip();
      if (a.how() == ActorMention.How.NAME) {
        // a city that is its state's name ("Djibouti, le 9 juin", "Panamá, 3 de mayo"): only
        // before a date, for "Maroc, Tunisie et Algérie" opening a line is no dateline
        if (after.startsWith(",") && dateRightAfter(analysis, a.span().end())) {
          return a.code();
        }
        continue;
      }
      int lineEnd = t.indexOf('\n', a.span().end());
      if (st < TOP && t.substring(a.span().end(), lineEnd < 0 ? t.length() : lineEnd).isBlank()) {
        return a.code(); // "EFE\nQuito\nEl ministro …": a capital alone on a line at the top
      }
      if (after.startsWith(",")
          || after.startsWith("\u2013")
          || after.startsWith("\u2014")
          || after.startsWith("-")
          || after.startsWith("(")) {
        return a.code();
      }
    }
    return null;
  }

  /** How far into the text a capital alone on its line is a dateline. */
  private static final int TOP = 600;

  /** The most characters between a dateline's city and its date: ", le ", ", el ". */
  private static final int DATELINE_GAP = 6;

  /** Whether a date mention begins within a few characters after {@code end}. */
  private static boolean dateRightAfter(Analysis analysis, int end) {
    for (DateMention d : analysis.dates()) {
      if (d.start() >= end && d.start() <= end + DATELINE_GAP) {
        return true;
      }
    }
    return false;
  }
}
