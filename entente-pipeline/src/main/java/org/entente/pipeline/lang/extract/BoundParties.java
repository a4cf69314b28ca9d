package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.TreeSet;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.text.Sentence;

/**
 * Who an undertaking of a French or Spanish sentence binds. An undertaking told by a trigger binds
 * the actors and officials' states of its sentence, with the sides of the talks the text reports
 * when the sentence names none of them or speaks of both sides ("las dos partes convinieron ...");
 * with no talks reported, "both sides" are the text's two main states; else the home state. An
 * occasion announced for the future ("la feria binacional se celebrará ...") binds the actors of
 * its sentence, with the parties of the talks when it names none of them. Static helpers of {@link
 * CommitmentReader} and {@link FutureVerbEvents}; stateless and thread-safe.
 */
final class BoundParties {

  private BoundParties() {}

  /**
   * The parties bound by the undertaking whose trigger starts at {@code trigger} in sentence {@code
   * s}, sorted; empty when the text binds nobody ("toute reprise doit inclure la source" names no
   * one), and then the sentence tells no undertaking.
   */
  static List<String> ofTrigger(
      Lexicon lexicon, LocalText lt, Sentence s, int trigger, TreeSet<String> meetingParties) {
    List<String> parties = lt.partiesIn(s.start(), s.end());
    if (parties.isEmpty()) {
      String office = officeSubject(lexicon, lt, s, trigger);
      if (office != null) {
        return List.of(office); // "Puis le ministre prendra part …": the minister named before
      }
    }
    if (parties.isEmpty()
        && !lexicon.subjects().any(lt.folded, s.start(), trigger)
        && !(meetingParties.size() >= 2 && subjectOmitted(lt, s, trigger))) {
      return List.of(); // nobody the text names is bound
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
    if (parties.size() == 1
        && talks.size() == 2
        && talks.contains(parties.get(0))
        && !lt.partiesIn(s.start(), trigger).contains(parties.get(0))) {
      // "Le ministre effectuera une visite au Sénégal": the one side named after the trigger is
      // where or with whom; the one who undertakes is the other side of the talks
      parties = List.copyOf(talks);
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
    return parties;
  }

  /**
   * The side of the official a bare office stands for as the subject of the trigger's clause ("la
   * ministre", "el canciller"): the one last named before with an office of that head; null when
   * the clause has no such subject or no official holds it.
   */
  private static String officeSubject(Lexicon lexicon, LocalText lt, Sentence s, int trigger) {
    int cs = lt.clauseStart(s.start(), trigger);
    org.entente.pipeline.lang.PhraseList.Hit<String> head =
        lexicon.titles().first(lt.folded, cs, trigger);
    if (head == null) {
      return null;
    }
    String office = lt.folded.substring(head.start(), head.end());
    String side = null;
    int last = -1;
    for (org.entente.model.Person p : lt.analysis.persons()) {
      if (p.role() == null
          || p.affiliation() == null
          || !org.entente.pipeline.lang.Folding.fold(p.role()).startsWith(office)) {
        continue;
      }
      for (org.entente.model.Span sp : p.spans()) {
        if (sp.end() <= cs && sp.start() > last) {
          last = sp.start();
          side = p.affiliation();
        }
      }
    }
    return side;
  }

  /**
   * The parties of an occasion announced in sentence {@code s}: the actors it names, with the
   * parties of the talks the text reports when it names none of them.
   */
  static List<String> ofOccasion(LocalText lt, Sentence s, TreeSet<String> meetingParties) {
    List<String> parties = lt.partiesIn(s.start(), s.end());
    if (!meetingParties.isEmpty() && java.util.Collections.disjoint(parties, meetingParties)) {
      TreeSet<String> p = new TreeSet<>(parties);
      p.addAll(meetingParties);
      parties = List.copyOf(p);
    }
    return parties;
  }

  /**
   * Whether the trigger opens its clause, its subject left unsaid as Spanish does ("Asimismo,
   * acordaron celebrar ..."): then the parties of the talks the text reports are bound.
   */
  private static boolean subjectOmitted(LocalText lt, Sentence s, int trigger) {
    int cs = lt.clauseStart(s.start(), trigger);
    return lt.words(cs, trigger).size() <= 1;
  }
}
