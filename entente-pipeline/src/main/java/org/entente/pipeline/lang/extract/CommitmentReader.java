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
import org.entente.pipeline.lang.Folding;
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
 * "es probable") in the sentence before the trigger drops it.
 *
 * <p>This stage finds the triggers and assembles the undertakings; its parts read the rest: {@link
 * ActionWords} the verb or noun that opens an action, {@link ClauseDates} which dates of the clause
 * may be its deadline, {@link Hedges} the hedges, {@link BoundParties} who is bound, {@link
 * FutureVerbEvents} and {@link ScheduledEvents} the occasions announced by an event verb or dated
 * by a participle, {@link ListedItems} the undertakings listed after a colon. Immutable and
 * thread-safe.
 */
public final class CommitmentReader implements Stage {

  private static final int MAX_ACTION_WORDS = 22;

  /** Words that add a second undertaking to the first: "así como facilitar", "ainsi que de". */
  private static final java.util.regex.Pattern ALSO =
      java.util.regex.Pattern.compile(
          ",?\\s+(?:asi como|ainsi que|et de|et d'|et a|y a|et|y)\\s+(?:de\\s+|d')?"
              + "(?=\\p{L}+(?:er|ir|re|ar)\\b)");

  private final Lexicon lexicon;
  private final Hedges hedges;
  private final FutureClauses futures;
  private final ActionWords actionWords;
  private final FutureVerbEvents events;
  private final ScheduledEvents scheduled;

  public CommitmentReader(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.hedges = new Hedges(lexicon);
    this.futures = new FutureClauses(lexicon);
    this.actionWords = new ActionWords(lexicon);
    this.events = new FutureVerbEvents(lexicon, hedges);
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
        if (k >= 0 && ActionWords.isInfinitive(lt, words.get(k))) {
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
        int k = ActionWords.indexAt(words, hit.end());
        if (hit.value() == Lexicon.Complement.NOUN) {
          String[] phrase = lt.folded.substring(hit.start(), hit.end()).split("[ ']");
          boolean named =
              lexicon.isActionNoun(phrase[phrase.length - 1]); // "acordaron la creación"
          if (named) {
            int noun = hit.end() - phrase[phrase.length - 1].length();
            starts.add(new int[] {hit.start(), noun, -1});
          } else {
            int at = actionWords.actionNounAt(lt, words, k);
            if (at >= 0) {
              starts.add(new int[] {hit.start(), at, -1});
            }
          }
          continue;
        }
        while (k < words.size()
            && (lexicon.isBetween(ActionWords.word(lt, words.get(k)))
                || lt.undated().charAt(words.get(k)[0]) == ' ')) {
          k++; // adverbs and dates: "acordaron el lunes 9 de marzo celebrar"
        }
        if (k == words.size() && ListedItems.opensList(lt, hit.end(), s.end())) {
          listParties = ListedItems.sides(lt, s, meetingParties);
        }
        k = ActionWords.afterCoParty(lt, words, k);
        // time words may come between: "va assister, le 7 mai, au Forum"
        if (k < words.size() && ActionWords.isInfinitive(lt, words.get(k))) {
          // "sont convenus de se concerter": a French pronominal infinitive keeps its pronoun
          String before = k > 0 ? ActionWords.word(lt, words.get(k - 1)) : "";
          boolean pronoun =
              lt.analysis.language().equals("fr")
                  && (before.equals("se") || before.equals("s'"))
                  && words.get(k - 1)[0] >= hit.end();
          starts.add(new int[] {hit.start(), words.get(pronoun ? k - 1 : k)[0], -1});
        } else if (actionWords.takesNounAfterTime(lt, hit, words, k)) {
          // "acordaron el jueves la creación": a noun trigger parted by a time phrase,
          // which dates the agreeing, not the undertaking (read from the noun on)
          int at = actionWords.actionNounAt(lt, words, k);
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
          int k = ActionWords.indexAt(words, m.end());
          if (k < words.size() && ActionWords.isInfinitive(lt, words.get(k))) {
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
            && future
            && !futures.negatedOrDescribed(lt, words, i)) {
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
        Commitment c = events.read(lt, s, words, ev, meetingParties);
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
                    lt,
                    s.start(),
                    s.end(),
                    words,
                    p,
                    BoundParties.ofOccasion(lt, s, meetingParties));
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
    datedByOccasion(lt, analysis.commitments());
  }

  /** How far back, in characters, the dated occasion of an undertaking may be announced. */
  private static final int OCCASION_REACH = 600;

  /**
   * "Il se rendra à Rome du 3 au 5 mai. Au cours de cette visite, il signera …": an undertaking
   * with no deadline, in a sentence that names the occasion just announced, is due when the nearest
   * dated undertaking before it is.
   */
  private void datedByOccasion(LocalText lt, List<Commitment> all) {
    for (int i = 0; i < all.size(); i++) {
      Commitment c = all.get(i);
      if (c.deadline() != null || c.spans().isEmpty()) {
        continue;
      }
      int at = c.spans().get(0).start();
      Sentence s = lt.sentenceAt(at);
      if (s == null || !lexicon.occasionCues().any(lt.folded, s.start(), s.end())) {
        continue;
      }
      Commitment dated = null;
      for (Commitment o : all) {
        if (o != c
            && o.deadline() != null
            && o.deadline().due() != null
            && !o.spans().isEmpty()
            && o.spans().get(0).start() < at
            && at - o.spans().get(0).start() <= OCCASION_REACH
            && (dated == null || o.spans().get(0).start() > dated.spans().get(0).start())) {
          dated = o;
        }
      }
      if (dated != null) {
        all.set(
            i,
            new Commitment(
                c.parties(), c.action(), c.place(), dated.deadline(), c.code(), c.spans()));
      }
    }
  }

  private Commitment commitment(
      LocalText lt, Sentence s, List<int[]> words, int[] st, TreeSet<String> meetingParties) {
    int trigger = st[0];
    int actionStart = st[1];
    if (hedges.govern(lt, s.start(), trigger)
        || lexicon.cancellations().any(lt.folded, s.start(), s.end())) {
      return null;
    }
    int end = lt.clauseEnd(actionStart, s.end());
    // an action goes on past a clause of time words: "assister, le 7 mai, au Forum"
    List<DateMention> dates = lt.datesIn(trigger, lt.sentenceEnd(actionStart, s.end()));
    for (DateMention d : dates) {
      if (d.start() < end && end < d.end()) {
        // "firmará el jueves, 19 de marzo, un convenio": the comma is the date's own
        int after = d.end();
        while (after < s.end() && (lt.text.charAt(after) == ',' || lt.text.charAt(after) == ' ')) {
          after++;
        }
        end = lt.clauseEnd(after, s.end());
      }
    }
    List<int[]> openers = new ArrayList<>(); // "à partir de" before a parting time clause
    for (DateMention d : dates) {
      if (d.start() >= end
          && (ClauseDates.opensTime(lt.folded.substring(end, d.start()))
              || ClauseDates.placeAside(lt, end, d.start()))) {
        openers.add(new int[] {end, d.start()});
        int after = d.end();
        while (after < s.end() && (lt.text.charAt(after) == ',' || lt.text.charAt(after) == ' ')) {
          after++;
        }
        end = lt.clauseEnd(after, s.end());
      }
    }
    end = ClauseParts.enumerationEnd(lt, end, s.end());
    PhraseList.Hit<String> tail = lexicon.actionEnds().first(lt.folded, actionStart + 1, end);
    if (tail != null && lt.words(actionStart, tail.start()).size() >= 2) {
      end = tail.start(); // "fijar la fecha en la que se reunirá …": the action is the verb
      // phrase
    }
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
      first = actionWords.reflexive(lt, words, st[2], actionWords.infinitive(raw));
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
          || ClauseDates.leadsIntoDate(lt, dates, w[0])) {
        continue;
      }
      DateMention in = ClauseDates.dateAt(dates, w[0]);
      if (in != null) {
        if (due == null && !ClauseDates.past(lt, in)) {
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
        if (d.end() <= actionStart
            && d.start() >= agreeing
            && !ClauseDates.pastDay(lt, d)
            && !ClauseDates.past(lt, d)) {
          due = d;
          break;
        }
      }
    }
    if (due == null && st[2] >= 0) {
      due = FutureClauses.frontedDate(lt, s, trigger);
    }
    String a = action.toString().strip();
    String verb = a.isEmpty() ? "" : a.split(" ")[0].toLowerCase(Locale.ROOT);
    if (a.isEmpty() || a.indexOf(' ') < 0 && st[2] < 0 || lexicon.isNotAction(Folding.fold(verb))) {
      return null;
    }
    List<String> parties = BoundParties.ofTrigger(lexicon, lt, s, trigger, meetingParties);
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

  /** The end of the trigger phrase that starts at {@code trigger}, dates inside it included. */
  private int triggerEnd(LocalText lt, int trigger, int sentenceEnd) {
    PhraseList.Hit<Lexicon.Complement> hit =
        lexicon.commitmentTriggers().first(lt.undated(), trigger, sentenceEnd);
    return hit != null && hit.start() == trigger ? hit.end() : trigger;
  }
}
