package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.time.DateMention;

/**
 * Finds the undertakings of a French or Spanish text: a trigger of the lexicon followed by an
 * infinitive ("ont résolu de tenir", "se comprometieron a", "va participer") or a noun phrase ("ont
 * convenu de la tenue"), or a verb in the future tense ("soumettra", "visitará"), read as the
 * infinitive. The action runs to the end of the clause, in the text's own words, without its time
 * words; the deadline is the first date of the clause; the parties are the actors and officials of
 * the sentence, else those of the document's meetings, else its home state. A hedge ("souhaite",
 * "es probable") in the sentence before the trigger drops it. Immutable and thread-safe.
 */
public final class CommitmentReader implements Stage {

  private static final int MAX_ACTION_WORDS = 22;

  /** Words that add a second undertaking to the first: "así como facilitar", "ainsi que de". */
  private static final java.util.regex.Pattern ALSO =
      java.util.regex.Pattern.compile(
          ",?\\s+(?:asi como|ainsi que|et de|et d'|et a|y a|et|y)\\s+(?:de\\s+|d')?"
              + "(?=\\p{L}+(?:er|ir|re|ar)\\b)");

  private final Lexicon lexicon;
  private final ScheduledEvents scheduled;

  public CommitmentReader(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.scheduled = new ScheduledEvents(lexicon);
  }

  @Override
  public String name() {
    return "CommitmentExtractor";
  }

  @Override
  public void process(Analysis analysis) {
    LocalText lt = LocalText.of(analysis);
    TreeSet<String> meetingParties = lt.leadParties();
    Set<String> seen = new HashSet<>();
    List<String> listParties = null; // the sides of "sont convenus de :" before a list of items
    for (Sentence s : lt.sentences()) {
      List<int[]> words = lt.words(s.start(), s.end());
      if (listParties != null) {
        // "1. Suscribir …", "- tenir …": one undertaking an item, the trigger's sides bound
        int k = ListedItems.actionWord(lt, s, words);
        if (k >= 0 && isInfinitive(word(lt, words.get(k)))) {
          int at = words.get(k)[0];
          Commitment c = commitment(lt, s, words, new int[] {at, at, -1}, meetingParties);
          if (c != null && seen.add(c.action().toLowerCase(Locale.ROOT))) {
            analysis.commitments().add(ListedItems.boundBy(c, listParties));
          }
          continue;
        }
        listParties = null;
      }
      List<int[]> starts = new ArrayList<>(); // {trigger start, action start}
      for (PhraseList.Hit<Lexicon.Complement> hit :
          lexicon.commitmentTriggers().find(lt.undated(), s.start(), s.end())) {
        if (hit.value() == null) {
          continue;
        }
        int k = indexAt(words, hit.end());
        if (hit.value() == Lexicon.Complement.NOUN) {
          String[] phrase = lt.folded.substring(hit.start(), hit.end()).split("[ ']");
          boolean named =
              lexicon.isActionNoun(phrase[phrase.length - 1]); // "acordaron la creación"
          if (named) {
            int noun = hit.end() - phrase[phrase.length - 1].length();
            starts.add(new int[] {hit.start(), noun, -1});
          } else {
            int at = actionNounAt(lt, words, k);
            if (at >= 0) {
              starts.add(new int[] {hit.start(), at, -1});
            }
          }
          continue;
        }
        while (k < words.size()
            && (lexicon.isBetween(word(lt, words.get(k)))
                || lt.undated().charAt(words.get(k)[0]) == ' ')) {
          k++; // adverbs and dates: "acordaron el lunes 9 de marzo celebrar"
        }
        if (k == words.size() && ListedItems.opensList(lt, hit.end(), s.end())) {
          listParties = ListedItems.sides(lt, s, meetingParties);
        }
        k = afterCoParty(lt, words, k);
        // time words may come between: "va assister, le 7 mai, au Forum"
        if (k < words.size() && isInfinitive(word(lt, words.get(k)))) {
          // "sont convenus de se concerter": a French pronominal infinitive keeps its pronoun
          String before = k > 0 ? word(lt, words.get(k - 1)) : "";
          boolean pronoun =
              lt.analysis.language().equals("fr")
                  && (before.equals("se") || before.equals("s'"))
                  && words.get(k - 1)[0] >= hit.end();
          starts.add(new int[] {hit.start(), words.get(pronoun ? k - 1 : k)[0], -1});
        } else if (takesNounAfterTime(lt, hit, words, k)) {
          // "acordaron el jueves la creación": a noun trigger parted by a time phrase,
          // which dates the agreeing, not the undertaking (read from the noun on)
          int at = actionNounAt(lt, words, k);
          if (at >= 0) {
            starts.add(new int[] {at, at, -1});
          }
        }
      }
      List<int[]> more = new ArrayList<>();
      for (int[] st : starts) {
        java.util.regex.Matcher m = ALSO.matcher(lt.folded);
        m.region(st[1], s.end());
        if (m.find()) {
          int k = indexAt(words, m.end());
          if (k < words.size() && isInfinitive(word(lt, words.get(k)))) {
            // the second undertaking shares the first's trigger, and so its subject
            more.add(new int[] {st[0], words.get(k)[0], -1});
          }
        }
      }
      starts.addAll(more);
      int reportedAt = Integer.MAX_VALUE; // "a assuré que X continueraient": reported future
      for (PhraseList.Hit<String> r : lexicon.reporting().find(lt.folded, s.start(), s.end())) {
        reportedAt = Math.min(reportedAt, r.end());
      }
      for (int i = 0; i < words.size(); i++) {
        int[] w = words.get(i);
        String raw = lt.text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
        boolean future =
            lexicon.isFuture(raw) || w[0] >= reportedAt && lexicon.futureOfConditional(raw) != null;
        // a capital is a name's, except on a sentence's first word: Spanish leaves the subject
        // unsaid ("Inaugurará además un puente en la frontera común")
        if ((Character.isLowerCase(lt.text.charAt(w[0])) || i == 0 && opensVerbFirst(lt, words))
            && future) {
          boolean covered = false;
          for (int[] st : starts) {
            covered |= st[1] == w[0];
          }
          if (!covered) {
            starts.add(new int[] {w[0], w[0], i});
          }
        }
      }
      for (PhraseList.Hit<String> ev : lexicon.eventVerbs().find(lt.folded, s.start(), s.end())) {
        Commitment c = event(lt, s, words, ev, meetingParties);
        if (c != null && seen.add(c.action().toLowerCase(Locale.ROOT))) {
          analysis.commitments().add(c);
        }
        // the future verb inside the phrase is read here, not again below
        starts.removeIf(st -> st[0] >= ev.start() && st[0] < ev.end());
      }
      for (PhraseList.Hit<String> p :
          lexicon.scheduledParticiples().find(lt.folded, s.start(), s.end())) {
        // a fact of its own: a hedge of the sentence ("l'a invité à prendre part au forum
        // prévu en juin") does not reach the occasion's date
        Commitment c =
            lexicon.cancellations().any(lt.folded, s.start(), s.end())
                ? null
                : scheduled.read(
                    lt, s.start(), s.end(), words, p, eventParties(lt, s, meetingParties));
        if (c != null && seen.add(c.action().toLowerCase(Locale.ROOT))) {
          analysis.commitments().add(c);
        }
      }
      for (int[] st : starts) {
        Commitment c = commitment(lt, s, words, st, meetingParties);
        if (c != null && seen.add(c.action().toLowerCase(Locale.ROOT))) {
          analysis.commitments().add(c);
        }
      }
    }
  }

  private Commitment commitment(
      LocalText lt, Sentence s, List<int[]> words, int[] st, TreeSet<String> meetingParties) {
    int trigger = st[0];
    int actionStart = st[1];
    if (hedged(lt, s.start(), trigger)
        || lexicon.cancellations().any(lt.folded, s.start(), s.end())) {
      return null;
    }
    int end = lt.clauseEnd(actionStart, s.end());
    // an action goes on past a clause of time words: "assister, le 7 mai, au Forum"
    List<DateMention> dates = lt.datesIn(trigger, lt.sentenceEnd(actionStart, s.end()));
    List<int[]> openers = new ArrayList<>(); // "à partir de" before a parting time clause
    for (DateMention d : dates) {
      if (d.start() >= end && TIME_OPENER.matcher(lt.folded.substring(end, d.start())).matches()) {
        openers.add(new int[] {end, d.start()});
        int after = d.end();
        while (after < s.end() && (lt.text.charAt(after) == ',' || lt.text.charAt(after) == ' ')) {
          after++;
        }
        end = lt.clauseEnd(after, s.end());
      }
    }
    end = ClauseParts.enumerationEnd(lt, end, s.end());
    java.util.regex.Matcher also = ALSO.matcher(lt.folded);
    also.region(actionStart + 1, end);
    if (also.find()) {
      end = also.start(); // "reactivar la comisión y realizar un gabinete": two undertakings
    }
    String first;
    int restStart;
    if (st[2] >= 0) {
      int[] verb = words.get(st[2]);
      String raw = lt.text.substring(verb[0], verb[1]).toLowerCase(Locale.ROOT);
      if (!lexicon.isFuture(raw) && lexicon.futureOfConditional(raw) != null) {
        raw = lexicon.futureOfConditional(raw); // reported: "continueraient" as "continueront"
      }
      first = reflexive(lt, words, st[2], infinitive(raw));
      restStart = verb[1];
    } else {
      first = "";
      restStart = actionStart;
    }
    StringBuilder action = new StringBuilder(first);
    int n = 0;
    DateMention due = null;
    for (int[] w : words) {
      if (w[0] < restStart || w[1] > end || n >= MAX_ACTION_WORDS) {
        continue;
      }
      if (openers.stream().anyMatch(o -> w[0] >= o[0] && w[1] <= o[1])
          || leadsIntoDate(lt, dates, w[0])) {
        continue;
      }
      DateMention in = dateAt(dates, w[0]);
      if (in != null) {
        if (due == null && !past(lt, in)) {
          due = in; // "la hoja de ruta adoptada en 2022" dates no undertaking
        }
        continue;
      }
      if (action.length() > 0 && !action.toString().endsWith("'")) {
        action.append(' ');
      }
      action.append(lt.text, w[0], w[1]);
      n++;
    }
    if (due == null) {
      int agreeing = triggerEnd(lt, trigger, s.end());
      for (DateMention d : dates) {
        // a date before the undertaking governs it ("D'ici la fin de l'année, ... tiendront");
        // one after it belongs to the next ("... avant fin juin et de tenir ... en 2027"); one
        // inside the trigger, or a day already come between the verb and the undertaking, dates
        // the agreeing ("sont convenus ce lundi 9 mars de", "acordaron el lunes 9 de marzo")
        if (d.end() <= actionStart && d.start() >= agreeing && !pastDay(lt, d) && !past(lt, d)) {
          due = d;
          break;
        }
      }
    }
    String a = action.toString().strip();
    String verb = a.isEmpty() ? "" : a.split(" ")[0].toLowerCase(Locale.ROOT);
    if (a.isEmpty() || a.indexOf(' ') < 0 && st[2] < 0 || lexicon.isNotAction(fold(verb))) {
      return null;
    }
    List<String> parties = lt.partiesIn(s.start(), s.end());
    if (parties.isEmpty()
        && !lexicon.subjects().any(lt.folded, s.start(), trigger)
        && !(meetingParties.size() >= 2 && subjectOmitted(lt, s, trigger))) {
      return null; // nobody the text names is bound: "toute reprise doit inclure la source"
    }
    boolean bothSides = lexicon.subjects().any(lt.folded, s.start(), trigger);
    TreeSet<String> talks = bothSides ? lt.lastPartiesBefore(trigger) : meetingParties;
    if (talks.isEmpty()) {
      talks = meetingParties;
    }
    if (!talks.isEmpty() && (java.util.Collections.disjoint(parties, talks) || bothSides)) {
      // "Los dos gobiernos acordaron ...": the sides of the talks told last before
      TreeSet<String> p = new TreeSet<>(parties);
      p.addAll(talks);
      parties = List.copyOf(p);
    }
    if (parties.isEmpty() && lexicon.subjects().any(lt.folded, s.start(), trigger)) {
      // "les deux parties", "ambos" with no talks reported: the text's two main states
      TreeSet<String> p = new TreeSet<>();
      if (lt.home != null) {
        p.add(lt.home);
      }
      if (lt.other() != null) {
        p.add(lt.other());
      }
      parties = List.copyOf(p);
    }
    if (parties.isEmpty() && lt.home != null) {
      parties = List.of(lt.home);
    }
    if (parties.isEmpty()) {
      return null; // nobody is bound
    }
    Deadline deadline = due == null ? null : due.deadline();
    return new Commitment(
        parties, a, null, deadline, null, List.of(new Span(trigger, Math.max(end, trigger))));
  }

  /** Words that join a name to the next one: "Beltrán y Ocampo acordaron", not a verb. */
  private static final Set<String> NAME_JOINS = Set.of("y", "e", "et", "o", "ou", "de", "del");

  /**
   * Whether the sentence's first word may be a verb with its subject left unsaid: a lower-case word
   * follows it, and not one that joins names ("Inaugurará además", not "Beltrán y Ocampo").
   */
  private static boolean opensVerbFirst(LocalText lt, List<int[]> words) {
    if (words.size() < 2) {
      return false;
    }
    int[] next = words.get(1);
    String w = lt.folded.substring(next[0], next[1]);
    return Character.isLowerCase(lt.text.charAt(next[0]))
        && !NAME_JOINS.contains(w)
        && lt.text.substring(words.get(0)[1], next[0]).isBlank();
  }

  /**
   * Whether the trigger opens its clause, its subject left unsaid as Spanish does ("Asimismo,
   * acordaron celebrar ..."): then the parties of the talks the text reports are bound.
   */
  private static boolean subjectOmitted(LocalText lt, Sentence s, int trigger) {
    int cs = lt.clauseStart(s.start(), trigger);
    return lt.words(cs, trigger).size() <= 1;
  }

  /**
   * A relative clause set off by a comma ("…, bloque que Uruguay presidirá", "…, qui se tiendra"):
   * a hedge before it does not reach the verb inside it.
   */
  private static final java.util.regex.Pattern RELATIVE_CLAUSE =
      java.util.regex.Pattern.compile(
          ",\\s*(?:[\\p{L}'-]+\\s+){0,3}(?:que|qui|donde|ou|cuyo|cuya)\\s");

  /** Whether a hedge of the sentence before {@code trigger} governs it. */
  private boolean hedged(LocalText lt, int from, int trigger) {
    int last = -1;
    for (PhraseList.Hit<String> h : lexicon.hedges().find(lt.folded, from, trigger)) {
      last = Math.max(last, h.end());
    }
    if (last < 0) {
      return false;
    }
    return !RELATIVE_CLAUSE.matcher(lt.folded.substring(last, trigger)).find();
  }

  /** Words after which a clause's subject begins: "informó que la próxima reunión ...". */
  private static final java.util.regex.Pattern RELATIVE =
      java.util.regex.Pattern.compile(
          "(?i)(?:^|\\s)(?:que|qui|et|y|donde|où|quand|cuando)(?:\\s+|$)");

  /**
   * "La prochaine session se tiendra à Tunis en 2026": the undertaking is the verb of the phrase
   * and its subject, the words of the clause before it ("tenir la prochaine session"), then what
   * follows it to the clause end.
   */
  private Commitment event(
      LocalText lt,
      Sentence s,
      List<int[]> words,
      PhraseList.Hit<String> ev,
      TreeSet<String> meetingParties) {
    if (ev.value() == null
        || hedged(lt, s.start(), ev.start())
        || lexicon.cancellations().any(lt.folded, s.start(), s.end())) {
      return null;
    }
    int cs = lt.clauseStart(s.start(), ev.start());
    String subject = lt.text.substring(cs, ev.start()).strip();
    java.util.regex.Matcher rel = RELATIVE.matcher(subject);
    int cut = 0;
    int pronounAt = 0;
    boolean pronoun = false;
    while (rel.find()) {
      cut = rel.end();
      pronounAt = rel.start();
      String w = rel.group().strip().toLowerCase(Locale.ROOT);
      pronoun = w.equals("que") || w.equals("qui");
    }
    int subjectAt = cs + lt.text.substring(cs).indexOf(subject);
    cs = subjectAt + cut;
    subject = subject.substring(cut).strip();
    int subjectEnd = ev.start();
    boolean named = false;
    if (subject.isEmpty() && pronoun) {
      // "la Asamblea General de la OEA, que se celebrará en junio": the occasion is the
      // relative pronoun's antecedent
      int[] antecedent =
          ClauseParts.antecedent(
              lt, words, s.start(), subjectAt + pronounAt, lexicon::isActionNoun);
      if (antecedent != null) {
        cs = antecedent[0];
        subjectEnd = antecedent[1];
        subject = lt.text.substring(cs, subjectEnd);
        named = true;
      }
    }
    if (subject.isEmpty() && !pronoun) {
      // "La convention, dont le texte a été finalisé, sera signée": the subject stands before a
      // relative clause set off by commas
      int[] before = ClauseParts.beforeRelative(lt, s.start(), cs);
      if (before != null) {
        cs = before[0];
        while (cs < before[1] && Character.isWhitespace(lt.text.charAt(cs))) {
          cs++;
        }
        subjectEnd = before[1];
        subject = lt.text.substring(cs, subjectEnd).strip();
      }
    }
    // a name found as the antecedent may run long ("le Conseil des Ministres de l'Union du Golfe
    // …")
    if (subject.isEmpty() || subject.split("\\s+").length > (named ? 20 : 12)) {
      return null;
    }
    int end = lt.clauseEnd(ev.end(), s.end());
    List<DateMention> dates = lt.datesIn(cs, lt.sentenceEnd(ev.end(), s.end()));
    StringBuilder action = new StringBuilder(ev.value()).append(' ');
    if (named) {
      action.append(
          ClauseParts.heldArticle(lt, words, cs)); // "tenir le Sommet", not "tenir Sommet"
    }
    DateMention due = null;
    for (int[] w : words) {
      boolean inSubject = w[0] >= cs && w[1] <= subjectEnd;
      boolean after = w[0] >= ev.end() && w[1] <= end;
      if (!inSubject && !after) {
        continue;
      }
      DateMention in = dateAt(dates, w[0]);
      if (in != null) {
        due = due == null ? in : due;
        continue;
      }
      if (!action.toString().endsWith("'") && !action.toString().endsWith(" ")) {
        action.append(' ');
      }
      String word = lt.text.substring(w[0], w[1]);
      boolean opening = w[0] == cs && ARTICLES.contains(fold(word).toLowerCase(Locale.ROOT));
      // "signer la convention", not "signer La convention": the subject's article in lower case
      action.append(opening ? word.toLowerCase(Locale.ROOT) : word);
    }
    if (due == null && !dates.isEmpty()) {
      due = dates.get(0);
    }
    List<String> parties = eventParties(lt, s, meetingParties);
    if (parties.isEmpty()) {
      return null;
    }
    return new Commitment(
        parties,
        action.toString().strip(),
        null,
        due == null ? null : due.deadline(),
        null,
        List.of(new Span(cs, Math.max(end, ev.end()))));
  }

  /**
   * The parties of an occasion announced in sentence {@code s}: the actors it names, with the
   * parties of the talks the text reports when it names none of them.
   */
  private static List<String> eventParties(
      LocalText lt, Sentence s, TreeSet<String> meetingParties) {
    List<String> parties = lt.partiesIn(s.start(), s.end());
    if (!meetingParties.isEmpty() && java.util.Collections.disjoint(parties, meetingParties)) {
      TreeSet<String> p = new TreeSet<>(parties);
      p.addAll(meetingParties);
      parties = List.copyOf(p);
    }
    return parties;
  }

  /**
   * Whether {@code d} names a day on or before publication, not a limit ("antes del 31 de
   * diciembre"): the day something was agreed.
   */
  private static boolean pastDay(LocalText lt, DateMention d) {
    java.time.LocalDate pub = lt.analysis.referenceDate();
    return pub != null
        && d.kind() == Deadline.Kind.EXACT
        && d.pointDate() != null
        && d.pointDate().isComplete()
        && !d.pointDate().latestDay().isAfter(pub);
  }

  /** The end of the trigger phrase that starts at {@code trigger}, dates inside it included. */
  private int triggerEnd(LocalText lt, int trigger, int sentenceEnd) {
    PhraseList.Hit<Lexicon.Complement> hit =
        lexicon.commitmentTriggers().first(lt.undated(), trigger, sentenceEnd);
    return hit != null && hit.start() == trigger ? hit.end() : trigger;
  }

  /** Whether every day {@code d} allows lies before publication: no deadline of an undertaking. */
  private static boolean past(LocalText lt, DateMention d) {
    java.time.LocalDate pub = lt.analysis.referenceDate();
    return pub != null && d.due() != null && d.due().latestDay().isBefore(pub);
  }

  private static DateMention dateAt(List<DateMention> dates, int i) {
    for (DateMention d : dates) {
      if (d.start() <= i && i < d.end()) {
        return d;
      }
    }
    return null;
  }

  private String infinitive(String future) {
    String irregular = lexicon.infinitiveOf(future);
    if (irregular != null) {
      return irregular;
    }
    String w = future;
    if (w.endsWith("rán") || w.endsWith("rá")) {
      return w.substring(0, w.lastIndexOf('r')) + "r";
    }
    if (w.endsWith("eront") || w.endsWith("era")) {
      return w.substring(0, w.lastIndexOf("er")) + "er";
    }
    if (w.endsWith("iront") || w.endsWith("ira")) {
      return w.substring(0, w.lastIndexOf("ir")) + "ir";
    }
    if (w.endsWith("ront") || w.endsWith("ra")) {
      return w.substring(0, w.lastIndexOf('r')) + "re";
    }
    return w;
  }

  /**
   * A French pronominal verb keeps its pronoun: "se rendra" is "se rendre", "s'entretiendra" is
   * "s'entretenir".
   */
  private String reflexive(LocalText lt, List<int[]> words, int verb, String infinitive) {
    if (verb == 0 || infinitive.startsWith("se ") || infinitive.endsWith("se")) {
      return infinitive;
    }
    String before = word(lt, words.get(verb - 1));
    if (before.equals("s'")) {
      return "s'" + infinitive;
    }
    // Spanish reports name what meets as its object ("los equipos se reunirán": "reunir a los
    // equipos"); French keeps the pronoun ("se rendre à Dakar")
    if (!before.equals("se")) {
      return infinitive;
    }
    if (!lt.analysis.language().equals("es")) {
      return "se " + infinitive;
    }
    // "se reunirán" is "reunirse"; the passive "se firmará" is "firmar"
    return PRONOMINAL_ES.contains(fold(infinitive)) ? infinitive + "se" : infinitive;
  }

  /**
   * Whether the words from {@code at} up to a date are only words that lead into it: "los días" of
   * "los días 2 y 3 de mayo", "les" of "les 5 et 6 mai" — the date's, not the action's.
   */
  private static boolean leadsIntoDate(LocalText lt, List<DateMention> dates, int at) {
    for (DateMention d : dates) {
      if (d.start() > at && d.start() - at <= MAX_DATE_LEAD) {
        String lead = lt.folded.substring(at, d.start()).strip();
        return !lead.isEmpty() && DATE_LEAD.matcher(lead).matches();
      }
    }
    return false;
  }

  /** The most characters of words that lead into a date. */
  private static final int MAX_DATE_LEAD = 20;

  private static final java.util.regex.Pattern DATE_LEAD =
      java.util.regex.Pattern.compile(
          "(?:(?:los|las|les|el|le|la|dias?|jours?|journees?|proxim[oa]s?|prochaine?s?)\\s*)+");

  /** Spanish verbs whose "se" is the subject's own: "reunirse", "comprometerse". */
  private static final Set<String> PRONOMINAL_ES =
      org.entente.pipeline.resources.ResourceFile.firstFields(
          Lexicon.class, "es/pronominal-verbs.txt");

  /** The words that may name the other side between a trigger and its verb. */
  private static final int MAX_CO_PARTY_WORDS = 12;

  /**
   * Past the other side named between the trigger and its verb: "acordó con su par boliviano,
   * Rafael Mamani, celebrar ...", "est convenu avec son homologue de tenir ...". The verb follows a
   * comma or "de"; {@code k} itself when no such phrase opens there.
   */
  private static int afterCoParty(LocalText lt, List<int[]> words, int k) {
    if (k >= words.size()) {
      return k;
    }
    String w = word(lt, words.get(k));
    if (!w.equals("con") && !w.equals("avec")) {
      return k;
    }
    for (int j = k + 1; j < Math.min(words.size(), k + MAX_CO_PARTY_WORDS); j++) {
      String gap = lt.text.substring(words.get(j - 1)[1], words.get(j)[0]);
      if (gap.contains(".") || gap.contains(";")) {
        break;
      }
      String prev = word(lt, words.get(j - 1));
      if (isInfinitive(word(lt, words.get(j)))
          && (gap.contains(",") || prev.equals("de") || prev.equals("d'"))
          && Character.isLowerCase(lt.text.charAt(words.get(j)[0]))) {
        return j;
      }
    }
    return k;
  }

  /**
   * Where the noun phrase at {@code k} starts if, past its articles, it names an act ("que la
   * firma"), else -1. A time phrase may come first ("acordaron el jueves la creación") and one word
   * between the article and the noun ("la pronta firma", "la prochaine tenue").
   */
  private int actionNounAt(LocalText lt, List<int[]> words, int k) {
    int pastDate = afterDateAt(lt, words, k);
    if (pastDate >= 0) {
      k = pastDate;
    }
    int j = k;
    while (j < words.size() && j < k + 2 && ARTICLES.contains(word(lt, words.get(j)))) {
      j++;
    }
    if (j >= words.size()) {
      return -1;
    }
    if (lexicon.isActionNoun(word(lt, words.get(j)))) {
      return words.get(k)[0];
    }
    boolean modifier =
        (j > k || k > 0 && ARTICLES.contains(word(lt, words.get(k - 1))))
            && j + 1 < words.size()
            && Character.isLowerCase(lt.text.charAt(words.get(j)[0]))
            && !ARTICLES.contains(word(lt, words.get(j + 1)));
    return modifier && lexicon.isActionNoun(word(lt, words.get(j + 1))) ? words.get(k)[0] : -1;
  }

  /**
   * Whether a time phrase at {@code k} parts the trigger {@code hit} from an article with which it
   * is a noun trigger: "acordaron | este martes | el establecimiento" ("acordaron el").
   */
  private boolean takesNounAfterTime(
      LocalText lt, PhraseList.Hit<Lexicon.Complement> hit, List<int[]> words, int k) {
    if (k >= words.size()) {
      return false;
    }
    int after = afterDateAt(lt, words, k);
    if (after < 0 || after >= words.size() || !ARTICLES.contains(word(lt, words.get(after)))) {
      return false;
    }
    String joined = lt.folded.substring(hit.start(), hit.end()) + " " + word(lt, words.get(after));
    for (PhraseList.Hit<Lexicon.Complement> h :
        lexicon.commitmentTriggers().find(joined, 0, joined.length())) {
      if (h.start() == 0 && h.end() == joined.length() && h.value() == Lexicon.Complement.NOUN) {
        return true;
      }
    }
    return false;
  }

  /**
   * What may stand between an action's first clause and a time clause that parts it: a comma and
   * words that open a time ("effectuera, dès mardi, une visite", "iniciará, a partir del lunes, una
   * visita"). Matched on folded text.
   */
  private static final java.util.regex.Pattern TIME_OPENER =
      java.util.regex.Pattern.compile(
          "[\\s,)]{0,3}(?:(?:a partir(?: d(?:e|u|el|'))?|des|depuis|desde|dans|en|durante|pendant)\\s*)?");

  /** The word after a date that starts at word {@code k} ("este martes"), or -1 when none does. */
  private static int afterDateAt(LocalText lt, List<int[]> words, int k) {
    if (k >= words.size()) {
      return -1;
    }
    for (DateMention d : lt.datesIn(words.get(k)[0], lt.text.length())) {
      if (d.start() == words.get(k)[0]) {
        return indexAt(words, d.end());
      }
    }
    return -1;
  }

  private static final Set<String> ARTICLES =
      Set.of("la", "el", "los", "las", "le", "les", "l'", "un", "une", "una", "du", "de", "des");

  private static boolean isInfinitive(String w) {
    return w.length() > 3
        && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re") || w.endsWith("ar"));
  }

  private static String word(LocalText lt, int[] w) {
    return lt.folded.substring(w[0], w[1]);
  }

  private static String fold(String s) {
    return org.entente.pipeline.lang.Folding.fold(s);
  }

  private static int indexAt(List<int[]> words, int offset) {
    int k = 0;
    while (k < words.size() && words.get(k)[0] < offset) {
      k++;
    }
    return k;
  }
}
