package org.entente.pipeline.topics;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Span;
import org.entente.model.Topic;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.text.Sentence;

/**
 * Labels a document with the topics its parties discussed or cooperate on, from the fixed taxonomy.
 *
 * <p>Design. A topic counts when the text reports the parties dealing with it, not when the word
 * passes by. So cues ({@link TopicLexicon}) are weighed by where they stand: in an <em>event
 * sentence</em> — the evidence of a meeting, agreement or commitment found by earlier stages, or a
 * sentence with a discussion cue ("discussed", "talks on", "cooperation in", "agenda") — a cue
 * counts its full weight; in any other sentence, {@link #BACKGROUND} of it. Within one sentence a
 * topic counts once, by its strongest cue. A topic whose document score reaches {@link #THRESHOLD}
 * is kept. A document that reports no meeting, agreement or commitment has no topics: talk about
 * diplomacy is not diplomacy.
 *
 * <p>Runs after the event extractors. Immutable and thread-safe.
 */
public final class TopicClassifier implements Stage {

  /** The share of its weight that a cue counts outside event sentences. */
  public static final double BACKGROUND = 0.3;

  /** The document score a topic needs. */
  public static final double THRESHOLD = 1.0;

  private final TopicLexicon lexicon;

  /** A classifier with the bundled vocabulary. */
  public TopicClassifier() {
    this(TopicLexicon.defaults());
  }

  public TopicClassifier(TopicLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public void process(Analysis analysis) {
    for (Topic t : classify(analysis)) {
      analysis.topics().add(t.label());
    }
  }

  /** The topics of {@code analysis}, empty when it reports no meeting, agreement or commitment. */
  public Set<Topic> classify(Analysis analysis) {
    boolean events =
        !analysis.meetings().isEmpty()
            || !analysis.agreements().isEmpty()
            || !analysis.commitments().isEmpty();
    return events ? topics(scores(analysis)) : Set.of();
  }

  /** The topics whose score reaches {@link #THRESHOLD}, in taxonomy order. */
  public static Set<Topic> topics(Map<Topic, Double> scores) {
    Set<Topic> out = new TreeSet<>();
    scores.forEach(
        (t, s) -> {
          if (s >= THRESHOLD - 1e-9) {
            out.add(t);
          }
        });
    return out;
  }

  /** Every topic's document score, whatever the events; for measuring and tuning. */
  public Map<Topic, Double> scores(Analysis analysis) {
    List<Sentence> sentences = analysis.sentences();
    BitSet evidence = evidenceSentences(analysis);
    Map<Topic, Double> scores = new EnumMap<>(Topic.class);
    for (int i = 0; i < sentences.size(); i++) {
      List<String> words = CuePhrases.words(sentences.get(i).tokens());
      boolean event = evidence.get(i) || lexicon.discussion().containsAny(words);
      double factor = event ? 1.0 : BACKGROUND;
      Map<Topic, Double> best = new EnumMap<>(Topic.class);
      for (CuePhrases.Hit<TopicLexicon.TopicCue> hit : lexicon.topics().find(words)) {
        for (CuePhrases.Cue<TopicLexicon.TopicCue> cue : hit.cues()) {
          best.merge(cue.value().topic(), cue.value().weight(), Math::max);
        }
      }
      best.forEach((t, w) -> scores.merge(t, w * factor, Double::sum));
    }
    return scores;
  }

  /** Sentences that overlap the evidence of a meeting, agreement or commitment. */
  private static BitSet evidenceSentences(Analysis analysis) {
    BitSet out = new BitSet();
    List<Sentence> sentences = analysis.sentences();
    analysis.meetings().forEach(m -> mark(sentences, m.spans(), out));
    analysis.agreements().forEach(a -> mark(sentences, a.spans(), out));
    analysis.commitments().forEach(c -> mark(sentences, c.spans(), out));
    return out;
  }

  private static void mark(List<Sentence> sentences, List<Span> spans, BitSet out) {
    for (Span s : spans) {
      for (int i = 0; i < sentences.size(); i++) {
        Sentence x = sentences.get(i);
        if (x.start() < s.end() && s.start() < x.end()) {
          out.set(i);
        }
      }
    }
  }
}
