package org.entente.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.StatusEvent;
import org.entente.store.mechanisms.Cadence;

/** The records queries return; immutable, serialisable as JSON as they are. */
public final class Views {

  private Views() {}

  /** A piece of evidence: a span of a document's original text and the text it covers. */
  public record Evidence(int start, int end, String text) {}

  /**
   * One document reporting a record.
   *
   * @param name the title or the first words of the text ({@link #documentName})
   * @param language the ISO 639-1 code of the language the document was read as; null for one
   *     written before the ledger kept languages
   */
  public record Source(
      String docId,
      String title,
      String name,
      LocalDate published,
      String storyId,
      String language,
      List<Evidence> evidence) {}

  /**
   * A ledger record: a meeting, agreement or commitment, merged over its sources.
   *
   * @param type "meeting", "agreement" or "commitment"
   * @param title meeting kind, agreement name or commitment action
   * @param status agreement status, or null
   * @param due the commitment deadline (year resolved) or null; {@code dueKind} keeps EXACT, LATEST
   *     and VAGUE apart
   * @param commitmentStatus the lifecycle status as of the query day, for commitments
   * @param history the status history up to the query day, for commitments
   * @param review "confirmed", "rejected" or null
   * @param curatedFields fields a curator set, which re-extraction never overwrites
   */
  public record LedgerRecord(
      long id,
      String type,
      List<String> parties,
      String title,
      String mode,
      String kind,
      String status,
      String place,
      String date,
      LocalDate onDate,
      String due,
      String dueKind,
      String dueText,
      String cameo,
      String plover,
      String origin,
      String review,
      List<String> curatedFields,
      Long supersededBy,
      CommitmentStatus commitmentStatus,
      List<StatusEvent> history,
      List<Source> sources) {

    /** This record with its lifecycle as of a day and its sources. */
    public LedgerRecord withLifecycle(
        CommitmentStatus commitmentStatus, List<StatusEvent> history, List<Source> sources) {
      return new LedgerRecord(
          id,
          type,
          parties,
          title,
          mode,
          kind,
          status,
          place,
          date,
          onDate,
          due,
          dueKind,
          dueText,
          cameo,
          plover,
          origin,
          review,
          curatedFields,
          supersededBy,
          commitmentStatus,
          history,
          sources);
    }
  }

  /** A recurring body and its rhythm as of the query day. */
  public record Mechanism(
      long id,
      String pattern,
      String name,
      List<String> parties,
      List<Session> sessions,
      Cadence cadence) {}

  /** One session of a mechanism: a meeting record, with its number when the text gives it. */
  public record Session(long recordId, LocalDate on, Integer number) {}

  /** An official and the roles they held, by date. */
  public record PersonView(
      long id, String name, String affiliation, List<String> names, List<Role> roles) {}

  /**
   * A role a person held as the documents reported it: from the first day to the last, in how many
   * documents, with one of them as the source ({@code docId}). One report has {@code on == until}.
   */
  public record Role(String role, LocalDate on, LocalDate until, int reports, String docId) {

    /** A role as one document reported it. */
    public static Role reported(String role, LocalDate on, String docId) {
      return new Role(role, on, on, 1, docId);
    }
  }

  /**
   * A full-text hit.
   *
   * @param name the title or, for an untitled document, its first words (see {@link #documentName})
   * @param language the language the document was read as (see {@link Source#language})
   */
  public record SearchHit(
      String docId,
      String title,
      String name,
      LocalDate published,
      String language,
      double score,
      String snippet) {}

  /** How many words of an untitled document's text name it. */
  public static final int NAME_WORDS = 10;

  /**
   * What a document is called where it is listed: its title or, without one, the first {@value
   * #NAME_WORDS} words of its first line ("DAKAR, June 2 - French Defence Minister Claire Dubois
   * and…"), never its id; "(empty document)" for a text with no words.
   */
  public static String documentName(String title, String text) {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    String firstLine = text == null ? "" : text.strip().split("\n", 2)[0];
    String[] words = firstLine.strip().split("\\s+", NAME_WORDS + 1);
    if (words.length == 0 || words[0].isEmpty()) {
      return "(empty document)";
    }
    int n = Math.min(NAME_WORDS, words.length);
    String head = String.join(" ", java.util.Arrays.copyOf(words, n));
    return words.length > NAME_WORDS ? head + "…" : head;
  }

  /** An actor as the ledger knows it. */
  public record Actor(String code, String name, String kind) {}

  /**
   * The relationship between two actors as of a day.
   *
   * @param topicsByYear year (or "undated") → topic → number of documents naming both actors
   * @param counts how many records each section has ("agreements", "meetings", and each commitment
   *     status by its label): a dossier that lists the latest records of a section only ({@link
   *     RecordPages#dossier}) still tells how many there are
   */
  public record Dossier(
      Actor a,
      Actor b,
      LocalDate asOf,
      List<LedgerRecord> agreements,
      List<Mechanism> mechanisms,
      List<LedgerRecord> meetings,
      Map<CommitmentStatus, List<LedgerRecord>> commitments,
      List<PersonView> people,
      Map<String, Map<String, Integer>> topicsByYear,
      Map<String, Long> counts) {}

  /** Ingest totals. */
  public record IngestStats(
      long read, long added, long updated, long unchanged, long bad, double seconds) {
    public double rate() {
      return seconds <= 0 ? 0 : (added + updated + unchanged) / seconds;
    }
  }
}
