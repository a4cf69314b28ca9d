package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

  public Listings(Ledger ledger) {
    this.ledger = ledger;
    this.db = ledger.db();
  }

  /** One page of a listing and the number of items of the whole listing. */
  public record Page<T>(List<T> items, long total, int limit, int offset) {}

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
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.actor() != null) {
      where.append(" AND id IN (SELECT doc_id FROM doc_actors WHERE code = ?)");
      args.add(f.actor());
    }
    if (f.topic() != null) {
      where.append(" AND id IN (SELECT doc_id FROM doc_topics WHERE topic = ?)");
      args.add(f.topic());
    }
    if (f.story() != null) {
      where.append(" AND story_id = ?");
      args.add(f.story());
    }
    if (f.from() != null) {
      where.append(" AND published >= ?");
      args.add(f.from().toString());
    }
    if (f.to() != null) {
      where.append(" AND published <= ?");
      args.add(f.to().toString());
    }
    if (f.language() != null) {
      where.append(" AND language = ?");
      args.add(f.language());
    }
    long total = count("SELECT COUNT(*) FROM documents" + where, args);
    List<Object> paged = new ArrayList<>(args);
    paged.add(limit);
    paged.add(offset);
    List<DocumentSummary> items =
        db.query(
            "SELECT id, source, published, title, SUBSTR(text, 1, 200) AS lead, story_id, language FROM documents"
                + where
                + " ORDER BY (published IS NULL), published DESC, id LIMIT ? OFFSET ?",
            Listings::summary,
            paged.toArray());
    return new Page<>(items, total, limit, offset);
  }

  public Optional<DocumentDetail> document(String id) {
    Optional<Object[]> row =
        db.one(
            "SELECT id, source, published, title, text, story_id, language FROM documents WHERE id = ?",
            rs ->
                new Object[] {
                  rs.getString(1),
                  rs.getString(2),
                  Ledger.date(rs, "published"),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)
                },
            id);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Object[] d = row.get();
    String title = (String) d[3];
    String text = (String) d[4];
    String full = title == null || title.isBlank() ? text : title + "\n\n" + text;
    List<Named> actors =
        db.query(
            "SELECT da.code, COALESCE(a.name, da.code), a.kind, da.mentions FROM doc_actors da"
                + " LEFT JOIN actors a ON a.code = da.code WHERE da.doc_id = ?"
                + " ORDER BY da.mentions DESC, da.code",
            rs -> new Named(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
            id);
    List<String> topics =
        db.query(
            "SELECT topic FROM doc_topics WHERE doc_id = ? ORDER BY topic",
            rs -> rs.getString(1),
            id);
    Map<Long, Marked> records = new LinkedHashMap<>();
    db.query(
        "SELECT r.id, r.type, r.title, r.parties, e.span_start, e.span_end FROM evidence e"
            + " JOIN records r ON r.id = e.record_id WHERE e.doc_id = ?"
            + " AND (r.review IS NULL OR r.review <> 'rejected')"
            + " ORDER BY e.span_start, e.span_end, r.id",
        rs -> {
          String p = rs.getString(4);
          records
              .computeIfAbsent(
                  rs.getLong(1),
                  k -> {
                    try {
                      return new Marked(
                          k,
                          rs.getString(2),
                          rs.getString(3),
                          p == null || p.isEmpty() ? List.of() : List.of(p.split(",")),
                          new ArrayList<>());
                    } catch (java.sql.SQLException e) {
                      throw new StoreException("evidence", e);
                    }
                  })
              .spans()
              .add(evidence(full, rs.getInt(5), rs.getInt(6)));
          return null;
        },
        id);
    Map<Long, Marked> persons = new LinkedHashMap<>();
    db.query(
        "SELECT p.id, p.name, p.affiliation, e.span_start, e.span_end FROM person_evidence e"
            + " JOIN persons p ON p.id = e.person_id WHERE e.doc_id = ?"
            + " ORDER BY e.span_start, e.span_end, p.id",
        rs -> {
          long pid = rs.getLong(1);
          String name = rs.getString(2);
          String aff = rs.getString(3);
          persons
              .computeIfAbsent(
                  pid,
                  k ->
                      new Marked(
                          k,
                          "person",
                          name,
                          aff == null ? List.of() : List.of(aff),
                          new ArrayList<>()))
              .spans()
              .add(evidence(full, rs.getInt(4), rs.getInt(5)));
          return null;
        },
        id);
    List<DocumentSummary> same =
        db.query(
            "SELECT id, source, published, title, SUBSTR(text, 1, 200) AS lead, story_id, language FROM documents WHERE story_id = ?"
                + " AND id <> ? ORDER BY (published IS NOT NULL), published, id LIMIT 50",
            Listings::summary,
            d[5],
            id);
    return Optional.of(
        new DocumentDetail(
            (String) d[0],
            (String) d[1],
            (LocalDate) d[2],
            title,
            Views.documentName(title, text),
            (String) d[6],
            text,
            full,
            Repaired.of(full),
            (String) d[5],
            actors,
            topics,
            List.copyOf(records.values()),
            List.copyOf(persons.values()),
            same));
  }

  private static Views.Evidence evidence(String full, int start, int end) {
    String text =
        start >= 0 && start <= end && end <= full.length() ? full.substring(start, end) : null;
    return new Views.Evidence(start, end, text);
  }

  public Page<StorySummary> stories(int limit, int offset) {
    long total = count("SELECT COUNT(DISTINCT story_id) FROM documents", List.of());
    List<StorySummary> items =
        db.query(
            "SELECT story_id, COUNT(*), MIN(published), MAX(published), MIN(title) FROM documents"
                + " GROUP BY story_id ORDER BY COUNT(*) DESC, story_id LIMIT ? OFFSET ?",
            rs ->
                new StorySummary(
                    rs.getString(1),
                    rs.getLong(2),
                    day(rs.getString(3)),
                    day(rs.getString(4)),
                    rs.getString(5)),
            limit,
            offset);
    return new Page<>(items, total, limit, offset);
  }

  // ---- actors and persons

  public Page<ActorSummary> actors(String query, String kind, int limit, int offset) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (query != null) {
      where.append(" AND (LOWER(a.code) LIKE ? OR LOWER(a.name) LIKE ?)");
      String like = "%" + query.toLowerCase(java.util.Locale.ROOT) + "%";
      args.add(like);
      args.add(like);
    }
    if (kind != null) {
      where.append(" AND a.kind = ?");
      args.add(kind);
    }
    long total = count("SELECT COUNT(*) FROM actors a" + where, args);
    List<Object> paged = new ArrayList<>(args);
    paged.add(limit);
    paged.add(offset);
    List<ActorSummary> items =
        db.query(
            "SELECT a.code, a.name, a.kind,"
                + " (SELECT COUNT(*) FROM doc_actors da WHERE da.code = a.code) AS docs,"
                + " (SELECT COUNT(*) FROM record_parties rp WHERE rp.actor = a.code) AS recs"
                + " FROM actors a"
                + where
                + " ORDER BY docs DESC, a.code LIMIT ? OFFSET ?",
            rs ->
                new ActorSummary(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getLong(5)),
            paged.toArray());
    return new Page<>(items, total, limit, offset);
  }

  /** Whether the ledger knows an actor (as an actor or as a party to a record). */
  public boolean knowsActor(String code) {
    return new ActorSuggestions(ledger).knows(code);
  }

  /** The actors sharing visible records with {@code actor}, most records first. */
  public List<Partner> partners(String actor, LocalDate asOf, int limit) {
    return db.query(
        "SELECT p.actor, COALESCE(a.name, p.actor), COUNT(*) AS n FROM record_parties p"
            + " JOIN records r ON r.id = p.record_id LEFT JOIN actors a ON a.code = p.actor"
            + " WHERE p.actor <> ? AND p.record_id IN"
            + " (SELECT record_id FROM record_parties WHERE actor = ?)"
            + " AND (r.review IS NULL OR r.review <> 'rejected')"
            + " AND (r.on_date IS NULL OR r.on_date <= ?)"
            + " GROUP BY p.actor, a.name ORDER BY n DESC, p.actor LIMIT ?",
        rs -> new Partner(rs.getString(1), rs.getString(2), rs.getLong(3)),
        actor,
        actor,
        asOf.toString(),
        limit);
  }

  public Page<PersonSummary> persons(String query, String affiliation, int limit, int offset) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (query != null) {
      where.append(" AND LOWER(p.name) LIKE ?");
      args.add("%" + query.toLowerCase(java.util.Locale.ROOT) + "%");
    }
    if (affiliation != null) {
      where.append(" AND p.affiliation = ?");
      args.add(affiliation);
    }
    long total = count("SELECT COUNT(*) FROM persons p" + where, args);
    List<Object> paged = new ArrayList<>(args);
    paged.add(limit);
    paged.add(offset);
    List<PersonSummary> items =
        db.query(
            "SELECT p.id, p.name, p.affiliation,"
                + " (SELECT COUNT(*) FROM person_roles r WHERE r.person_id = p.id) AS roles"
                + " FROM persons p"
                + where
                + " ORDER BY roles DESC, p.name, p.id LIMIT ? OFFSET ?",
            rs -> new PersonSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
            paged.toArray());
    return new Page<>(items, total, limit, offset);
  }

  public Optional<PersonDetail> person(long id) {
    Optional<String> affiliation =
        db.one(
            "SELECT COALESCE(affiliation, '') FROM persons WHERE id = ?",
            rs -> rs.getString(1),
            id);
    if (affiliation.isEmpty()) {
      return Optional.empty();
    }
    Views.PersonView view =
        ledger.queries().persons(affiliation.get()).stream()
            .filter(p -> p.id() == id)
            .findFirst()
            .orElse(null);
    if (view == null) {
      view =
          db.one(
                  "SELECT id, name, affiliation FROM persons WHERE id = ?",
                  rs ->
                      new Views.PersonView(
                          rs.getLong(1), rs.getString(2), rs.getString(3), List.of(), List.of()),
                  id)
              .orElseThrow();
    }
    List<DocumentSummary> docs =
        db.query(
            "SELECT id, source, published, title, SUBSTR(text, 1, 200) AS lead, story_id, language FROM documents WHERE id IN"
                + " (SELECT doc_id FROM person_evidence WHERE person_id = ?)"
                + " ORDER BY (published IS NOT NULL), published, id LIMIT 200",
            Listings::summary,
            id);
    return Optional.of(new PersonDetail(view, docs));
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
    Map<String, long[]> months = new TreeMap<>();
    db.query(
        "SELECT SUBSTR(published, 1, 7) AS m, COUNT(*) FROM documents"
            + " WHERE published IS NOT NULL AND published <= ? GROUP BY SUBSTR(published, 1, 7)",
        rs -> months.computeIfAbsent(rs.getString(1), k -> new long[4])[0] = rs.getLong(2),
        asOf.toString());
    db.query(
        "SELECT SUBSTR(on_date, 1, 7) AS m, type, COUNT(*) FROM records WHERE on_date IS NOT NULL"
            + " AND on_date <= ? AND (review IS NULL OR review <> 'rejected')"
            + " GROUP BY SUBSTR(on_date, 1, 7), type",
        rs -> {
          int i =
              switch (rs.getString(2)) {
                case "meeting" -> 1;
                case "agreement" -> 2;
                default -> 3;
              };
          months.computeIfAbsent(rs.getString(1), k -> new long[4])[i] = rs.getLong(3);
          return null;
        },
        asOf.toString());
    List<MonthCount> out = new ArrayList<>();
    months.forEach((m, c) -> out.add(new MonthCount(m, c[0], c[1], c[2], c[3])));
    return out;
  }

  /**
   * Actors as nodes and the visible records they share as edges, for records dated in {@code [from,
   * to]} (undated records only when neither bound is given) and, when {@code topic} is given,
   * evidenced in a document with that topic; the {@code maxEdges} heaviest edges.
   */
  public Network network(LocalDate from, LocalDate to, String topic, LocalDate asOf, int maxEdges) {
    StringBuilder sql =
        new StringBuilder("SELECT type, parties FROM records WHERE " + Queries.VISIBLE);
    List<Object> args = new ArrayList<>();
    args.add(asOf.toString());
    if (from != null) {
      sql.append(" AND on_date >= ?");
      args.add(from.toString());
    }
    if (to != null) {
      sql.append(" AND on_date <= ?");
      args.add(to.toString());
    }
    if (topic != null) {
      sql.append(
          " AND id IN (SELECT e.record_id FROM evidence e JOIN doc_topics t ON t.doc_id = e.doc_id"
              + " WHERE t.topic = ?)");
      args.add(topic);
    }
    Map<String, long[]> edges = new TreeMap<>();
    db.query(
        sql.toString(),
        rs -> {
          String type = rs.getString(1);
          String[] ps = rs.getString(2).split(",");
          int i = type.equals("meeting") ? 0 : type.equals("agreement") ? 1 : 2;
          for (int x = 0; x < ps.length; x++) {
            for (int y = x + 1; y < ps.length; y++) {
              if (!ps[x].isEmpty() && !ps[y].isEmpty()) {
                edges.computeIfAbsent(ps[x] + "\t" + ps[y], k -> new long[3])[i]++;
              }
            }
          }
          return null;
        },
        args.toArray());
    List<Edge> all = new ArrayList<>();
    edges.forEach(
        (k, c) -> {
          String[] ab = k.split("\t");
          all.add(new Edge(ab[0], ab[1], c[0], c[1], c[2]));
        });
    all.sort(
        java.util.Comparator.comparingLong(Edge::weight)
            .reversed()
            .thenComparing(Edge::a)
            .thenComparing(Edge::b));
    List<Edge> kept = List.copyOf(all.subList(0, Math.min(maxEdges, all.size())));
    Map<String, Long> degree = new TreeMap<>();
    for (Edge e : kept) {
      degree.merge(e.a(), e.weight(), Long::sum);
      degree.merge(e.b(), e.weight(), Long::sum);
    }
    List<Node> nodes = new ArrayList<>();
    for (Map.Entry<String, Long> e : degree.entrySet()) {
      Views.Actor a = ledger.queries().actor(e.getKey());
      nodes.add(new Node(a.code(), a.name(), a.kind(), e.getValue()));
    }
    return new Network(nodes, kept);
  }

  public List<TopicCount> topics() {
    return db.query(
        "SELECT topic, COUNT(*) AS n FROM doc_topics GROUP BY topic ORDER BY n DESC, topic",
        rs -> new TopicCount(rs.getString(1), rs.getLong(2)));
  }

  public Totals totals() {
    return new Totals(
        count("SELECT COUNT(*) FROM documents", List.of()),
        count("SELECT COUNT(DISTINCT story_id) FROM documents", List.of()),
        count("SELECT COUNT(*) FROM actors", List.of()),
        count("SELECT COUNT(*) FROM persons", List.of()),
        count(
            "SELECT COUNT(*) FROM records WHERE review IS NULL OR review <> 'rejected'",
            List.of()));
  }

  /** The latest visible records of a type up to {@code asOf}, newest first. */
  public List<Views.LedgerRecord> latest(String type, LocalDate asOf, int limit) {
    return records(new RecordFilter(type, null, null, null, asOf), limit, 0).items();
  }

  /** The number of documents a full-text query matches (see {@link Queries#search}). */
  public long searchCount(String query) {
    if (ledger.dialect() == Dialect.SQLITE) {
      String q = Queries.ftsQuery(query);
      return q.isBlank()
          ? 0
          : count("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?", List.of(q));
    }
    return count(
        "SELECT COUNT(*) FROM documents d, websearch_to_tsquery('english', ?) q WHERE d.tsv @@ q",
        List.of(query));
  }

  // ---- helpers

  private long count(String sql, List<Object> args) {
    return db.one(sql, rs -> rs.getLong(1), args.toArray()).orElse(0L);
  }

  private static DocumentSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new DocumentSummary(
        rs.getString("id"),
        rs.getString("source"),
        Ledger.date(rs, "published"),
        rs.getString("title"),
        Views.documentName(rs.getString("title"), rs.getString("lead")),
        rs.getString("story_id"),
        rs.getString("language"));
  }

  private static LocalDate day(String s) {
    return s == null || s.length() < 10 ? null : LocalDate.parse(s.substring(0, 10));
  }
}
