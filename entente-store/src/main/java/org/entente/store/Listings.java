package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paginated listings and overviews for browsing the ledger (the web API's reads, in addition to
 * {@link Queries}). Every listing returns a {@link Page} with the total count; limits and offsets
 * are taken as given (the caller validates them). Records follow the rules of {@link Queries}:
 * rejected records are left out, and records dated after the "as of" day too. Not thread-safe
 * (shares the ledger's connection).
 */
public final class Listings {

  private final Ledger ledger;
  private final Db db;
  private final DocumentListings documents;
  private final PeopleListings people;
  private final Overviews overviews;

  public Listings(Ledger ledger) {
    this.ledger = ledger;
    this.db = ledger.db();
    this.documents = new DocumentListings(ledger);
    this.people = new PeopleListings(ledger);
    this.overviews = new Overviews(ledger);
  }

  /** One page of a listing and the number of items of the whole listing. */
  public record Page<T>(List<T> items, long total, int limit, int offset) {

    /**
     * The offset of the page after this one, or null when this one ends the listing: what a client
     * asks for next ({@code offset=next}) without working it out.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("next")
    public Integer next() {
      long end = (long) offset + items.size();
      return items.isEmpty() || end >= total ? null : (int) end;
    }
  }

  /** A document without its text. */
  /**
   * A document in a list.
   *
   * @param name the title or the first words of the text ({@link Views#documentName})
   */
  public record DocumentSummary(
      String id,
      String source,
      LocalDate published,
      String title,
      String name,
      String storyId,
      String language) {}

  /**
   * Filters for {@link #documents}; null fields do not filter.
   *
   * @param language the ISO 639-1 code of the language documents were read as ("fr")
   */
  public record DocumentFilter(
      String actor, String topic, String story, LocalDate from, LocalDate to, String language) {

    /** In any language. */
    public DocumentFilter(String actor, String topic, String story, LocalDate from, LocalDate to) {
      this(actor, topic, story, from, to, null);
    }
  }

  /** Where a record or a person is evidenced in one document: spans into its full text. */
  public record Marked(
      long id, String kind, String label, List<String> parties, List<Views.Evidence> spans) {}

  /** An actor named in a document, with its number of mentions. */
  public record Named(String code, String name, String kind, int mentions) {}

  /**
   * A document as stored, with what the ledger holds from it.
   *
   * @param fullText the text every span points into (title, blank line, body)
   */
  /**
   * A document with its evidence.
   *
   * @param name the title or the first words of the text ({@link Views#documentName})
   * @param language the ISO 639-1 code of the language the text was read as; null for a document
   *     written before the ledger kept languages
   * @param fullText the text as given: title, blank line, body; every span points into it
   * @param repaired the text as extraction read it, with the edits that map its offsets to {@code
   *     fullText}'s; null when the text needed no repair
   */
  public record DocumentDetail(
      String id,
      String source,
      LocalDate published,
      String title,
      String name,
      String language,
      String text,
      String fullText,
      Repaired repaired,
      String storyId,
      List<Named> actors,
      List<String> topics,
      List<Marked> records,
      List<Marked> persons,
      List<DocumentSummary> sameStory) {}

  /**
   * A repaired text and its edits: original {@code [originalStart, originalEnd)} became repaired
   * {@code [repairedStart, repairedEnd)}; between edits, offsets shift by the edits before.
   */
  public record Repaired(String text, List<org.entente.pipeline.repair.TextEdit> edits) {

    static Repaired of(String fullText) {
      org.entente.pipeline.repair.RepairedText r =
          new org.entente.pipeline.repair.MojibakeRepair().repair(fullText);
      return r.isIdentity() || r.text().equals(fullText) ? null : new Repaired(r.text(), r.edits());
    }
  }

  /** A story: near-duplicate documents grouped. */
  public record StorySummary(
      String id, long documents, LocalDate first, LocalDate last, String title) {}

  /** An actor with how often the ledger sees it. */
  public record ActorSummary(String code, String name, String kind, long documents, long records) {}

  /** A person with the number of roles documents gave them. */
  public record PersonSummary(long id, String name, String affiliation, long roles) {}

  /** A person, their roles, and where they are mentioned. */
  public record PersonDetail(Views.PersonView person, List<DocumentSummary> documents) {}

  /** Filters for {@link #records}; null fields do not filter. */
  public record RecordFilter(
      String type, String party, LocalDate from, LocalDate to, LocalDate asOf, String words) {

    /** Without words to look for in titles and places. */
    public RecordFilter(String type, String party, LocalDate from, LocalDate to, LocalDate asOf) {
      this(type, party, from, to, asOf, null);
    }
  }

  /** Counts for one month ("YYYY-MM"). */
  public record MonthCount(
      String month, long documents, long meetings, long agreements, long commitments) {}

  /** An actor and how many records it shares with another. */
  public record Partner(String code, String name, long records) {}

  /** A node of the relations network. */
  public record Node(String code, String name, String kind, long records) {}

  /** An edge: two actors and the records they share, by type. */
  public record Edge(String a, String b, long meetings, long agreements, long commitments) {
    public long weight() {
      return meetings + agreements + commitments;
    }
  }

  /** Actors as nodes, shared records as edges. */
  public record Network(List<Node> nodes, List<Edge> edges) {}

  /** A topic and the number of documents labelled with it. */
  public record TopicCount(String topic, long documents) {}

  /** How much the ledger holds. */
  public record Totals(long documents, long stories, long actors, long persons, long records) {}

  // ---- documents and stories

  public Page<DocumentSummary> documents(DocumentFilter f, int limit, int offset) {
    return documents.documents(f, limit, offset);
  }

  public Optional<DocumentDetail> document(String id) {
    return documents.document(id);
  }

  public Page<StorySummary> stories(int limit, int offset) {
    return documents.stories(limit, offset);
  }

  // ---- actors and persons

  public Page<ActorSummary> actors(String query, String kind, int limit, int offset) {
    return people.actors(query, kind, limit, offset);
  }

  /** Whether the ledger knows an actor (as an actor or as a party to a record). */
  public boolean knowsActor(String code) {
    return new ActorSuggestions(ledger).knows(code);
  }

  /** The actors sharing visible records with {@code actor}, most records first. */
  public List<Partner> partners(String actor, LocalDate asOf, int limit) {
    return people.partners(actor, asOf, limit);
  }

  public Page<PersonSummary> persons(String query, String affiliation, int limit, int offset) {
    return people.persons(query, affiliation, limit, offset);
  }

  public Optional<PersonDetail> person(long id) {
    return people.person(id);
  }

  // ---- records

  public Page<Views.LedgerRecord> records(RecordFilter f, int limit, int offset) {
    StringBuilder where = new StringBuilder(" WHERE " + Queries.VISIBLE);
    List<Object> args = new ArrayList<>();
    args.add(f.asOf().toString());
    if (f.type() != null) {
      where.append(" AND type = ?");
      args.add(f.type());
    }
    if (f.party() != null) {
      where.append(" AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)");
      args.add(f.party());
    }
    if (f.from() != null) {
      where.append(" AND on_date >= ?");
      args.add(f.from().toString());
    }
    if (f.to() != null) {
      where.append(" AND on_date <= ?");
      args.add(f.to().toString());
    }
    if (f.words() != null) {
      // Every word, in the title (meeting kind, agreement name, commitment action) or the place.
      for (String w : f.words().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty() && !StopWords.contains(w)) {
          where.append(
              " AND (LOWER(COALESCE(title, '')) LIKE ? OR LOWER(COALESCE(place, '')) LIKE ?)");
          args.add("%" + w + "%");
          args.add("%" + w + "%");
        }
      }
    }
    long total = count("SELECT COUNT(*) FROM records" + where, args);
    List<Object> paged = new ArrayList<>(args);
    paged.add(limit);
    paged.add(offset);
    List<Views.LedgerRecord> items =
        ledger
            .queries()
            .load(
                "SELECT "
                    + LedgerWriter.RECORD_COLUMNS
                    + " FROM records"
                    + where
                    + " ORDER BY (on_date IS NULL), on_date DESC, id DESC LIMIT ? OFFSET ?",
                f.asOf(),
                Queries.Sources.IDS,
                paged.toArray());
    return new Page<>(items, total, limit, offset);
  }

  /**
   * The version of a record for optimistic concurrency: the id of its latest audit entry, 0 when no
   * one has changed it, -1 when there is no such record.
   */
  public long version(long recordId) {
    if (count("SELECT COUNT(*) FROM records WHERE id = ?", List.of(recordId)) == 0) {
      return -1;
    }
    return count("SELECT COALESCE(MAX(id), 0) FROM audit WHERE record_id = ?", List.of(recordId));
  }

  /** The review state of a record ("confirmed", "rejected" or null), or empty when absent. */
  public Optional<String> review(long recordId) {
    return db.one(
        "SELECT COALESCE(review, '') FROM records WHERE id = ?", rs -> rs.getString(1), recordId);
  }

  // ---- dossier

  /**
   * Like {@link Queries#dossier}, with at most {@code maxPeople} officials per actor: the people of
   * the relationship named in the most of its documents. Records, mechanisms and topics are the
   * same.
   */
  public Views.Dossier dossier(String a, String b, LocalDate asOf, int maxPeople) {
    return ledger.queries().dossier(a, b, asOf, maxPeople);
  }

  // ---- overviews

  /** Documents by publication month and records by month of their day, up to {@code asOf}. */
  public List<MonthCount> activity(LocalDate asOf) {
    return overviews.activity(asOf);
  }

  /**
   * Actors as nodes and the visible records they share as edges, for records dated in {@code [from,
   * to]} (undated records only when neither bound is given) and, when {@code topic} is given,
   * evidenced in a document with that topic; the {@code maxEdges} heaviest edges.
   */
  public Network network(LocalDate from, LocalDate to, String topic, LocalDate asOf, int maxEdges) {
    return overviews.network(from, to, topic, asOf, maxEdges);
  }

  public List<TopicCount> topics() {
    return overviews.topics();
  }

  public Totals totals() {
    return overviews.totals();
  }

  /** The latest visible records of a type up to {@code asOf}, newest first. */
  public List<Views.LedgerRecord> latest(String type, LocalDate asOf, int limit) {
    return records(new RecordFilter(type, null, null, null, asOf), limit, 0).items();
  }

  /** The number of documents a full-text query matches (see {@link Queries#search}). */
  public long searchCount(String query) {
    return overviews.searchCount(query);
  }

  // ---- helpers

  private long count(String sql, List<Object> args) {
    return count(db, sql, args);
  }

  static long count(Db db, String sql, List<Object> args) {
    return db.one(sql, rs -> rs.getLong(1), args.toArray()).orElse(0L);
  }

  static DocumentSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new DocumentSummary(
        rs.getString("id"),
        rs.getString("source"),
        StoredDays.date(rs, "published"),
        rs.getString("title"),
        Views.documentName(rs.getString("title"), rs.getString("lead")),
        rs.getString("story_id"),
        rs.getString("language"));
  }

  static LocalDate day(String s) {
    return s == null || s.length() < 10 ? null : LocalDate.parse(s.substring(0, 10));
  }
}
