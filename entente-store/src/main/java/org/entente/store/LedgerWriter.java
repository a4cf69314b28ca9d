package org.entente.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.entente.model.ActorMention;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.entente.model.Person;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.FulfilmentScorer;
import org.entente.store.identity.ActorNames;
import org.entente.store.identity.RecordKeys;
import org.entente.store.mechanisms.MechanismPatterns;
import org.entente.store.stories.MinHash;
import org.entente.store.stories.StoryIndex;

/**
 * Writes extractions into the ledger. The caller opens the transaction; everything one document
 * brings (the document, its story, its records and their links) is written inside it, so a crash
 * leaves either all of it or none. Not thread-safe: owned by the single ingest writer.
 *
 * <p>Design: every new record is first matched against the ledger ({@link RecordKeys}); a match
 * gains a source (evidence spans) and fills fields it lacked, unless a curator has set them. A
 * commitment with a different deadline on the same action supersedes the earlier one. Each new
 * meeting or agreement is offered to the pending commitments of its parties as fulfilment evidence
 * and each new commitment to the later meetings and agreements ({@link FulfilmentScorer}). The
 * records compared come from an in-memory {@link RecordIndex} and persons and mechanisms from
 * caches, all kept in step with the store by this writer and dropped when anything else changed it
 * ({@link #beginBatch}).
 *
 * <p>The parts: {@link PersonWriter} (officials), {@link RecordWriter} (meetings, agreements,
 * commitments, over {@link RecordRows}), {@link MechanismLinker} (recurring bodies), {@link
 * FulfilmentMatcher} (commitments realised); this class keeps the documents, their stories, what a
 * new version of a document replaces, and when the caches hold.
 */
final class LedgerWriter {

  static final String RECORD_COLUMNS =
      "id, type, parties, title, mode, kind, status, place, date, on_date, due, due_kind, due_text,"
          + " cameo, plover, evidence_text, story_id, origin, review, curated_fields, superseded_by";

  private final Db db;
  private final StoryIndex stories;
  private final Clock clock;
  private final RecordIndex index;
  private final KnownActors actors;
  private final PersonWriter persons;
  private final MechanismLinker mechanisms;
  private final RecordRows rows;
  private final RecordWriter records;

  /** What the store looked like after this writer's last batch (see {@link #stamp}). */
  private List<Long> stamp;

  LedgerWriter(
      Db db,
      StoryIndex stories,
      ActorNames actorNames,
      FulfilmentScorer scorer,
      MechanismPatterns mechanisms,
      Clock clock) {
    this.db = db;
    this.stories = stories;
    this.clock = clock;
    this.index = new RecordIndex(db, scorer);
    this.actors = new KnownActors(db, actorNames);
    this.persons = new PersonWriter(db, actors);
    this.mechanisms = new MechanismLinker(db, mechanisms);
    this.rows = new RecordRows(db, index, actors, scorer);
    WordMemos memos = new WordMemos(scorer);
    this.records =
        new RecordWriter(
            db,
            index,
            rows,
            this.mechanisms,
            new FulfilmentMatcher(db, index, scorer, rows, memos),
            memos);
  }

  /** The records this writer holds in memory (for tests of what it keeps). */
  RecordIndex index() {
    return index;
  }

  /** Forgets cached state after a rolled-back transaction. */
  void reset() {
    actors.clear();
    persons.reset();
    mechanisms.reset();
    index.clear();
    stamp = null;
  }

  /**
   * Called first in each transaction that writes documents: when anything but this writer changed
   * the store since its last batch (another ledger's ingest, write or curation), what it holds in
   * memory is forgotten and reloaded as needed.
   *
   * @return whether another writer changed the store since this one's last batch (false before the
   *     first batch); the caller then reloads the story index too
   */
  boolean beginBatch() {
    if (stamp == null) {
      reset();
      return false;
    }
    if (!stamp.equals(stamp())) {
      reset();
      return true;
    }
    return false;
  }

  /** Called last in each transaction that writes documents, before it commits. */
  void endBatch() {
    persons.endBatch();
    stamp = stamp();
  }

  /**
   * Changes to the tables the writer holds in memory: new records, deleted records, status events,
   * persons and curation (every curation is audited); on SQLite also {@code PRAGMA data_version},
   * which changes with every commit of another connection (documents without records included).
   */
  private List<Long> stamp() {
    List<Long> out = tables();
    if (db.dialect() == Dialect.SQLITE) {
      out.add(db.one("PRAGMA data_version", rs -> rs.getLong(1)).orElseThrow());
    }
    return out;
  }

  private List<Long> tables() {
    return db.one(
            "SELECT (SELECT MAX(id) FROM records), (SELECT COUNT(*) FROM records),"
                + " (SELECT MAX(id) FROM status_events), (SELECT MAX(id) FROM persons),"
                + " (SELECT MAX(id) FROM audit)",
            rs -> {
              List<Long> out = new ArrayList<>();
              for (int i = 1; i <= 5; i++) {
                long v = rs.getLong(i);
                out.add(rs.wasNull() ? null : v);
              }
              return out;
            })
        .orElseThrow();
  }

  /** The content hash that makes ingest idempotent. */
  static String contentHash(Document d) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String s :
          new String[] {
            d.id(),
            d.source(),
            d.published() == null ? null : d.published().toString(),
            d.title(),
            d.text()
          }) {
        md.update((s == null ? "\u0000null" : s).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An extraction with what the writer needs of it that can be computed away from the writer thread
   * (by the extraction pool during ingest): its content hash and MinHash signature; {@code absent}
   * when the caller knows that the store holds no document of its id (the writer then does not
   * look).
   */
  record Prepared(Extraction extraction, String hash, int[] signature, boolean absent) {}

  /** Computes the content hash and the signature of an extraction's document; thread-safe. */
  static Prepared prepare(Extraction x) {
    return prepare(x, contentHash(x.document()), false);
  }

  /** {@link #prepare(Extraction)} with the content hash of its document already computed. */
  static Prepared prepare(Extraction x, String hash, boolean absent) {
    return new Prepared(x, hash, MinHash.signature(sanitise(x.document()).fullText()), absent);
  }

  /** What happened to one document. */
  enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  Outcome write(Extraction x) {
    return write(prepare(x));
  }

  Outcome write(Prepared prepared) {
    Extraction x = prepared.extraction();
    Document d = sanitise(x.document());
    String hash = prepared.hash();
    String[] stored =
        prepared.absent()
            ? null
            : db.one(
                    "SELECT content_hash, language FROM documents WHERE id = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)},
                    d.id())
                .orElse(null);
    String old = stored == null ? null : stored[0];
    if (hash.equals(old)) {
      if (stored[1] == null) {
        // written before the ledger kept languages: an unchanged document only gets its language
        db.update("UPDATE documents SET language = ? WHERE id = ?", x.language(), d.id());
      }
      return Outcome.UNCHANGED;
    }
    if (old != null) {
      purge(d.id());
    }
    String full = d.fullText();
    int[] sig = prepared.signature();
    String story = stories.find(sig, d.id());
    if (story == null) {
      story = d.id();
    }
    // Deferred like the rows below it (a statement that reads documents runs them first): on
    // PostgreSQL the batch's documents go in a few multi-row INSERTs, not one round trip each.
    persons.beginDocument();
    db.updateDeferred(
        "INSERT INTO documents (id, source, published, title, text, content_hash, story_id,"
            + " ingested_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.id(),
        d.source(),
        iso(d.published()),
        d.title(),
        d.text(),
        hash,
        story,
        clock.instant().toString(),
        x.language());
    db.updateDeferred(
        "INSERT INTO doc_signatures (doc_id, signature) VALUES (?, ?)",
        d.id(),
        MinHash.toBytes(sig));
    stories.add(d.id(), story, sig);

    Map<String, Integer> mentions = new HashMap<>();
    Map<String, org.entente.model.ActorKind> kinds = new HashMap<>();
    for (ActorMention m : x.actors()) {
      mentions.merge(m.code(), 1, Integer::sum);
      kinds.putIfAbsent(m.code(), m.kind());
    }
    for (Map.Entry<String, Integer> e : mentions.entrySet()) {
      actors.ensure(e.getKey(), kinds.get(e.getKey()));
      db.updateDeferred(
          "INSERT INTO doc_actors (doc_id, code, mentions) VALUES (?, ?, ?)",
          d.id(),
          e.getKey(),
          e.getValue());
    }
    // Each pair of the actors named, the lesser code first (the pair summaries of V10).
    List<String> codes = new ArrayList<>(new java.util.TreeSet<>(mentions.keySet()));
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      for (int j = i + 1; j < codes.size(); j++) {
        pairs.add(new String[] {codes.get(i), codes.get(j)});
      }
    }
    for (String t : new LinkedHashSet<>(x.topics())) {
      db.updateDeferred(
          "INSERT INTO doc_topics (doc_id, topic, published) VALUES (?, ?, ?)",
          d.id(),
          t,
          iso(d.published()));
    }
    for (String[] pair : pairs) {
      for (String t : new LinkedHashSet<>(x.topics())) {
        db.updateDeferred(
            "INSERT INTO doc_pair_topics (a, b, published, topic, doc_id) VALUES (?, ?, ?, ?, ?)",
            pair[0],
            pair[1],
            iso(d.published()),
            t,
            d.id());
      }
    }
    WrittenDocument doc = new WrittenDocument(d, full, story);
    // A person's identity holds the affiliation, and a pair's people are those of its two sides:
    // a person's rows are those of the pairs of their own actor with each other actor named, not
    // of every pair (a text naming 30 states would give 435 pairs for each official).
    Map<Long, String> named = new java.util.LinkedHashMap<>();
    for (Person p : x.persons()) {
      long id = persons.write(doc, p);
      if (id >= 0 && p.affiliation() != null) {
        named.putIfAbsent(id, p.affiliation());
      }
    }
    for (Map.Entry<Long, String> person : named.entrySet()) {
      String side = person.getValue();
      if (!mentions.containsKey(side)) {
        continue;
      }
      for (String other : codes) {
        if (other.equals(side)) {
          continue;
        }
        boolean first = side.compareTo(other) < 0;
        db.updateDeferred(
            "INSERT INTO doc_pair_persons (a, b, person_id, published, doc_id)"
                + " VALUES (?, ?, ?, ?, ?)",
            first ? side : other,
            first ? other : side,
            person.getKey(),
            iso(d.published()),
            d.id());
      }
    }
    for (Meeting m : x.meetings()) {
      records.meeting(doc, m);
    }
    for (Agreement a : x.agreements()) {
      records.agreement(doc, a);
    }
    for (Commitment c : x.commitments()) {
      records.commitment(doc, c);
    }
    return old == null ? Outcome.ADDED : Outcome.UPDATED;
  }

  // ---- documents

  private static Document sanitise(Document d) {
    // PostgreSQL text cannot hold U+0000; a same-length replacement keeps every span valid.
    if (d.text().indexOf('\u0000') < 0 && (d.title() == null || d.title().indexOf('\u0000') < 0)) {
      return d;
    }
    return new Document(
        d.id(),
        d.source(),
        d.published(),
        d.title() == null ? null : d.title().replace('\u0000', '\uFFFD'),
        d.text().replace('\u0000', '\uFFFD'));
  }

  /** Removes what a document brought, before its new version is written. Curated records stay. */
  private void purge(String docId) {
    List<Long> touched =
        db.query(
            "SELECT DISTINCT record_id FROM evidence WHERE doc_id = ?", rs -> rs.getLong(1), docId);
    db.update("DELETE FROM evidence WHERE doc_id = ?", docId);
    for (long id : touched) {
      boolean orphan =
          db.one(
                  "SELECT 1 FROM records r WHERE r.id = ? AND r.origin = 'extracted'"
                      + " AND r.review IS NULL AND r.curated_fields = ''"
                      + " AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.record_id = r.id)",
                  rs -> 1,
                  id)
              .isPresent();
      if (orphan) {
        deleteRecord(id);
      }
    }
    db.update("DELETE FROM person_evidence WHERE doc_id = ?", docId);
    db.update(
        "UPDATE persons SET role_count = role_count - (SELECT COUNT(*) FROM person_roles r"
            + " WHERE r.person_id = persons.id AND r.doc_id = ?)"
            + " WHERE id IN (SELECT person_id FROM person_roles WHERE doc_id = ?)",
        docId,
        docId);
    db.update("DELETE FROM person_roles WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_pair_topics WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_pair_persons WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_actors WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_topics WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_signatures WHERE doc_id = ?", docId);
    db.update("DELETE FROM documents WHERE id = ?", docId);
  }

  /**
   * Deletes an orphaned record, and from the writer's index only that record: the commitments it
   * superseded or fulfilled are open again, in the store and in the index (the rest of the index
   * holds; clearing it made every later document reload its parties' records).
   */
  private void deleteRecord(long id) {
    List<Long> superseded =
        db.query("SELECT id FROM records WHERE superseded_by = ?", rs -> rs.getLong(1), id);
    List<Long> fulfilled =
        db.query(
            "SELECT DISTINCT record_id FROM status_events WHERE evidence_record_id = ?"
                + " AND status = ?",
            rs -> rs.getLong(1),
            id,
            CommitmentStatus.FULFILLED.name());
    db.update("DELETE FROM record_parties WHERE record_id = ?", id);
    db.update("DELETE FROM status_events WHERE record_id = ? OR evidence_record_id = ?", id, id);
    db.update("DELETE FROM mechanism_records WHERE record_id = ?", id);
    db.update("UPDATE records SET superseded_by = NULL WHERE superseded_by = ?", id);
    db.update("DELETE FROM records WHERE id = ?", id);
    // SQLite may give the id to the next new record: the entry goes with the row.
    index.remove(id);
    for (long s : superseded) {
      RecordIndex.Entry e = index.get(s);
      if (e != null) {
        e.superseded = false;
      }
    }
    for (long f : fulfilled) {
      RecordIndex.Entry e = index.get(f);
      if (e != null) {
        e.fulfilled =
            db.one(
                    "SELECT 1 FROM status_events WHERE record_id = ? AND status = ?",
                    rs -> 1,
                    f,
                    CommitmentStatus.FULFILLED.name())
                .isPresent();
      }
    }
  }

  void statusEvent(
      long id,
      CommitmentStatus status,
      LocalDate on,
      String reason,
      Long evidence,
      Double confidence,
      String author) {
    rows.statusEvent(id, status, on, reason, evidence, confidence, author);
  }

  // ---- helpers

  static List<String> sorted(List<String> parties) {
    List<String> out =
        new ArrayList<>(new java.util.TreeSet<>(parties == null ? List.of() : parties));
    out.removeIf(p -> p == null || p.isBlank());
    return out;
  }

  static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
