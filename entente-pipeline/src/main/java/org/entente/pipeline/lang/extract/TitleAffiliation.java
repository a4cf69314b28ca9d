package org.entente.pipeline.lang.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.pipeline.lang.PhraseList;

/**
 * Whose official a French or Spanish title makes: the first state or organisation the title names
 * (for a minister, the first state: "ministre de la Santé et de l'OMS" serves no body), else the
 * actor the title implies in the lexicon, else the state of a delegation the official leads, else,
 * for "del país" or "du pays", the state named most often besides the home state. An official
 * listed after the title may still name a state of their own; a list where none does gets the
 * states of the text in order. Static helpers of {@link OfficialsReader}; stateless and
 * thread-safe.
 */
final class TitleAffiliation {

  /** "du pays", "del país": the country of the other side. */
  private static final Pattern PAYS = Pattern.compile("\\b(?:du|del) (?:pays|pais)\\b");

  private TitleAffiliation() {}

  /**
   * The side of the officials the title headed by {@code hit} and spanning {@code title} names, or
   * null when the title tells none (each name then has its own or the home state's).
   */
  static String of(LocalText lt, PhraseList.Hit<String> hit, TitleExtent.Extent title) {
    Set<String> actors = new LinkedHashSet<>(title.actors());
    String head = lt.folded.substring(hit.start(), hit.end());
    if (head.contains("ministr") || head.contains("canciller")) {
      // "ministre des Affaires étrangères, des Affaires européennes et de la Coopération": a
      // minister serves a state; an organisation among the portfolios is a subject
      actors.removeIf(lt::isOrganisation);
    }
    String affiliation =
        actors.isEmpty()
            ? (hit.value().isEmpty() ? null : TitleContext.titleDefault(lt, hit.value()))
            : actors.iterator().next();
    if (affiliation == null) {
      affiliation = TitleContext.delegationLedBy(lt, hit.start());
    }
    if (affiliation == null && PAYS.matcher(lt.folded.substring(hit.start(), title.end())).find()) {
      affiliation = lt.other(); // "del país andino": the home state's counterpart
    }
    return affiliation;
  }

  /**
   * Gives the officials of {@code list}, all named after one title, the states of the text in order
   * when the text tells none of their sides: "les chefs de gouvernement des deux pays, M. X et M.
   * Y". Replaces the list's elements in place.
   */
  static void inTextOrder(LocalText lt, List<FoundOfficial> list) {
    List<String> states = lt.statesInOrder();
    if (list.size() >= 2
        && list.stream().noneMatch(FoundOfficial::told)
        && states.size() >= list.size()) {
      for (int i = 0; i < list.size(); i++) {
        FoundOfficial f = list.get(i);
        list.set(i, new FoundOfficial(f.name(), f.role(), states.get(i), f.span(), true));
      }
    }
  }
}
