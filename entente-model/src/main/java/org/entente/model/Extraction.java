package org.entente.model;

import java.util.List;

/**
 * Everything extracted from one document. Spans point into {@link Document#fullText()}.
 *
 * @param document the document as given
 * @param actors every state and organisation mention
 * @param persons officials
 * @param meetings interactions that happened
 * @param agreements instruments
 * @param commitments undertakings for the future
 * @param topics labels from the fixed taxonomy, sorted
 * @param diagnostics what went wrong or was repaired, bounded in number
 * @param language the ISO 639-1 code of the language the text was read as ("en", "fr", "es"), or of
 *     a language Entente does not read (then nothing is extracted and a diagnostic says so)
 */
public record Extraction(
    Document document,
    List<ActorMention> actors,
    List<Person> persons,
    List<Meeting> meetings,
    List<Agreement> agreements,
    List<Commitment> commitments,
    List<String> topics,
    List<Diagnostic> diagnostics,
    String language) {

  /** The language of texts that carry no other: English. */
  public static final String DEFAULT_LANGUAGE = "en";

  public Extraction {
    actors = List.copyOf(actors);
    persons = List.copyOf(persons);
    meetings = List.copyOf(meetings);
    agreements = List.copyOf(agreements);
    commitments = List.copyOf(commitments);
    topics = List.copyOf(topics);
    diagnostics = List.copyOf(diagnostics);
    language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
  }

  /** An extraction of an English text. */
  public Extraction(
      Document document,
      List<ActorMention> actors,
      List<Person> persons,
      List<Meeting> meetings,
      List<Agreement> agreements,
      List<Commitment> commitments,
      List<String> topics,
      List<Diagnostic> diagnostics) {
    this(
        document,
        actors,
        persons,
        meetings,
        agreements,
        commitments,
        topics,
        diagnostics,
        DEFAULT_LANGUAGE);
  }

  /** An extraction that found nothing. */
  public static Extraction empty(Document document, List<Diagnostic> diagnostics) {
    return new Extraction(
        document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), diagnostics);
  }
}
