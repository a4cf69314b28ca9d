package org.entente.store.identity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.model.ActorKind;
import org.entente.pipeline.resources.ResourceFile;

/**
 * Canonical names for actor codes: ISO 3166 alpha-3 codes named from the JDK's country list,
 * organisations from {@code organisations.tsv}; an unknown code is its own name. Immutable and
 * thread-safe.
 */
public final class ActorNames {

  private static final String RESOURCE = "organisations.tsv";
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

  private final Map<String, String> states;
  private final Map<String, String> organisations;

  private ActorNames(Map<String, String> states, Map<String, String> organisations) {
    this.states = Map.copyOf(states);
    this.organisations = Map.copyOf(organisations);
  }

  public static ActorNames load() {
    Map<String, String> states = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale.Builder().setRegion(iso2).build();
      states.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
    }
    states.put("XKX", "Kosovo");
    states.put("PSE", "Palestine");
    Map<String, String> orgs = new HashMap<>();
    for (ResourceFile.Line line : ResourceFile.read(ActorNames.class, RESOURCE)) {
      if (line.fields().size() != 2
          || !CODE.matcher(line.field(0)).matches()
          || line.field(1).isEmpty()) {
        throw line.error("malformed");
      }
      orgs.put(line.field(0), line.field(1));
    }
    return new ActorNames(states, orgs);
  }

  public String name(String code) {
    String s = organisations.get(code);
    if (s == null) {
      s = states.get(code);
    }
    return s == null ? code : s;
  }

  /** The kind the extraction gave, else organisation for known acronyms, else state. */
  public ActorKind kind(String code, ActorKind given) {
    if (given != null) {
      return given;
    }
    return organisations.containsKey(code) || !states.containsKey(code)
        ? ActorKind.ORGANISATION
        : ActorKind.STATE;
  }
}
