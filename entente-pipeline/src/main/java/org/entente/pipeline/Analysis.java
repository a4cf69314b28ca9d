package org.entente.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.entente.model.ActorMention;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Diagnostic;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.repair.RepairedText;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.time.DateMention;

/**
 * The working state of one document as it passes through the stages: typed slots, filled in
 * pipeline order. Not thread-safe; one instance per document.
 *
 * <p>Stages read {@link #text()}, the repaired text, and record spans in its coordinates. {@link
 * #toExtraction()} maps every span back into the original text once, at the end: every span that
 * leaves the pipeline points into {@link Document#fullText()}.
 */
public final class Analysis {

  /** Diagnostics kept per document, so that a hostile input cannot flood memory. */
  public static final int MAX_DIAGNOSTICS = 50;

  private final Document document;
  private final String original;
  private RepairedText repaired;
  private List<Sentence> sentences = List.of();
  private final List<ActorMention> actors = new ArrayList<>();
  private final List<Person> persons = new ArrayList<>();
  private final List<DateMention> dates = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<Commitment> commitments = new ArrayList<>();
  private final List<String> topics = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Class<?>, Object> memos = new HashMap<>();
  private String language = Extraction.DEFAULT_LANGUAGE;
  private LocalDate inferredReference;

  public Analysis(Document document) {
    this.document = Objects.requireNonNull(document, "document");
    this.original = document.fullText();
    this.repaired = RepairedText.identity(original);
  }

  public Document document() {
    return document;
  }

  /** The text as the user gave it (title, blank line, body). */
  public String original() {
    return original;
  }

  /** The repaired text that stages read. */
  public String text() {
    return repaired.text();
  }

  public RepairedText repaired() {
    return repaired;
  }

  public void setRepaired(RepairedText repaired) {
    this.repaired = Objects.requireNonNull(repaired);
  }

  /** The original-text span for the repaired-text span {@code s}. */
  public Span toOriginal(Span s) {
    return new Span(repaired.toOriginal(s.start()), repaired.toOriginalEnd(s.end()));
  }

  /**
   * The ISO 639-1 code of the language the text is read as; English until a stage tells it
   * (org.entente.pipeline.lang.LanguageStage). Never null.
   */
  public String language() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = Objects.requireNonNull(language, "language");
  }

  /**
   * The day that relative expressions ("today", "on Tuesday", "next month") are read against: the
   * publication date, else the date the text gives itself in its dateline
   * (org.entente.pipeline.time.ReferenceDateStage), else null.
   */
  public LocalDate referenceDate() {
    return document.published() != null ? document.published() : inferredReference;
  }

  public void setInferredReference(LocalDate day) {
    this.inferredReference = day;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public void setSentences(List<Sentence> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  public List<ActorMention> actors() {
    return actors;
  }

  public List<Person> persons() {
    return persons;
  }

  public List<DateMention> dates() {
    return dates;
  }

  public List<Meeting> meetings() {
    return meetings;
  }

  public List<Agreement> agreements() {
    return agreements;
  }

  public List<Commitment> commitments() {
    return commitments;
  }

  public List<String> topics() {
    return topics;
  }

  public List<Diagnostic> diagnostics() {
    return Collections.unmodifiableList(diagnostics);
  }

  /**
   * A value derived from this analysis once and shared by the stages that need it (an index of
   * sentences and mentions, say), keyed by its type. The value must only depend on slots that are
   * complete when it is first asked for.
   */
  public <T> T memo(Class<T> type, Function<Analysis, T> compute) {
    Object v = memos.get(type);
    if (v == null) {
      v = compute.apply(this);
      memos.put(type, v);
    }
    return type.cast(v);
  }

  /** Adds a diagnostic, keeping at most {@link #MAX_DIAGNOSTICS}. */
  public void diagnose(Diagnostic d) {
    if (diagnostics.size() < MAX_DIAGNOSTICS) {
      diagnostics.add(d);
    }
  }

  /** The finished, immutable result, with every span mapped into the original text. */
  public Extraction toExtraction() {
    return new Extraction(
        document,
        actors.stream()
            .map(a -> new ActorMention(a.code(), a.kind(), a.how(), toOriginal(a.span())))
            .toList(),
        persons.stream()
            .map(p -> new Person(p.name(), p.role(), p.affiliation(), map(p.spans())))
            .toList(),
        meetings.stream()
            .map(
                m ->
                    new Meeting(
                        m.parties(),
                        m.mode(),
                        m.kind(),
                        m.place(),
                        m.location(),
                        m.date(),
                        m.code(),
                        map(m.spans())))
            .toList(),
        agreements.stream()
            .map(
                a ->
                    new Agreement(
                        a.parties(),
                        a.name(),
                        a.kind(),
                        a.status(),
                        a.date(),
                        a.code(),
                        map(a.spans())))
            .toList(),
        commitments.stream()
            .map(
                c ->
                    new Commitment(
                        c.parties(),
                        c.action(),
                        c.place(),
                        map(c.deadline()),
                        c.code(),
                        map(c.spans())))
            .toList(),
        topics.stream().distinct().sorted().toList(),
        diagnostics.stream()
            .map(
                d ->
                    d.span() == null
                        ? d
                        : new Diagnostic(d.severity(), d.message(), toOriginal(d.span())))
            .toList(),
        language);
  }

  private List<Span> map(List<Span> spans) {
    return spans.stream().map(this::toOriginal).toList();
  }

  private Deadline map(Deadline d) {
    return d == null || d.span() == null
        ? d
        : new Deadline(d.due(), d.kind(), d.text(), toOriginal(d.span()));
  }
}
