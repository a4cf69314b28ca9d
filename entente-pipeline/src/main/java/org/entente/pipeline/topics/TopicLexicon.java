package org.entente.pipeline.topics;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.entente.model.Topic;
import org.entente.pipeline.resources.ResourceFile;

/**
 * The topic vocabulary: cue phrases with the topic they name and a weight ({@code topics.tsv}), and
 * the discussion cues that mark a sentence as reporting what parties discussed ({@code
 * discussion-cues.tsv}). The formats are documented in the files' headers. Loaded and validated
 * once: an unknown topic label, a bad phrase or weight, or a duplicate fails with the file and
 * line. Immutable and thread-safe.
 */
public final class TopicLexicon {

  /** The largest weight a cue may carry. */
  public static final double MAX_WEIGHT = 3.0;

  /** What a topic cue says: the topic, and how surely (0 for a blocker). */
  public record TopicCue(Topic topic, double weight) {}

  private final CuePhrases<TopicCue> topics;
  private final CuePhrases<Boolean> discussion;

  private TopicLexicon(CuePhrases<TopicCue> topics, CuePhrases<Boolean> discussion) {
    this.topics = Objects.requireNonNull(topics);
    this.discussion = Objects.requireNonNull(discussion);
  }

  /** The bundled vocabulary, loaded on first use. */
  public static TopicLexicon defaults() {
    return Holder.DEFAULT;
  }

  /**
   * Loads the two files from {@code anchor}'s package on the class path.
   *
   * @throws IllegalStateException naming file and line when a file is missing or malformed
   */
  public static TopicLexicon load(Class<?> anchor, String topicsFile, String discussionFile) {
    CuePhrases.Builder<TopicCue> tb = CuePhrases.builder();
    Set<String> seen = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(anchor, topicsFile)) {
      if (line.fields().size() != 3) {
        throw line.error("expected TOPIC, CUE and WEIGHT separated by tabs");
      }
      Topic topic = topic(line, line.field(0));
      double weight;
      try {
        weight = Double.parseDouble(line.field(2));
      } catch (NumberFormatException e) {
        throw line.error("weight '" + line.field(2) + "' is not a number");
      }
      if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
        throw line.error("weight " + line.field(2) + " is not between 0 and " + MAX_WEIGHT);
      }
      if (!seen.add(topic.label() + "\t" + line.field(1))) {
        throw line.error("duplicate cue '" + line.field(1) + "' for " + topic.label());
      }
      tb.add(line, 1, new TopicCue(topic, weight));
    }
    CuePhrases.Builder<Boolean> db = CuePhrases.builder();
    for (ResourceFile.Line line : ResourceFile.read(anchor, discussionFile)) {
      if (line.fields().size() != 1) {
        throw line.error("expected one CUE per line");
      }
      db.add(line, 0, Boolean.TRUE);
    }
    return new TopicLexicon(tb.build(), db.build());
  }

  private static Topic topic(ResourceFile.Line line, String label) {
    for (Topic t : Topic.values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw line.error(
        String.format(Locale.ROOT, "unknown topic '%s' (the taxonomy is in Topic)", label));
  }

  /** The topic cues. */
  public CuePhrases<TopicCue> topics() {
    return topics;
  }

  /** The cues of sentences that say what parties discussed or cooperate on. */
  public CuePhrases<Boolean> discussion() {
    return discussion;
  }

  private static final class Holder {
    static final TopicLexicon DEFAULT =
        load(TopicLexicon.class, "topics.tsv", "discussion-cues.tsv");
  }
}
