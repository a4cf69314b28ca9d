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
          "\\bhomolog|\\bcounterpart|\\b(?:su|sus) pares?\\b|\\bco-?presid|\\bco-?preside");

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
