package org.entente.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.Token;

/**
 * Offices that belong to an organisation rather than to a state ("secretary-general", "high
 * representative"), loaded from {@code organisation-offices.tsv}. Their holder acts for the
 * organisation wherever she is and whatever her nationality. Immutable and thread-safe; {@link
 * #defaults()} loads once.
 *
 * <pre>{@code
 * OrganisationOffices.defaults().endOf(tokens, k);          // end of "Secretary-General" at k, or k
 * OrganisationOffices.defaults().defaultOf("secretary-general"); // "UN"
 * }</pre>
 */
public final class OrganisationOffices {

  /**
   * An office and the organisations it may stand for, the default first ("EU|AU|ECOWAS"); none for
   * an office of states that a shorter one would take ("high commissioner" before "commissioner").
   */
  private record Office(List<String> words, String phrase, String organisations) {

    String organisation() {
      if (organisations == null) {
        return null;
      }
      int bar = organisations.indexOf('|');
      return bar < 0 ? organisations : organisations.substring(0, bar);
    }

    /** Whether the office stands for one organisation (none or several do not). */
    boolean single() {
      return organisations != null && organisations.indexOf('|') < 0;
    }

    List<String> all() {
      return organisations == null ? List.of() : List.of(organisations.split("\\|"));
    }
  }

  private final List<Office> offices;

  private OrganisationOffices(List<Office> offices) {
    this.offices = offices;
  }

  public static OrganisationOffices defaults() {
    return Holder.DEFAULT;
  }

  static OrganisationOffices load() {
    List<Office> out = new ArrayList<>();
    for (ResourceFile.Line line :
        ResourceFile.read(OrganisationOffices.class, "organisation-offices.tsv")) {
      List<String> words = WordScanner.words(line.field(0).toLowerCase(Locale.ROOT));
      if (words.isEmpty()) {
        throw line.error("empty phrase");
      }
      if (!line.field(1).matches("-|[A-Z][A-Z0-9_]{1,15}(\\|[A-Z][A-Z0-9_]{1,15})*")) {
        throw line.error("bad actor code '" + line.field(1) + "'");
      }
      out.add(
          new Office(
              List.copyOf(words),
              line.field(0).toLowerCase(Locale.ROOT),
              line.field(1).equals("-") ? null : line.field(1)));
    }
    out.sort((a, b) -> b.words().size() - a.words().size());
    return new OrganisationOffices(List.copyOf(out));
  }

  /**
   * The end (exclusive) of an organisation's office starting at token {@code k}, or {@code k} when
   * none starts there.
   */
  public int endOf(List<Token> tokens, int k) {
    Office o = at(tokens, k);
    return o == null ? k : k + o.words().size();
  }

  /** The organisation an office starting at {@code k} stands for by default, or null. */
  public String defaultAt(List<Token> tokens, int k) {
    Office o = at(tokens, k);
    return o == null ? null : o.organisation();
  }

  /**
   * The organisations that a role ending in one of the offices may stand for, the default first
   * ("Commissioner for Trade": the EU, the AU, ECOWAS …); empty when none.
   */
  public List<String> organisationsOf(String role) {
    Office o = officeOf(role);
    return o == null ? List.of() : o.all();
  }

  /** The organisation that a role ending in one of the offices stands for by default, or null. */
  public String defaultOf(String role) {
    Office o = officeOf(role);
    return o == null ? null : o.organisation();
  }

  private Office officeOf(String role) {
    if (role == null) {
      return null;
    }
    List<String> words = WordScanner.words(role.toLowerCase(Locale.ROOT));
    for (Office o : offices) {
      int n = o.words().size();
      for (int end = n; end <= words.size(); end++) {
        if ((end == words.size() || PORTFOLIO.contains(words.get(end)))
            && words.subList(end - n, end).equals(o.words())) {
          return o; // "High Representative for …", "Envoy of the Secretary-General"
        }
      }
    }
    return null;
  }

  /** Words after which an office's portfolio or post follows: "for Political Affairs". */
  private static final Set<String> PORTFOLIO = Set.of("for", "to", "on");

  /**
   * The organisation by default of an office written in {@code text} at {@code start}, as a whole
   * word ("The Secretary-General met", "the Secretary-General's visit"), or null.
   */
  public String defaultAtText(CharSequence text, int start) {
    Office o = atText(text, start);
    return o == null ? null : o.organisation();
  }

  /** The length of an office written in {@code text} at {@code start}, or 0. */
  public int lengthAtText(CharSequence text, int start) {
    Office o = atText(text, start);
    return o == null ? 0 : o.phrase().length();
  }

  private Office atText(CharSequence text, int start) {
    for (Office o : offices) {
      if (!o.single()) {
        continue; // a bare "the Commissioner" says no organisation by itself
      }
      int end = start + o.phrase().length();
      if (end > text.length()) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < o.phrase().length() && match; i++) {
        char a = Character.toLowerCase(text.charAt(start + i));
        char b = o.phrase().charAt(i);
        match = a == b || (b == ' ' || b == '-') && (a == ' ' || a == '-');
      }
      if (match && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return o;
      }
    }
    return null;
  }

  private Office at(List<Token> tokens, int k) {
    for (Office o : offices) {
      if (!o.single()) {
        continue;
      }
      int n = o.words().size();
      if (k + n > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < n && match; i++) {
        String w = tokens.get(k + i).lower();
        if (i == n - 1) {
          w = MarkedTokens.stripPossessive(w);
        }
        match = w.equals(o.words().get(i));
      }
      if (match) {
        return o;
      }
    }
    return null;
  }

  private static final class Holder {
    static final OrganisationOffices DEFAULT = load();
  }
}
