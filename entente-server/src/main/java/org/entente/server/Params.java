package org.entente.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameters of one request, read and validated together: each getter records what is wrong
 * instead of throwing, and {@link #check()} throws one 400 with every problem by field. Not
 * thread-safe; one per request.
 */
public final class Params {

  /** The largest page size. */
  public static final int MAX_LIMIT = 500;

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private final Context ctx;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private Params(Context ctx) {
    this.ctx = ctx;
  }

  public static Params of(Context ctx) {
    return new Params(ctx);
  }

  /** A trimmed query parameter, or null when absent or blank. */
  public String string(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > 500) {
      errors.put(name, "at most 500 characters");
      return null;
    }
    return v.strip();
  }

  /** A required query parameter. */
  public String required(String name) {
    String v = string(name);
    if (v == null && !errors.containsKey(name)) {
      errors.put(name, "required");
    }
    return v;
  }

  /** An actor code query parameter (letters, digits, {@code _.-}), or null. */
  public String code(String name) {
    return code(name, string(name));
  }

  /** An actor code path parameter. */
  public String pathCode(String name) {
    return code(name, ctx.pathParam(name));
  }

  private String code(String name, String v) {
    if (v != null && !CODE.matcher(v).matches()) {
      errors.put(name, "not an actor code");
      return null;
    }
    return v;
  }

  /** A language query parameter: an ISO 639-1 code in lower case ("fr"), or null. */
  public String language(String name) {
    String v = string(name);
    if (v != null && !LANGUAGE.matcher(v).matches()) {
      errors.put(name, "not a language code (two lower-case letters, e.g. fr): " + clip(v));
      return null;
    }
    return v;
  }

  /** A numeric path parameter. */
  public long pathId(String name) {
    String v = ctx.pathParam(name);
    try {
      long id = Long.parseLong(v);
      if (id < 0) {
        throw new NumberFormatException();
      }
      return id;
    } catch (NumberFormatException e) {
      errors.put(name, "not an id: " + clip(v));
      return -1;
    }
  }

  /** A numeric query parameter naming something by id (0 or more), or null when absent. */
  public Long id(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      long id = Long.parseLong(v);
      if (id < 0) {
        throw new NumberFormatException();
      }
      return id;
    } catch (NumberFormatException e) {
      errors.put(name, "not an id: " + clip(v));
      return null;
    }
  }

  public int limit(int dflt) {
    return integer("limit", dflt, 1, MAX_LIMIT);
  }

  public int offset() {
    return integer("offset", 0, 0, Integer.MAX_VALUE);
  }

  public int integer(String name, int dflt, int min, int max) {
    String v = string(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        errors.put(name, "must be between " + min + " and " + max);
        return dflt;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.put(name, "not a whole number: " + clip(v));
      return dflt;
    }
  }

  /** A YYYY-MM-DD query parameter, or null. */
  public LocalDate date(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      errors.put(name, "not a date (YYYY-MM-DD): " + clip(v));
      return null;
    }
  }

  /** The {@code as_of} day, today (UTC) when absent. */
  public LocalDate asOf() {
    LocalDate d = date("as_of");
    return d == null ? LocalDate.now(ZoneOffset.UTC) : d;
  }

  /** One of {@code allowed}, or null when absent. */
  public String oneOf(String name, Set<String> allowed) {
    String v = string(name);
    if (v != null && !allowed.contains(v)) {
      errors.put(name, "must be one of " + new java.util.TreeSet<>(allowed));
      return null;
    }
    return v;
  }

  /** Records a problem found by the caller. */
  public void problem(String name, String what) {
    errors.put(name, what);
  }

  /** Throws a 400 listing every problem found so far. */
  public void check() {
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(errors);
    }
  }

  static String clip(String v) {
    return v == null ? "null" : v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }
}
