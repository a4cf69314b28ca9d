package org.entente.store.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.model.ActorKind;

/**
 * Canonical names for actor codes: ISO 3166 alpha-3 codes named from the JDK's country list,
 * organisations from {@code organisations.tsv}; an unknown code is its own name. Immutable and
 * thread-safe.
 */
public final class ActorNames {

  private static final String RESOURCE = "/org/entente/store/identity/organisations.tsv";
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
    try (InputStream in = ActorNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 2 || !CODE.matcher(f[0]).matches() || f[1].isBlank()) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": malformed: " + line);
        }
        orgs.put(f[0], f[1].strip());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
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
