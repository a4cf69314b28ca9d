package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads where an official named just before goes in the clause that follows: a state travelled to
 * is a host, a state returned to is home. Not thread-safe.
 */
final class TravelClauses {

  /** Verbs of travel before a destination: "leaves for", "flew to", "arrived in", "visited". */
  private static final Set<String> TRAVEL_VERBS =
      Set.of(
          "leave",
          "leaves",
          "left",
          "leaving",
          "fly",
          "flies",
          "flew",
          "flying",
          "travel",
          "travels",
          "travelled",
          "traveled",
          "travelling",
          "traveling",
          "arrive",
          "arrives",
          "arrived",
          "arriving",
          "visit",
          "visits",
          "visited",
          "visiting",
          "head",
          "heads",
          "headed",
          "heading");

  /** Words between a name and its own verb: "X, who is due to leave for…". */
  private static final Set<String> CLAUSE_GLUE =
      Set.of(
          ",",
          "who",
          "will",
          "would",
          "is",
          "was",
          "has",
          "had",
          "have",
          "also",
          "then",
          "later",
          "to",
          "due",
          "expected",
          "set",
          "plans",
          "planned",
          "scheduled",
          "be",
          "shall",
          "soon");

  /** Words of a visit named by its noun: "X, on an official working visit to Ghana, …". */
  private static final Set<String> VISIT_GLUE =
      Set.of("on", "a", "an", "his", "her", "their", "official", "working", "state", "during");

  /** Words before a title that make its holder a visitor's host: "will call on", "met". */
  private static final List<List<String>> HOST_CUES = hostCues();

  private static List<List<String>> hostCues() {
    List<List<String>> out = new ArrayList<>();
    for (String line :
        org.entente.pipeline.resources.ResourceFile.firstFields(
            TravelClauses.class, "host-cues.txt")) {
      out.add(List.of(line.split(" ")));
    }
    return out;
  }

  /** Nouns of a journey before its destination: "a visit to Chile", "her trip to Peru". */
  private static final Set<String> JOURNEYS = Set.of("visit", "trip", "tour", "journey");

  private final MarkedTokens doc;

  /** The token of each journey's destination in the text, in text order; null until read. */
  private List<Integer> journeys;

  /** The state of each of {@link #journeys}. */
  private final List<String> journeyStates = new ArrayList<>();

  TravelClauses(MarkedTokens doc) {
    this.doc = doc;
  }

  /**
   * The state that the sentence of {@code k} places its events in before it ("talks in Tonga with
   * …"), else the state of the first journey the text tells before token {@code k} ("will leave on
   * a visit to Peru", "arrived in Chile"); null if none.
   */
  String destinationBefore(int k) {
    if (journeys == null) {
      journeys = new ArrayList<>();
      findJourneys();
    }
    for (int j = k - 1; j >= 0 && doc.sentence[j] == doc.sentence[k]; j--) {
      if (doc.actor[j] != null
          && doc.stateActor[j]
          && j > 0
          && doc.lowerIs(j - 1, "in")
          && (j < 2 || doc.actor[j - 2] == null)) {
        return doc.actor[j];
      }
    }
    // the story's journey, the first it tells: a later one may be another side's ("when the
    // Prime Minister pays a visit to Peru next year")
    return !journeys.isEmpty() && journeys.get(0) < k ? journeyStates.get(0) : null;
  }

  private void findJourneys() {
    for (int j = 0; j + 2 < doc.size(); j++) {
      String w = doc.lower(j);
      if (!TRAVEL_VERBS.contains(w) && !JOURNEYS.contains(w)) {
        continue;
      }
      int t = destinationStart(j, true);
      if (t < 0) {
        continue;
      }
      for (String code : destinations(t)) {
        journeys.add(t);
        journeyStates.add(code);
      }
    }
  }

  /**
   * Whether the words right before the title that starts at {@code titleFrom} make its holder a
   * host, in the same sentence: "will call on President X", "was received by the Speaker".
   */
  boolean hostCueBefore(int titleFrom) {
    int end = titleFrom;
    while (end > 0
        && doc.sentence[end - 1] == doc.sentence[titleFrom]
        && (doc.lowerIs(end - 1, "the") || doc.cls[end - 1] == TitleLexicon.WordClass.HONORIFIC)) {
      end--;
    }
    for (List<String> cue : HOST_CUES) {
      int from = end - cue.size();
      if (from < 0 || doc.sentence[from] != doc.sentence[titleFrom]) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < cue.size() && same; i++) {
        same = doc.lower(from + i).equals(cue.get(i));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /**
   * The state that a person named just before {@code k} returns to, in the same sentence: "on his
   * return to Lima", "returned home to Quito". Null if none.
   */
  String returnedTo(int k) {
    for (int j = k;
        j < Math.min(doc.size() - 2, k + 20) && doc.sentence[j] == doc.sentence[k];
        j++) {
      String w = doc.lower(j);
      if (!(w.equals("return") || w.equals("returned") || w.equals("returning"))) {
        continue;
      }
      int t = j + 1;
      if (doc.lowerIs(t, "home")) {
        t++;
      }
      if (t < doc.size() && doc.lowerIs(t, "to")) {
        t++;
        if (t < doc.size() && doc.lowerIs(t, "the")) {
          t++;
        }
        if (t < doc.size() && doc.actor[t] != null && doc.stateActor[t]) {
          return doc.actor[t];
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The state that a person named just before {@code k} travels to, in the person's own clause and
   * within a few words: "who leaves for Moscow", "flew to Beijing", "will visit Chile and Peru".
   * Empty if none.
   */
  List<String> travelsTo(int k) {
    for (int j = k;
        j < Math.min(doc.size() - 1, k + 8) && doc.sentence[j] == doc.sentence[k];
        j++) {
      String w = doc.lower(j);
      if (!TRAVEL_VERBS.contains(w)) {
        if (CLAUSE_GLUE.contains(w) || VISIT_GLUE.contains(w) || w.endsWith("-day")) {
          continue;
        }
        return List.of(); // another clause, maybe another subject: "when he visits Washington"
      }
      int to = destinationStart(j, false);
      if (to >= 0) {
        return destinations(to);
      }
    }
    return List.of();
  }

  /**
   * The state that a person named just before {@code k} is in on a visit, said by the noun: "X, on
   * an official visit to Ghana, …", "X, during her working visit to Peru, …". Empty if none (a
   * visit planned or made with a verb may lie before or after the sentence's events).
   */
  List<String> onVisitTo(int k) {
    int j = k < doc.size() && doc.lowerIs(k, ",") ? k + 1 : k;
    if (j >= doc.size() || !(doc.lowerIs(j, "on") || doc.lowerIs(j, "during"))) {
      return List.of();
    }
    for (j++; j < Math.min(doc.size() - 1, k + 8); j++) {
      String w = doc.lower(j);
      if (w.equals("visit")) {
        String p = doc.lower(j + 1);
        return p.equals("to") || p.equals("in") ? destinations(j + 2) : List.of();
      }
      if (!VISIT_GLUE.contains(w) && !w.endsWith("-day")) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * The token where the destination of the travel word at {@code j} starts: after "for", "to", "in"
   * (and "of", for a journey noun: "a tour of Chile"), or right after "visit" ("visited Chile"); -1
   * when none may follow.
   */
  private int destinationStart(int j, boolean noun) {
    String w = doc.lower(j);
    String p = doc.lower(j + 1);
    if (p.equals("for") || p.equals("to") || p.equals("in") || noun && p.equals("of")) {
      return j + 2;
    }
    return w.startsWith("visit") ? j + 1 : -1;
  }

  /** The states listed from token {@code t}: "Japan and the Republic of Korea", "Chile, Peru". */
  private List<String> destinations(int t) {
    List<String> out = new ArrayList<>();
    while (t < doc.size()) {
      if (doc.lowerIs(t, "the")) {
        t++;
      }
      if (t >= doc.size() || doc.actor[t] == null || !doc.stateActor[t]) {
        break;
      }
      String code = doc.actor[t];
      out.add(code);
      while (t < doc.size() && code.equals(doc.actor[t])) {
        t++;
      }
      if (t + 1 < doc.size() && (doc.lowerIs(t, "and") || doc.lowerIs(t, ","))) {
        t++;
      } else {
        break;
      }
    }
    return out;
  }
}
