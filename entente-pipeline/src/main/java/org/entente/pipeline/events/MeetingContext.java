package org.entente.pipeline.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.WordSets;

/**
 * The context words of meeting extraction, loaded from {@code meeting-context.tsv}: what makes a
 * meeting future, denied, a topic rather than a party, a thing rather than a person. Immutable and
 * thread-safe.
 */
final class MeetingContext {

  static final List<String> CLASSES =
      List.of(
          "future",
          "negation",
          "topic-preposition",
          "both",
          "call-not-object",
          "thing",
          "person-noun",
          "subject-stop",
          "object-stop",
          "earlier-occasion",
          "opening-present",
          "session-noun",
          "separate",
          "together",
          "meal",
          "reporting",
          "direction");

  private final Map<String, Set<String>> words;

  private MeetingContext(Map<String, Set<String>> words) {
    this.words = words;
  }

  static MeetingContext defaults() {
    return Holder.DEFAULT;
  }

  static MeetingContext load(String resource) {
    Map<String, Set<String>> map = new HashMap<>();
    CLASSES.forEach(c -> map.put(c, new HashSet<>()));
    for (ResourceFile.Line line : ResourceFile.read(MeetingContext.class, resource)) {
      Set<String> set = map.get(line.field(0));
      if (set == null) {
        throw line.error("unknown class '" + line.field(0) + "'");
      }
      if (line.field(1).isEmpty() || line.fields().size() != 2) {
        throw line.error("expected CLASS <TAB> WORD");
      }
      set.add(line.field(1));
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    // hash sets: asked about most words of a text, and a miss compares hash codes, not strings
    map.forEach((k, v) -> frozen.put(k, WordSets.copyOf(v)));
    return new MeetingContext(Map.copyOf(frozen));
  }

  /** True when {@code word} (lower case) is in class {@code cls}. */
  boolean is(String cls, String word) {
    Set<String> set = words.get(cls);
    if (set == null) {
      throw new IllegalArgumentException("unknown class " + cls);
    }
    return set.contains(word.replace('’', '\''));
  }

  private static final class Holder {
    static final MeetingContext DEFAULT = load("meeting-context.tsv");
  }
}
