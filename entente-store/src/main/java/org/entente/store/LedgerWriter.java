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
import java.util.Objects;
import java.util.Set;
import org.entente.model.ActorMention;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Document;
import org.entente.model.EventCode;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.FulfilmentScorer;
import org.entente.store.identity.ActorNames;
import org.entente.store.identity.Dates;
import org.entente.store.identity.PersonNames;
import org.entente.store.identity.RecordKeys;
import org.entente.store.identity.Words;
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
 */
final class LedgerWriter {

  static final String RECORD_COLUMNS =
      "id, type, parties, title, mode, kind, status, place, date, on_date, due, due_kind, due_text,"
          + " cameo, plover, evidence_text, story_id, origin, review, curated_fields, superseded_by";

  private static final int EVIDENCE_TEXT_MAX = 1500;

  private final Db db;
  private final StoryIndex stories;
  private final ActorNames actorNames;
  private final FulfilmentScorer scorer;
  private final MechanismPatterns mechanisms;
  private final Clock clock;
  private final Set<String> knownActors = new java.util.HashSet<>();
  private final RecordIndex index;

  /** Persons by surname and affiliation (see {@link #personKey}), each list in id order. */
  private final Map<String, List<Object[]>> persons = new HashMap<>();

  /** Names this writer stored for each person; names are never deleted. */
  private final Map<Long, Set<String>> personNames = new HashMap<>();

  /** Mechanism ids by pattern and parties; mechanisms are never deleted. */
  private final Map<String, Long> mechanismIds = new HashMap<>();

  /** What the store looked like after this writer's last batch (see {@link #stamp}). */
  private List<Long> stamp;

  /**
   * Roles reported per person in this batch, added to {@code persons.role_count} at its end in one
   * JDBC batch rather than one UPDATE per report.
   */
  private final Map<Long, Integer> roleCounts = new java.util.TreeMap<>();

  /** Person and role pairs of the document being written: a role row is new once per document. */
  private final Set<String> docRoles = new java.util.HashSet<>();

  LedgerWriter(
      Db db,
      StoryIndex stories,
      ActorNames actorNames,
      FulfilmentScorer scorer,
      MechanismPatterns mechanisms,
      Clock clock) {
    this.db = db;
    this.stories = stories;
    this.actorNames = actorNames;
    this.scorer = scorer;
    this.mechanisms = mechanisms;
    this.clock = clock;
    this.index = new RecordIndex(db, scorer);
  }

  /** Forgets cached state after a rolled-back transaction. */
  void reset() {
    knownActors.clear();
    persons.clear();
    personNames.clear();
    mechanismIds.clear();
    index.clear();
    roleCounts.clear();
    docRoles.clear();
    stamp = null;
  }

  /**
   * Called first in each transaction that writes documents: when anything but this writer changed
   * the store since its last batch (another process's ingest or curation), what it holds in memory
   * is forgotten and reloaded as needed.
   */
  void beginBatch() {
    if (stamp == null || !stamp.equals(stamp())) {
      reset();
    }
  }

  /** Called last in each transaction that writes documents, before it commits. */
  void endBatch() {
    if (!roleCounts.isEmpty()) {
      List<Object[]> rows = new ArrayList<>(roleCounts.size());
      roleCounts.forEach((id, n) -> rows.add(new Object[] {n, id}));
      roleCounts.clear();
      db.batch("UPDATE persons SET role_count = role_count + ? WHERE id = ?", rows);
    }
    stamp = stamp();
  }

  /**
   * Changes to the tables the writer holds in memory: new records, deleted records, status events,
   * persons and curation (every curation is audited).
   */
  private List<Long> stamp() {
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
    docRoles.clear();
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
      actor(e.getKey(), kinds.get(e.getKey()));
      db.updateDeferred(
          "INSERT INTO doc_actors (doc_id, code, mentions) VALUES (?, ?, ?)",
          d.id(),
          e.getKey(),
          e.getValue());
    }
    for (String t : new LinkedHashSet<>(x.topics())) {
      db.updateDeferred(
          "INSERT INTO doc_topics (doc_id, topic, published) VALUES (?, ?, ?)",
          d.id(),
          t,
          iso(d.published()));
    }
    Ctx ctx = new Ctx(d, full, story);
    for (Person p : x.persons()) {
      person(ctx, p);
    }
    for (Meeting m : x.meetings()) {
      meeting(ctx, m);
    }
    for (Agreement a : x.agreements()) {
      agreement(ctx, a);
    }
    for (Commitment c : x.commitments()) {
      commitment(ctx, c);
    }
    return old == null ? Outcome.ADDED : Outcome.UPDATED;
  }

  private record Ctx(Document doc, String full, String story) {
    LocalDate published() {
      return doc.published();
    }
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
    db.update("DELETE FROM doc_actors WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_topics WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_signatures WHERE doc_id = ?", docId);
    db.update("DELETE FROM documents WHERE id = ?", docId);
  }

  private void deleteRecord(long id) {
    index.clear(); // statuses and supersessions change with it; SQLite may reuse its id
    db.update("DELETE FROM record_parties WHERE record_id = ?", id);
    db.update("DELETE FROM status_events WHERE record_id = ? OR evidence_record_id = ?", id, id);
    db.update("DELETE FROM mechanism_records WHERE record_id = ?", id);
    db.update("UPDATE records SET superseded_by = NULL WHERE superseded_by = ?", id);
    db.update("DELETE FROM records WHERE id = ?", id);
  }

  private void actor(String code, org.entente.model.ActorKind kind) {
    if (knownActors.add(code)) {
      db.update(
          "INSERT INTO actors (code, name, kind) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING",
          code,
          actorNames.name(code),
          actorNames.kind(code, kind).name());
    }
  }

  // ---- persons

  private void person(Ctx ctx, Person p) {
    if (p.name() == null || p.name().isBlank()) {
      return;
    }
    String surname = PersonNames.surname(p.name());
    if (surname.isEmpty()) {
      return;
    }
    List<Object[]> known =
        persons.computeIfAbsent(
            personKey(surname, p.affiliation()),
            k ->
                db.query(
                    "SELECT id, name FROM persons WHERE surname = ? AND (affiliation = ? OR"
                        + " (affiliation IS NULL AND ? IS NULL)) ORDER BY id",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)},
                    surname,
                    p.affiliation(),
                    p.affiliation()));
    Object[] row = null;
    for (Object[] r : known) {
      if (PersonNames.same((String) r[1], p.name())) {
        row = r;
        break;
      }
    }
    long id;
    if (row == null) {
      id =
          db.insert(
              "INSERT INTO persons (name, affiliation, surname) VALUES (?, ?, ?)",
              p.name(),
              p.affiliation(),
              surname);
      known.add(new Object[] {id, p.name()});
    } else {
      id = (Long) row[0];
      String current = (String) row[1];
      String fuller = PersonNames.fuller(current, p.name());
      if (!fuller.equals(current)) {
        db.update("UPDATE persons SET name = ? WHERE id = ?", fuller, id);
        row[1] = fuller;
      }
    }
    if (p.affiliation() != null) {
      actor(p.affiliation(), null);
    }
    if (personNames.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(p.name())) {
      db.updateDeferred(
          "INSERT INTO person_names (person_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
          id,
          p.name());
    }
    // A document's role rows are new but for its repeats: a document is written once (an
    // update purges its old rows first), so a row conflicts only with one of the same document.
    if (p.role() != null && !p.role().isBlank() && docRoles.add(id + "\u0001" + p.role())) {
      db.updateDeferred(
          "INSERT INTO person_roles (person_id, role, on_date, doc_id) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          p.role(),
          iso(ctx.published()),
          ctx.doc().id());
      roleCounts.merge(id, 1, Integer::sum);
    }
    for (Span s : spans(p.spans(), ctx)) {
      db.updateDeferred(
          "INSERT INTO person_evidence (person_id, doc_id, span_start, span_end) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          ctx.doc().id(),
          s.start(),
          s.end());
    }
  }

  private static String personKey(String surname, String affiliation) {
    return affiliation == null ? surname + "\u0001" : surname + "\u0001" + affiliation + "\u0001";
  }

  // ---- records

  private void meeting(Ctx ctx, Meeting m) {
    List<String> parties = sorted(m.parties());
    if (parties.size() < 2) {
      return;
    }
    PartialDate date = Dates.withYear(m.date(), ctx.published());
    LocalDate on = Dates.onDate(m.date(), ctx.published());
    String mode = m.mode() == null ? null : m.mode().name();
    RecordKeys.DateContext when = new RecordKeys.DateContext(date, on, ctx.story());
    index.load(parties);
    RecordIndex.Entry match = null;
    for (RecordIndex.Entry c : index.withParties("meeting", parties)) {
      if (RecordKeys.sameMeeting(c.candidate(), parties, mode, m.place(), when)) {
        match = c;
        break;
      }
    }
    long id;
    if (match == null) {
      id =
          newRecord(
              ctx, "meeting", parties, m.kind(), mode, m.kind(), null, m.place(), date, on, null,
              m.code(), m.spans());
    } else {
      id = match.id;
      Set<String> curated = curatedFields(id);
      if (fill(id, curated, "place", match.place, m.place())) {
        match.place = m.place();
      }
      if (fill(id, curated, "mode", match.mode, mode)) {
        match.mode = mode;
      }
      if (date != null
          && !curated.contains("date")
          && (match.date == null || (date.isComplete() && !match.date.isComplete()))) {
        db.update(
            "UPDATE records SET date = ?, on_date = ? WHERE id = ?", date.toString(), iso(on), id);
        match.date = PartialDate.parse(date.toString());
        match.onDate = on;
      }
    }
    evidence(ctx, id, m.spans());
    mechanism(id, parties, m.kind() + " " + evidenceText(ctx, m.spans()), ctx, true);
    offerAsFulfilment(ctx, id, parties, m.kind(), m.spans(), on);
  }

  private void agreement(Ctx ctx, Agreement a) {
    List<String> parties = sorted(a.parties());
    if (a.name() == null || a.name().isBlank()) {
      return;
    }
    PartialDate date = Dates.withYear(a.date(), ctx.published());
    LocalDate on = Dates.onDate(a.date(), ctx.published());
    index.load(parties);
    RecordIndex.Entry match = null;
    RecordKeys.AgreementWords nameWords = RecordKeys.AgreementWords.of(words(a.name()));
    for (RecordIndex.Entry t : index.agreementsSharing(parties)) {
      if (RecordKeys.sameEra(t.onDate, on)
          && RecordKeys.sameAgreement(t.parties, t.agreementWords, parties, nameWords)) {
        match = t;
        break;
      }
    }
    long id;
    String status = a.status() == null ? null : a.status().name();
    if (match == null) {
      id =
          newRecord(
              ctx,
              "agreement",
              parties,
              a.name(),
              null,
              a.kind() == null ? null : a.kind().name(),
              status,
              null,
              date,
              on,
              null,
              a.code(),
              a.spans());
    } else {
      id = match.id;
      Set<String> curated = curatedFields(id);
      if (status != null
          && !"REFERENCED".equals(status)
          && !curated.contains("status")
          && (match.onDate == null || on == null || !on.isBefore(match.onDate))) {
        db.update("UPDATE records SET status = ? WHERE id = ?", status, id);
      }
      for (String p : parties) {
        if (!match.parties.contains(p) && !curated.contains("parties")) {
          List<String> merged = new ArrayList<>(match.parties);
          merged.addAll(parties);
          merged = sorted(merged);
          db.update("UPDATE records SET parties = ? WHERE id = ?", String.join(",", merged), id);
          for (String q : merged) {
            db.update(
                "INSERT INTO record_parties (record_id, actor) VALUES (?, ?) ON CONFLICT DO NOTHING",
                id,
                q);
          }
          index.changeParties(match, List.copyOf(merged));
          break;
        }
      }
    }
    evidence(ctx, id, a.spans());
    mechanism(id, parties, a.name() + " " + evidenceText(ctx, a.spans()), ctx, false);
    if (status == null || !"REFERENCED".equals(status) && !"PROPOSED".equals(status)) {
      offerAsFulfilment(ctx, id, parties, a.name(), a.spans(), on);
    }
  }

  private void commitment(Ctx ctx, Commitment c) {
    List<String> parties = sorted(c.parties());
    if (parties.isEmpty() || c.action() == null || c.action().isBlank()) {
      return;
    }
    Deadline dl = c.deadline();
    PartialDate due = dl == null ? null : Dates.withYear(dl.due(), ctx.published());
    LocalDate made = ctx.published();
    index.load(parties);
    RecordIndex.Entry same = null;
    RecordIndex.Entry earlier = null;
    Set<String> actionWords = words(c.action());
    for (RecordIndex.Entry k : index.commitmentsSharingAWord(parties, actionWords)) {
      if (!RecordKeys.sameEra(k.onDate, made)
          || !RecordKeys.sameAction(k.parties, k.titleWords, parties, actionWords)) {
        continue;
      }
      if (RecordKeys.sameDue(k.due, due)) {
        same = k;
        break;
      }
      if (earlier == null) {
        earlier = k;
      }
    }
    long id;
    if (same != null) {
      id = same.id;
      Set<String> curated = curatedFields(id);
      if (same.due == null && due != null && !curated.contains("due")) {
        db.update(
            "UPDATE records SET due = ?, due_kind = ?, due_text = ? WHERE id = ?",
            due.toString(),
            dl.kind().name(),
            dl.text(),
            id);
        same.due = PartialDate.parse(due.toString());
      }
    } else {
      id =
          newRecord(
              ctx,
              "commitment",
              parties,
              c.action(),
              null,
              null,
              null,
              c.place(),
              null,
              made,
              dl,
              c.code(),
              c.spans());
      if (dl != null) {
        db.update(
            "UPDATE records SET due = ? WHERE id = ?", due == null ? null : due.toString(), id);
        index.get(id).due = due == null ? null : PartialDate.parse(due.toString());
      }
      statusEvent(
          id,
          CommitmentStatus.PENDING,
          made,
          "reported in " + ctx.doc().id(),
          null,
          null,
          "ledger");
      if (earlier != null) {
        supersede(earlier, id, made, due);
      }
      offerEventsTo(ctx, id, parties, c.action(), made, due);
    }
    evidence(ctx, id, c.spans());
    mechanism(id, parties, c.action() + " " + evidenceText(ctx, c.spans()), ctx, false);
  }

  /** The later of two commitments on one action with different deadlines supersedes the other. */
  private void supersede(RecordIndex.Entry earlier, long newId, LocalDate made, PartialDate due) {
    boolean newIsLater = earlier.onDate == null || made == null || !made.isBefore(earlier.onDate);
    long old = newIsLater ? earlier.id : newId;
    long replacement = newIsLater ? newId : earlier.id;
    LocalDate on = newIsLater ? made : earlier.onDate;
    db.update("UPDATE records SET superseded_by = ? WHERE id = ?", replacement, old);
    index.get(old).superseded = true;
    statusEvent(
        old,
        CommitmentStatus.SUPERSEDED,
        on,
        "superseded by record "
            + replacement
            + " with deadline "
            + (newIsLater ? due : earlier.due),
        replacement,
        null,
        "ledger");
  }

  private long newRecord(
      Ctx ctx,
      String type,
      List<String> parties,
      String title,
      String mode,
      String kind,
      String status,
      String place,
      PartialDate date,
      LocalDate on,
      Deadline dl,
      EventCode code,
      List<Span> spans) {
    String evidence = cap(evidenceText(ctx, spans));
    long id =
        db.insert(
            "INSERT INTO records (type, parties, title, mode, kind, status, place, date, on_date,"
                + " due, due_kind, due_text, cameo, plover, evidence_text, story_id, origin)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'extracted')",
            type,
            String.join(",", parties),
            title,
            mode,
            kind,
            status,
            place,
            date == null ? null : date.toString(),
            iso(on),
            dl == null || dl.due() == null ? null : dl.due().toString(),
            dl == null ? null : dl.kind().name(),
            dl == null ? null : dl.text(),
            code == null ? null : code.cameo(),
            code == null ? null : code.plover(),
            evidence,
            ctx.story());
    for (String p : parties) {
      actor(p, null);
      db.updateDeferred("INSERT INTO record_parties (record_id, actor) VALUES (?, ?)", id, p);
    }
    RecordIndex.Entry e =
        new RecordIndex.Entry(
            id, type, List.copyOf(parties), title, kind, evidence, ctx.story(), scorer);
    e.mode = mode;
    e.place = place;
    e.date = date == null ? null : PartialDate.parse(date.toString());
    e.onDate = on;
    e.due = dl == null || dl.due() == null ? null : PartialDate.parse(dl.due().toString());
    index.add(e);
    return id;
  }

  /** Sets a column the record lacks, unless curated; whether it did. */
  private boolean fill(long id, Set<String> curated, String column, String have, String given) {
    if (have == null && given != null && !curated.contains(column)) {
      db.update("UPDATE records SET " + column + " = ? WHERE id = ?", given, id);
      return true;
    }
    return false;
  }

  private Set<String> curatedFields(long id) {
    String s =
        db.one("SELECT curated_fields FROM records WHERE id = ?", rs -> rs.getString(1), id)
            .orElse("");
    return s.isEmpty() ? Set.of() : Set.of(s.split(","));
  }

  private void evidence(Ctx ctx, long id, List<Span> spans) {
    List<Span> ok = spans(spans, ctx);
    if (ok.isEmpty()) {
      ok = List.of(new Span(0, 0));
    }
    for (Span s : ok) {
      db.updateDeferred(
          "INSERT INTO evidence (record_id, doc_id, span_start, span_end) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          ctx.doc().id(),
          s.start(),
          s.end());
    }
  }

  private void mechanism(long id, List<String> parties, String text, Ctx ctx, boolean session) {
    if (parties.size() < 2) {
      return;
    }
    mechanisms
        .find(text)
        .ifPresent(
            m -> {
              String ps = String.join(",", parties);
              long mid =
                  mechanismIds.computeIfAbsent(
                      m.id() + "\u0001" + ps,
                      k -> {
                        db.update(
                            "INSERT INTO mechanisms (pattern, name, parties) VALUES (?, ?, ?)"
                                + " ON CONFLICT (pattern, parties) DO NOTHING",
                            m.id(),
                            m.name() + " " + String.join("–", parties),
                            ps);
                        return db.one(
                                "SELECT id FROM mechanisms WHERE pattern = ? AND parties = ?",
                                rs -> rs.getLong(1),
                                m.id(),
                                ps)
                            .orElseThrow();
                      });
              db.updateDeferred(
                  "INSERT INTO mechanism_records (mechanism_id, record_id, session_number)"
                      + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                  mid,
                  id,
                  session ? MechanismPatterns.sessionNumber(text) : null);
            });
  }

  // ---- fulfilment

  /** A new meeting or agreement: does it realise a pending commitment of its parties? */
  private void offerAsFulfilment(
      Ctx ctx, long eventId, List<String> parties, String name, List<Span> spans, LocalDate on) {
    if (parties.isEmpty()) {
      return;
    }
    Set<String> eventStems = stems(name + " " + evidenceText(ctx, spans));
    // The open commitments all of whose parties take part, from other stories, that share a word
    // with the event (one that shares none cannot score).
    for (RecordIndex.Entry c : index.commitmentsWithin(parties, eventStems)) {
      if (c.superseded
          || c.rejected
          || c.fulfilled
          || !parties.containsAll(c.parties)
          || Objects.equals(c.storyId, ctx.story())) {
        continue;
      }
      if (c.onDate != null && on != null && !on.isAfter(c.onDate)) {
        continue; // an event before the commitment never realises it
      }
      double conf =
          scorer.score(
              c.words,
              c.parties,
              c.onDate,
              c.due == null ? null : c.due.latestDay(),
              eventStems,
              parties,
              on);
      if (conf > 0 && open(c.id)) {
        fulfil(c.id, eventId, on, conf, ctx.doc().id());
      }
    }
  }

  /** A new commitment: did a later meeting or agreement already realise it? */
  private void offerEventsTo(
      Ctx ctx, long id, List<String> parties, String action, LocalDate made, PartialDate due) {
    if (made == null) {
      return;
    }
    Set<String> want = content(action);
    for (String type : new String[] {"meeting", "agreement"}) {
      // The dated events of other stories in which every party takes part, sharing a word with
      // the action.
      for (RecordIndex.Entry e : index.eventsWithWords(type, parties, want)) {
        if (e.onDate == null
            || Objects.equals(e.storyId, ctx.story())
            || !e.parties.containsAll(parties)
            || !e.onDate.isAfter(made)) {
          continue;
        }
        double conf =
            scorer.score(
                want,
                parties,
                made,
                due == null ? null : due.latestDay(),
                e.words,
                e.parties,
                e.onDate);
        if (conf > 0 && open(id)) {
          fulfil(id, e.id, e.onDate, conf, null);
          return; // a fulfilled commitment is no longer open: later events cannot count
        }
      }
    }
  }

  private boolean open(long commitmentId) {
    return db.one(
            "SELECT 1 FROM records r WHERE r.id = ? AND r.superseded_by IS NULL"
                + " AND (r.review IS NULL OR r.review <> 'rejected') AND NOT EXISTS"
                + " (SELECT 1 FROM status_events s WHERE s.record_id = r.id AND s.status = ?)",
            rs -> 1,
            commitmentId,
            CommitmentStatus.FULFILLED.name())
        .isPresent();
  }

  private void fulfil(long commitmentId, long eventId, LocalDate on, double conf, String docId) {
    RecordIndex.Entry c = index.get(commitmentId);
    if (c != null) {
      c.fulfilled = true;
    }
    statusEvent(
        commitmentId,
        CommitmentStatus.FULFILLED,
        on,
        "realised by record "
            + eventId
            + (docId == null ? "" : " reported in " + docId)
            + " (word overlap, parties, timing)",
        eventId,
        conf,
        "ledger");
  }

  void statusEvent(
      long id,
      CommitmentStatus status,
      LocalDate on,
      String reason,
      Long evidence,
      Double confidence,
      String author) {
    // Deferred: a statement that reads status_events runs the queued rows first, in order.
    db.updateDeferred(
        "INSERT INTO status_events (record_id, status, on_date, reason, evidence_record_id,"
            + " confidence, author) VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        status.name(),
        iso(on),
        reason,
        evidence,
        confidence,
        author);
  }

  // ---- helpers

  // Word sets of titles, actions and event texts, which the same records bring again and again.
  private final Map<String, Set<String>> wordsMemo = lru(65_536);
  private final Map<String, Set<String>> contentMemo = lru(65_536);
  private final Map<String, Set<String>> stemsMemo = lru(16_384);

  private Set<String> words(String s) {
    return wordsMemo.computeIfAbsent(s, k -> Set.copyOf(Words.of(k)));
  }

  private Set<String> content(String action) {
    return contentMemo.computeIfAbsent(action, k -> Set.copyOf(scorer.content(k)));
  }

  private Set<String> stems(String text) {
    return stemsMemo.computeIfAbsent(text, k -> Set.copyOf(Words.stems(k)));
  }

  private static <K, V> Map<K, V> lru(int max) {
    return new java.util.LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }

  private static List<Span> spans(List<Span> spans, Ctx ctx) {
    List<Span> ok = new ArrayList<>();
    for (Span s : spans) {
      if (s != null && s.end() <= ctx.full().length()) {
        ok.add(s);
      }
    }
    return ok;
  }

  private static String evidenceText(Ctx ctx, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans(spans, ctx)) {
      if (sb.length() > 0) {
        sb.append(" … ");
      }
      sb.append(s.of(ctx.full()));
      if (sb.length() > EVIDENCE_TEXT_MAX) {
        break;
      }
    }
    return sb.toString();
  }

  private static String cap(String s) {
    return s.length() > EVIDENCE_TEXT_MAX ? s.substring(0, EVIDENCE_TEXT_MAX) : s;
  }

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
