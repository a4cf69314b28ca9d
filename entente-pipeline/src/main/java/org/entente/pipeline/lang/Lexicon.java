package org.entente.pipeline.lang;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.Agreement;
import org.entente.model.Meeting;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.topics.TopicLexicon;

/**
 * The word lists of one language, from its folder beside this class ({@code fr/}, {@code es/}):
 * titles, meeting triggers, instruments and their statuses, commitment triggers, date words and
 * topic cues. Each file documents its format in its header; a bad line fails at load naming file,
 * line and value. Immutable and thread-safe; loaded once per language.
 */
public final class Lexicon {

  /** What a meeting trigger says: the kind of interaction and how the parties met. */
  public record MeetingCue(String kind, Meeting.Mode mode) {}

  /**
   * What follows a commitment trigger: an infinitive, a noun phrase, or nothing (a future verb).
   */
  public enum Complement {
    INFINITIVE,
    NOUN
  }

  private static final Map<Language, Lexicon> LOADED = new EnumMap<>(Language.class);

  private final Language language;
  private final PhraseList<String> titles;
  private final PhraseList<String> honorifics;
  private final Set<String> titleWords;
  private final PhraseList<MeetingCue> meetingTriggers;
  private final PhraseList<Agreement.Kind> instruments;
  private final PhraseList<Agreement.Status> statuses;
  private final PhraseList<Complement> commitmentTriggers;
  private final PhraseList<String> hedges;
  private final PhraseList<String> cancellations;
  private final PhraseList<String> reporting;
  private final Map<String, String> conditionalEndings;
  private final PhraseList<String> pastMarkers;
  private final PhraseList<String> subjects;
  private final PhraseList<String> frameCues;
  private final Set<String> mediaWords;
  private final Set<String> hostCues;
  private final PhraseList<String> returnCues;
  private final PhraseList<String> actionEnds;
  private final PhraseList<String> travelNouns;
  private final PhraseList<String> occasionCues;
  private final Set<String> notActions;
  private final Set<String> between;
  private final List<String> actionNounEndings;
  private final Set<String> actionNouns;
  private final PhraseList<String> eventVerbs;
  private final PhraseList<String> scheduledParticiples;
  private final Set<String> auxiliaries;
  private final List<String> futureEndings;
  private final Set<String> notFuture;
  private final Map<String, String> infinitives;
  private final Map<String, List<String[]>> dateWords;
  private final TopicLexicon topics;

  private Lexicon(Language language) {
    this.language = language;
    String dir = "/org/entente/pipeline/lang/" + language.code() + "/";
    Map<String, String> titleMap = new LinkedHashMap<>();
    Map<String, String> honorificMap = new LinkedHashMap<>();
    java.util.Set<String> titleWordSet = new java.util.HashSet<>();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, dir + "titles.tsv")) {
      switch (l.field(0)) {
        case "head" -> titleMap.put(need(l, 1), l.field(2));
        case "honorific" -> honorificMap.put(need(l, 1), "");
        case "word" -> titleWordSet.add(Folding.fold(need(l, 1)));
        default -> throw l.error("class must be head, honorific or word, was '" + l.field(0) + "'");
      }
    }
    this.titles = PhraseList.of(titleMap);
    this.titleWords = Set.copyOf(titleWordSet);
    this.honorifics = PhraseList.of(honorificMap);
    Map<String, MeetingCue> meet = new LinkedHashMap<>();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, dir + "meeting-triggers.tsv")) {
      // kind "none": words that contain a trigger but report no meeting ("llamar a consultas"
      // recalls one's own envoy); found as the longer phrase, they hide the trigger inside them
      meet.put(
          need(l, 0),
          need(l, 1).equals("none") ? null : new MeetingCue(need(l, 1), mode(l, need(l, 2))));
    }
    this.meetingTriggers = PhraseList.of(meet);
    Map<String, Agreement.Kind> inst = new LinkedHashMap<>();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, dir + "instruments.tsv")) {
      Agreement.Kind kind = enumValue(l, Agreement.Kind.class, need(l, 1));
      inst.put(need(l, 0), kind);
      inst.putIfAbsent(plural(need(l, 0)), kind);
    }
    this.instruments = PhraseList.of(inst);
    Map<String, Agreement.Status> st = new LinkedHashMap<>();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, dir + "agreement-status.tsv")) {
      st.put(need(l, 0), enumValue(l, Agreement.Status.class, need(l, 1)));
    }
    this.statuses = PhraseList.of(st);
    Map<String, Complement> ct = new LinkedHashMap<>();
    Map<String, String> hedge = new LinkedHashMap<>();
    Map<String, String> past = new LinkedHashMap<>();
    Map<String, String> cancel = new LinkedHashMap<>();
    Map<String, String> reported = new LinkedHashMap<>();
    Map<String, String> conditionalEndings = new LinkedHashMap<>();
    Map<String, String> subject = new LinkedHashMap<>();
    java.util.Set<String> notActionSet = new java.util.HashSet<>();
    java.util.Set<String> betweenSet = new java.util.HashSet<>();
    List<String> nounEndings = new ArrayList<>();
    java.util.Set<String> nounSet = new java.util.HashSet<>();
    Map<String, String> event = new LinkedHashMap<>();
    Map<String, String> scheduled = new LinkedHashMap<>();
    java.util.Set<String> auxiliarySet = new java.util.HashSet<>();
    List<String> endings = new ArrayList<>();
    Map<String, String> inf = new HashMap<>();
    java.util.Set<String> notFut = new java.util.HashSet<>();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, dir + "commitment-triggers.tsv")) {
      String phrase = need(l, 1);
      switch (l.field(0)) {
        case "infinitive" -> {
          ct.put(phrase, Complement.INFINITIVE);
          ct.putIfAbsent(elided(phrase), Complement.INFINITIVE);
        }
        case "noun" -> {
          ct.put(phrase, Complement.NOUN);
          ct.putIfAbsent(elided(phrase), Complement.NOUN);
        }
        case "hedge" -> hedge.put(phrase, "");
        case "cancel" -> cancel.put(phrase, "");
        case "reported" -> reported.put(phrase, "");
        case "conditional-ending" ->
            conditionalEndings.put(phrase.toLowerCase(Locale.ROOT), need(l, 2));
        case "past" -> past.put(phrase, "");
        case "subject" -> subject.put(phrase, "");
        case "not-action" -> notActionSet.add(Folding.fold(phrase));
        case "between" -> betweenSet.add(Folding.fold(phrase));
        case "action-noun-ending" -> nounEndings.add(Folding.fold(phrase));
        case "action-noun" -> nounSet.add(Folding.fold(phrase));
        case "event" -> event.put(phrase, need(l, 2));
        case "scheduled" -> scheduled.put(phrase, need(l, 2));
        case "auxiliary" -> auxiliarySet.add(Folding.fold(phrase));
        case "future-ending" -> endings.add(phrase.toLowerCase(Locale.ROOT));
        case "not-future" -> notFut.add(phrase.toLowerCase(Locale.ROOT));
        case "future" -> inf.put(phrase.toLowerCase(Locale.ROOT), need(l, 2));
        default -> throw l.error("unknown class '" + l.field(0) + "'");
      }
    }
    this.commitmentTriggers = PhraseList.of(ct);
    this.hedges = PhraseList.of(hedge);
    this.cancellations = PhraseList.of(cancel);
    this.reporting = PhraseList.of(reported);
    this.conditionalEndings = Map.copyOf(conditionalEndings);
    this.pastMarkers = PhraseList.of(past);
    this.subjects = PhraseList.of(subject);
    this.notActions = Set.copyOf(notActionSet);
    this.between = Set.copyOf(betweenSet);
    this.actionNounEndings = List.copyOf(nounEndings);
    this.actionNouns = Set.copyOf(nounSet);
    this.eventVerbs = PhraseList.of(event);
    this.scheduledParticiples = PhraseList.of(scheduled);
    this.auxiliaries = Set.copyOf(auxiliarySet);
    this.futureEndings = List.copyOf(endings);
    this.notFuture = Set.copyOf(notFut);
    this.infinitives = Map.copyOf(inf);
    Map<String, List<String[]>> dw = new HashMap<>();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, dir + "date-words.tsv")) {
      dw.computeIfAbsent(need(l, 0), k -> new ArrayList<>())
          .add(new String[] {Folding.fold(need(l, 1)), l.field(2)});
    }
    this.dateWords = Map.copyOf(dw);
    this.frameCues = phrases(dir + "frame-cues.txt");
    this.mediaWords = foldedWords(dir + "media-words.txt");
    this.hostCues = foldedWords(dir + "host-cues.txt");
    this.returnCues = phrases(dir + "return-cues.txt");
    this.actionEnds = phrases(dir + "action-ends.txt");
    this.travelNouns = phrases(dir + "travel-nouns.txt");
    this.occasionCues = phrases(dir + "occasion-cues.txt");
    this.topics = TopicLexicon.load(Lexicon.class, dir + "topics.tsv", dir + "discussion-cues.tsv");
  }

  /** The phrases of a one-column list file, as a phrase list with no values. */
  private static PhraseList<String> phrases(String file) {
    Map<String, String> m = new LinkedHashMap<>();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, file)) {
      m.put(need(l, 0), "");
    }
    return PhraseList.of(m);
  }

  /** The folded words of a one-column list file, relative to this class's package. */
  public static Set<String> foldedWords(String file) {
    Set<String> out = new HashSet<>();
    for (ResourceFile.Line l : ResourceFile.read(Lexicon.class, file)) {
      out.add(Folding.fold(need(l, 0)));
    }
    return Set.copyOf(out);
  }

  /** The phrase before a vowel: "convenus de" also as "convenus d'", "que" as "qu'". */
  static String elided(String phrase) {
    if (phrase.endsWith(" de")) {
      return phrase.substring(0, phrase.length() - 2) + "d'";
    }
    if (phrase.endsWith(" que")) {
      return phrase.substring(0, phrase.length() - 3) + "qu'";
    }
    return phrase;
  }

  /** The plural of a phrase: its first word with -s, or -es after a consonant ("declaraciones"). */
  static String plural(String phrase) {
    int sp = phrase.indexOf(' ');
    String head = sp < 0 ? phrase : phrase.substring(0, sp);
    String rest = sp < 0 ? "" : phrase.substring(sp);
    String p;
    if (head.endsWith("ón")) {
      p = head.substring(0, head.length() - 2) + "ones";
    } else if (head.endsWith("s") || head.endsWith("x")) {
      p = head;
    } else if (head.endsWith("l")
        || head.endsWith("r")
        || head.endsWith("n")
        || head.endsWith("d")) {
      p = head + (head.endsWith("d") || head.endsWith("r") && head.endsWith("eur") ? "s" : "es");
    } else {
      p = head + "s";
    }
    return p + rest;
  }

  /** The lexicon of {@code language}, loaded and validated on first use. */
  public static synchronized Lexicon of(Language language) {
    return LOADED.computeIfAbsent(language, Lexicon::new);
  }

  private static String need(ResourceFile.Line l, int i) {
    String v = l.field(i);
    if (v.isEmpty()) {
      throw l.error("column " + (i + 1) + " is empty");
    }
    return v;
  }

  private static Meeting.Mode mode(ResourceFile.Line l, String v) {
    return enumValue(l, Meeting.Mode.class, v);
  }

  private static <E extends Enum<E>> E enumValue(ResourceFile.Line l, Class<E> type, String v) {
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw l.error("unknown " + type.getSimpleName() + " '" + v + "'");
    }
  }

  public Language language() {
    return language;
  }

  /** Office heads ("ministre", "canciller"), each with the actor code it implies or "". */
  public PhraseList<String> titles() {
    return titles;
  }

  /** Whether the folded word is one that titles write with a capital ("Exteriores"). */
  public boolean isTitleWord(String folded) {
    return titleWords.contains(folded);
  }

  /** Words dropped before a name ("M.", "Me", "Dr", "l'honorable"). */
  public PhraseList<String> honorifics() {
    return honorifics;
  }

  /**
   * Phrases after which an organisation frames what a sentence tells ("dans le cadre de", "en el
   * marco de", a minister "chargé de"): not a side of its talks.
   */
  public PhraseList<String> frameCues() {
    return frameCues;
  }

  /** Words that name the press (folded): a talk with one of them is an interview, no meeting. */
  public Set<String> mediaWords() {
    return mediaWords;
  }

  /** Words that end an undertaking's action: a relative or purpose clause ("afin de", "cuyo"). */
  public PhraseList<String> actionEnds() {
    return actionEnds;
  }

  /** Nouns of a journey whose destination follows ("déplacement", "gira"). */
  public PhraseList<String> travelNouns() {
    return travelNouns;
  }

  /** Words of going home ("regreso a", "retour au"): the state after them is home. */
  public PhraseList<String> returnCues() {
    return returnCues;
  }

  /** Folded participles of being received ("reçue", "recibido"): "… par/por" names the host. */
  public Set<String> hostCues() {
    return hostCues;
  }

  /**
   * Phrases that date an undertaking by the occasion announced just before ("au cours de cette
   * visite", "durante la visita").
   */
  public PhraseList<String> occasionCues() {
    return occasionCues;
  }

  public PhraseList<MeetingCue> meetingTriggers() {
    return meetingTriggers;
  }

  public PhraseList<Agreement.Kind> instruments() {
    return instruments;
  }

  public PhraseList<Agreement.Status> statuses() {
    return statuses;
  }

  public PhraseList<Complement> commitmentTriggers() {
    return commitmentTriggers;
  }

  /** Words that make an undertaking a wish or a possibility ("souhaite", "es probable"). */
  public PhraseList<String> hedges() {
    return hedges;
  }

  /**
   * Words that call an occasion off or put it off ("reportée sine die", "aplazada"): what the
   * sentence tells is neither held nor still to come.
   */
  public PhraseList<String> cancellations() {
    return cancellations;
  }

  /**
   * Whether the folded noun names an act that can be undertaken ("la creación", "la tenue"), not a
   * thing or a body ("los criterios", "el Ministerio"). A language without such data accepts all.
   */
  public boolean isActionNoun(String folded) {
    if (actionNounEndings.isEmpty() && actionNouns.isEmpty()) {
      return true;
    }
    if (actionNouns.contains(folded)) {
      return true;
    }
    for (String e : actionNounEndings) {
      if (folded.endsWith(e) && folded.length() > e.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether the folded infinitive states no undertaking ("avoir", "permitir"). */
  public boolean isNotAction(String folded) {
    return notActions.contains(folded);
  }

  /** Future verbs whose undertaking is their subject, each with the verb that states it. */
  public PhraseList<String> eventVerbs() {
    return eventVerbs;
  }

  /**
   * Past participles that date an occasion when a noun phrase stands before them and a date after
   * ("la conférence prévue en août"), each with the verb that states the undertaking.
   */
  public PhraseList<String> scheduledParticiples() {
    return scheduledParticiples;
  }

  /**
   * Whether the folded word is an auxiliary or an adverb that makes a participle after it a verb of
   * its own ("est prévue", "initialement prévue"), not a noun's modifier.
   */
  public boolean isAuxiliary(String folded) {
    return auxiliaries.contains(folded);
  }

  /** Whether the folded word may stand between a trigger and its verb ("ensuite", "se"). */
  public boolean isBetween(String folded) {
    return between.contains(folded);
  }

  /** Subjects that stand for the parties without naming them ("les deux parties", "ambos"). */
  public PhraseList<String> subjects() {
    return subjects;
  }

  /** Words that put a report in the past ("a eu lieu", "se llevó a cabo"). */
  public PhraseList<String> pastMarkers() {
    return pastMarkers;
  }

  /**
   * Whether the lower-case word {@code w} (accents kept) is a verb in the future tense: a known
   * irregular form, or a regular ending that the word is long enough to carry, unless listed as not
   * a verb.
   */
  public boolean isFuture(String w) {
    if (infinitives.containsKey(w)) {
      return true;
    }
    if (notFuture.contains(w) || w.length() < 5) {
      return false;
    }
    for (String e : futureEndings) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that report what a party says it will do, before "que" ("a assuré que", "dijo que"): a
   * conditional after them is the future of reported speech.
   */
  public PhraseList<String> reporting() {
    return reporting;
  }

  /**
   * The future form of conditional {@code w} ("continueraient" is "continueront", "enviaría" is
   * "enviará"), or null when {@code w} is no conditional.
   */
  public String futureOfConditional(String w) {
    for (Map.Entry<String, String> e : conditionalEndings.entrySet()) {
      if (w.endsWith(e.getKey()) && w.length() > e.getKey().length() + 2) {
        String future = w.substring(0, w.length() - e.getKey().length()) + e.getValue();
        return isFuture(future) ? future : null;
      }
    }
    return null;
  }

  /** The infinitive of an irregular future form, or null. */
  public String infinitiveOf(String futureForm) {
    String exact = infinitives.get(futureForm);
    if (exact != null) {
      return exact;
    }
    // a verb built on an irregular one: "entretiendra" on "tiendra", "propondrá" on "pondrá"
    for (Map.Entry<String, String> e : infinitives.entrySet()) {
      String form = e.getKey();
      if (form.length() >= MIN_STEM_FORM
          && form.indexOf(' ') < 0
          && futureForm.endsWith(form)
          && e.getValue().indexOf(' ') < 0) {
        String stem = futureForm.substring(0, futureForm.length() - form.length());
        return stem + e.getValue();
      }
    }
    return null;
  }

  /** The shortest irregular future that a longer verb may be built on ("tiendra", "pondrá"). */
  private static final int MIN_STEM_FORM = 6;

  /** Date words of one kind ("month", "weekday", ...): folded words and their value. */
  public List<String[]> dateWords(String kind) {
    return dateWords.getOrDefault(kind, List.of());
  }

  public TopicLexicon topics() {
    return topics;
  }
}
