package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.pipeline.lang.Folding;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.text.Sentence;

/**
 * Corrects the guessed sides of the officials a French or Spanish text names, from the officials
 * told beside them: a counterpart is of the other state, and an official listed after a told one in
 * one delegation is of the same state. Stateless.
 */
final class OfficialSides {

  private OfficialSides() {}

  /**
   * An official whose affiliation was guessed (the home state) is not of the state of another
   * official told in the same sentence: "X a reçu son homologue tunisien Y" makes X the other side.
   */
  private static final java.util.regex.Pattern COUNTERPART =
      java.util.regex.Pattern.compile(
          "\\bhomolog|\\bcounterpart|"
              + LocalText.SPANISH_COUNTERPART
              + "|\\bco-?presid|\\bco-?preside");

  static List<FoundOfficial> counterparts(
      LocalText lt, Lexicon lexicon, List<FoundOfficial> found) {
    List<FoundOfficial> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      FoundOfficial f = out.get(i);
      if (f.told()) {
        continue;
      }
      Sentence s = lt.sentenceAt(f.span().start());
      if (s == null) {
        continue;
      }
      boolean counterpart = COUNTERPART.matcher(lt.folded.substring(s.start(), s.end())).find();
      for (FoundOfficial o : found) {
        if (o != f
            && o.told()
            && o.span().start() >= s.start()
            && o.span().end() <= s.end()
            && Objects.equals(o.affiliation(), f.affiliation())
            && (counterpart || meetingBetween(lt, lexicon, f.span(), o.span(), found))) {
          String other = lt.otherThan(o.affiliation());
          if (other != null) {
            out.set(i, new FoundOfficial(f.name(), f.role(), other, f.span(), false));
          }
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether a meeting verb stands between the names of an official {@code a} and a partner {@code
   * b}, with no other official named between the verb and {@code b}: "X a reçu Y", "X fue recibido
   * por Y", "X se reunió con Y" make them two sides; in "X se reunió con Y y la embajadora de X en
   * Z", the ambassador is one of Y's party.
   */
  private static boolean meetingBetween(
      LocalText lt,
      Lexicon lexicon,
      org.entente.model.Span a,
      org.entente.model.Span b,
      List<FoundOfficial> found) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    if (from >= to) {
      return false;
    }
    for (PhraseList.Hit<Lexicon.MeetingCue> h :
        lexicon.meetingTriggers().find(lt.folded, from, to)) {
      if (h.value() == null || Gatherings.isSidelines(h)) {
        continue;
      }
      int lo = b.start() > h.end() ? h.end() : b.end();
      int hi = b.start() > h.end() ? b.start() : h.start();
      boolean between = false;
      for (FoundOfficial o : found) {
        between |= o.span().start() >= lo && o.span().end() <= hi;
      }
      return !between;
    }
    return false;
  }

  /** How many words may stand between a participle of being received and its "par"/"por". */
  private static final int HOST_REACH = 4;

  /** How many words a title may have between "par"/"por" and the name it introduces. */
  private static final int TITLE_REACH = 14;

  /**
   * An official whose affiliation was guessed and who receives a visitor ("la ministre a été reçue
   * mercredi à Port-Vila par le Premier ministre, M. X", "fue recibido por el presidente, Y") is of
   * the state of the place the sentence names, else, when the visitor is named there on a visit of
   * the same guessed side, of the other state of the text: a host, not the text's own official.
   */
  static List<FoundOfficial> hosts(LocalText lt, Lexicon lexicon, List<FoundOfficial> found) {
    List<FoundOfficial> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      FoundOfficial f = out.get(i);
      if (f.told() || f.affiliation() == null) {
        continue;
      }
      Sentence s = lt.sentenceAt(f.span().start());
      if (s == null) {
        continue;
      }
      String host = null;
      int cue = hostCue(lt, lexicon, s.start(), f, found);
      if (cue >= 0) {
        Place place = Place.at(lt, s.start(), f.span().start());
        if (place != null) {
          host = place.location().country();
        } else if (visitorOfSide(lt, lexicon, s, cue, f, found)) {
          host = lt.otherThan(f.affiliation());
        }
      } else {
        // "Le président du Sénat, M. X, a reçu mardi à Abidjan une délégation …": the host
        // receives where he is
        int verb = hostVerbAfter(lt, lexicon, f, s);
        Place place = verb < 0 ? null : Place.at(lt, verb, s.end());
        host = place == null ? null : place.location().country();
      }
      if (host != null && !host.equals(f.affiliation())) {
        out.set(i, new FoundOfficial(f.name(), f.role(), host, f.span(), true));
      }
    }
    return out;
  }

  /**
   * The end of the verb of hosting ("a reçu", "recibió") right after the name of {@code f}, its
   * subject, or -1 when none follows it there.
   */
  private static int hostVerbAfter(LocalText lt, Lexicon lexicon, FoundOfficial f, Sentence s) {
    for (PhraseList.Hit<Lexicon.MeetingCue> h :
        lexicon.meetingTriggers().find(lt.folded, f.span().end(), s.end())) {
      if (!lt.text.substring(f.span().end(), h.start()).matches("[\\s,]*")) {
        return -1;
      }
      if (h.value() != null && "host".equals(h.value().kind())) {
        return h.end();
      }
    }
    return -1;
  }

  /**
   * Where the participle of being received that introduces {@code f} starts ("reçue … par le
   * Premier ministre, M. X"), or -1 when no such words stand before its name in the sentence.
   */
  private static int hostCue(
      LocalText lt,
      Lexicon lexicon,
      int sentenceStart,
      FoundOfficial f,
      List<FoundOfficial> found) {
    List<int[]> words = lt.words(sentenceStart, f.span().start());
    int by = -1;
    for (int k = words.size() - 1; k >= 0 && k >= words.size() - TITLE_REACH; k--) {
      String w = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
      if (w.equals("par") || w.equals("por")) {
        by = k;
        break;
      }
    }
    if (by < 0) {
      return -1;
    }
    int from = words.get(by)[1];
    for (FoundOfficial o : found) {
      if (o != f && o.span().start() >= from && o.span().end() <= f.span().start()) {
        return -1; // "reçu par le ministre X et par Y": the first is the host named
      }
    }
    if (lt.text.substring(from, f.span().start()).contains(";")) {
      return -1;
    }
    for (int k = by - 1; k >= 0 && k >= by - HOST_REACH; k--) {
      if (lexicon.hostCues().contains(lt.folded.substring(words.get(k)[0], words.get(k)[1]))) {
        return words.get(k)[0];
      }
    }
    return -1;
  }

  /**
   * Whether the sentence tells of a visit ("au cours de sa visite, M. Weber a été reçu par …") and
   * names before {@code cue}, by surname, an official of the side guessed for the host {@code f}:
   * the visitor, so the host is of the other side.
   */
  private static boolean visitorOfSide(
      LocalText lt,
      Lexicon lexicon,
      Sentence s,
      int cue,
      FoundOfficial f,
      List<FoundOfficial> found) {
    boolean visit = false;
    for (PhraseList.Hit<Lexicon.MeetingCue> h :
        lexicon.meetingTriggers().find(lt.folded, s.start(), s.end())) {
      visit |= h.value() != null && "visit".equals(h.value().kind());
    }
    if (!visit) {
      return false;
    }
    List<int[]> before = lt.words(s.start(), cue);
    for (FoundOfficial o : found) {
      String name = o.name();
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      if (o != f && Objects.equals(o.affiliation(), f.affiliation())) {
        for (int[] w : before) {
          if (lt.text.substring(w[0], w[1]).equals(surname)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Words that may join two officials of one list: "X, y a la ministra de Defensa, Y". */
  private static final Set<String> COORDINATION =
      Set.of(
          "y", "e", "et", "a", "al", "la", "el", "le", "les", "los", "las", "au", "aux", "avec",
          "con", "par", "por", "ainsi", "qu'avec", "que", "asi", "como");

  /**
   * Words that join the second official of a list to the first: "et", "y", and "ainsi que", "así
   * como" ("s'est entretenu avec X, ainsi qu'avec Y": one side's officials, named in one list).
   */
  private static final Set<String> JOINERS = Set.of("y", "e", "et", "ainsi", "asi");

  /**
   * An official whose affiliation was guessed stands for the state of the told official just
   * before, when only a conjunction and the second title join them: "al canciller de Chile, X, y a
   * la ministra de Defensa Nacional, Y" — one delegation, named in one list.
   */
  static List<FoundOfficial> coordinated(LocalText lt, Lexicon lexicon, List<FoundOfficial> found) {
    List<FoundOfficial> out = new ArrayList<>(found);
    for (int i = 1; i < out.size(); i++) {
      FoundOfficial f = out.get(i);
      FoundOfficial o = out.get(i - 1);
      if (f.told() || !o.told() || o.span().end() >= f.span().start() || f.role() == null) {
        continue;
      }
      StringBuilder gap = new StringBuilder(lt.folded.substring(o.span().end(), f.span().start()));
      int from = o.span().end();
      for (PhraseList.Hit<String> h = lexicon.honorifics().first(lt.folded, from, f.span().start());
          h != null;
          h = lexicon.honorifics().first(lt.folded, h.end(), f.span().start())) {
        for (int k = h.start(); k < h.end(); k++) {
          gap.setCharAt(k - from, ' '); // "Sra.", "M.": no word of the list
        }
      }
      String between = gap.toString();
      String role = Folding.fold(f.role());
      int at = between.indexOf(role);
      if (at < 0) {
        continue;
      }
      String rest = (between.substring(0, at) + " " + between.substring(at + role.length()));
      boolean joined = false;
      boolean other = false;
      for (String w : rest.split("[\\s,]+")) {
        if (w.isEmpty()) {
          continue;
        }
        joined |= JOINERS.contains(w);
        other |= !COORDINATION.contains(w);
      }
      if (joined && !other) {
        out.set(i, new FoundOfficial(f.name(), f.role(), o.affiliation(), f.span(), true));
      }
    }
    return out;
  }
}
