package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.ActorMention;
import org.entente.model.Span;

/**
 * The officials a French or Spanish title names: the names after it, each with the state it names
 * of its own ("los cancilleres Rosa Pineda de Honduras y Tomás Ibarra de Bolivia"), else the
 * title's side, else the home state; when no name follows, the name set off before the title. After
 * the title the list may pass a body's short name in brackets ("(OEA)"), a state named before the
 * next name ("…, y de Bolivia, Name"), "et"/"y" and commas; it ends at a lone surname, at a name
 * with a title of its own, or at anything else. Immutable and thread-safe.
 */
final class TitleNames {

  /** A body's short name in brackets after a title: " (SICA)", " (OEA)". */
  private static final Pattern ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}\\-]{1,11}\\)");

  private static final int ACRONYM_REACH = 16;

  private final NameRun names;

  TitleNames(NameRun names) {
    this.names = names;
  }

  /**
   * Adds to {@code out} the officials that the title {@code role}, from {@code titleStart} to
   * {@code roleEnd}, names; {@code k} is the first of {@code words} after the title and {@code
   * affiliation} the title's side, or null.
   */
  void read(
      LocalText lt,
      List<int[]> words,
      int k,
      int titleStart,
      int roleEnd,
      String role,
      String affiliation,
      List<FoundOfficial> out) {
    int listStart = out.size();
    int from = roleEnd;
    Matcher acronym = ACRONYM.matcher(lt.text);
    acronym.region(roleEnd, Math.min(lt.text.length(), roleEnd + ACRONYM_REACH));
    if (acronym.lookingAt()) {
      // "secretario general del Sistema de la Integración Centroamericana (SICA), Sr. X": the
      // body's short name between title and name
      from = acronym.end();
      while (k < words.size() && words.get(k)[0] < from) {
        k++;
      }
    }
    boolean first = true;
    String listed = null; // the state a list names before its next name: "…, y de Bolivia, Name"
    while (k < words.size()) {
      if (!first) {
        ActorMention before = TitleContext.stateAfter(lt, words, k);
        int at = before == null ? -1 : closed(lt, before.span().end());
        if (at >= 0 && lt.text.startsWith(",", at)) {
          listed = before.code();
          from = at + 1;
          while (k < words.size() && words.get(k)[0] < from) {
            k++;
          }
          if (k >= words.size()) {
            break;
          }
        }
      }
      String gap = lt.text.substring(from, words.get(k)[0]).strip();
      if (!(gap.isEmpty() || gap.equals(","))) {
        break;
      }
      int start = names.start(lt, words, k);
      int end = names.end(lt, words, start);
      if (end == start) {
        break;
      }
      int ns = words.get(start)[0];
      int ne = words.get(end - 1)[1];
      String name = lt.text.substring(ns, ne);
      if (end - start == 1 && !first) {
        break;
      }
      if ((!first || gap.equals(",")) && names.ownTitleAfter(lt, ne)) {
        if (first && affiliation != null && lt.folded.startsWith("homolog", titleStart)) {
          // "son homologue du Togo, Mme Ana Couto, ministre d'État": the counterpart's side,
          // the office the title after the name gives
          out.add(new FoundOfficial(name, null, affiliation, new Span(ns, ne), true));
        }
        break; // "…, S.E. Mme Ana Couto, ambassadrice du Brésil": a name with a title of its own
      }
      String after = TitleContext.affiliationAfter(lt, words, end);
      String own = after != null ? after : listed;
      listed = null;
      String aff = own != null ? own : affiliation != null ? affiliation : lt.homeFor(ne);
      out.add(
          new FoundOfficial(name, role, aff, new Span(ns, ne), own != null || affiliation != null));
      // a list of names after one title: ", Y de Brasil" / " et M. Z"
      k = end;
      from = ne;
      if (after != null) {
        while (k < words.size() && lt.actorAt(words.get(k)[0]) == null) {
          k++;
        }
        if (k < words.size()) {
          from = lt.actorAt(words.get(k)[0]).span().end();
          while (k < words.size() && words.get(k)[0] < from) {
            k++;
          }
        }
      }
      if (k < words.size()) {
        String lw = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
        if ((lw.equals("et") || lw.equals("y"))
            && lt.text.substring(from, words.get(k)[0]).strip().matches("\\)?,?")) {
          from = words.get(k)[1];
          k++;
        }
      }
      first = false;
    }
    if (out.size() == listStart) {
      apposed(lt, titleStart, role, affiliation, out);
    }
  }

  /** The official named before the title: "Jean Dupont, ministre des Affaires étrangères". */
  private void apposed(
      LocalText lt, int titleStart, String role, String affiliation, List<FoundOfficial> out) {
    int[] span = names.before(lt, titleStart);
    if (span == null) {
      return;
    }
    int ns = span[0];
    int ne = span[1];
    String name = lt.text.substring(ns, ne);
    out.add(
        new FoundOfficial(
            name,
            role,
            affiliation != null ? affiliation : lt.homeFor(ne),
            new Span(ns, ne),
            affiliation != null));
  }

  /** The end of a state's mention at {@code end}, its closing bracket included ("(Guatemala)"). */
  private static int closed(LocalText lt, int end) {
    return lt.text.startsWith(")", end) ? end + 1 : end;
  }
}
