package org.entente.store.mechanisms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.store.identity.Words;

/**
 * The resource list of recurring bodies ({@code mechanisms/patterns.txt}) and the matcher that
 * finds them in a record's words. Immutable and thread-safe.
 */
public final class MechanismPatterns {

  /** One recurring body. */
  public record Mechanism(String id, String name, List<String> phrases) {}

  private static final String RESOURCE = "patterns.txt";
  private static final Pattern ID = Pattern.compile("[a-z_]+");

  private final List<Mechanism> mechanisms;
  private final List<String[]> phrases; // {normalised phrase with spaces around, id}

  private MechanismPatterns(List<Mechanism> mechanisms) {
    this.mechanisms = List.copyOf(mechanisms);
    List<String[]> p = new ArrayList<>();
    for (Mechanism m : mechanisms) {
      for (String ph : m.phrases()) {
        p.add(new String[] {" " + Words.normalise(ph) + " ", m.id()});
      }
    }
    p.sort(Comparator.comparingInt((String[] a) -> -a[0].length()));
    this.phrases = List.copyOf(p);
  }

  /** Loads the bundled list; a malformed line fails with file, line and value. */
  public static MechanismPatterns load() {
    List<Mechanism> out = new ArrayList<>();
    for (ResourceFile.Line line : ResourceFile.read(MechanismPatterns.class, RESOURCE)) {
      if (line.fields().size() != 3
          || !ID.matcher(line.field(0)).matches()
          || line.field(1).isEmpty()) {
        throw line.error("malformed");
      }
      List<String> ph = new ArrayList<>();
      for (String p : line.field(2).split(";")) {
        if (Words.normalise(p).isEmpty()) {
          throw line.error("empty phrase");
        }
        ph.add(p.strip());
      }
      out.add(new Mechanism(line.field(0), line.field(1), ph));
    }
    return new MechanismPatterns(out);
  }

  public List<Mechanism> all() {
    return mechanisms;
  }

  public Optional<Mechanism> byId(String id) {
    return mechanisms.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The first mechanism (longest phrase first) named in {@code text}, if any. */
  public Optional<Mechanism> find(String text) {
    String t = " " + Words.normalise(text) + " ";
    for (String[] p : phrases) {
      if (t.contains(p[0])) {
        return byId(p[1]);
      }
    }
    return Optional.empty();
  }

  private static final Pattern NUMBERED =
      Pattern.compile(
          "\\b(\\d{1,3})(?:st|nd|rd|th)\\s+(?:session|meeting|round|edition)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORDED =
      Pattern.compile(
          "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
              + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
              + "|twentieth)\\s+(?:session|meeting|round|edition)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final List<String> ORDINALS =
      List.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth",
          "sixteenth",
          "seventeenth",
          "eighteenth",
          "nineteenth",
          "twentieth");

  /** The session number a text gives ("the 14th session", "the third meeting"), or null. */
  public static Integer sessionNumber(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = NUMBERED.matcher(text);
    if (m.find()) {
      return Integer.valueOf(m.group(1));
    }
    m = WORDED.matcher(text);
    if (m.find()) {
      return ORDINALS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
    }
    return null;
  }
}
