package org.entente.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.entente.store.identity.Candidate;
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
 * and each new commitment to the later meetings and agreements ({@link FulfilmentScorer}).
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
  }

  /** Forgets cached state after a rolled-back transaction. */
  void reset() {
    knownActors.clear();
    titleWords.clear();
    titleContent.clear();
  }

  /** Forgets what is cached of one record, after a curator edited it. */
  void forget(long recordId) {
    titleWords.remove(recordId);
    titleContent.remove(recordId);
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
   * (by the extraction pool during ingest): its content hash and MinHash signature.
   */
  record Prepared(Extraction extraction, String hash, int[] signature) {}

  /** Computes the content hash and the signature of an extraction's document; thread-safe. */
  static Prepared prepare(Extraction x) {
    return new Prepared(
        x, contentHash(x.document()), MinHash.signature(sanitise(x.document()).fullText()));
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
    String old =
        db.one("SELECT content_hash FROM documents WHERE id = ?", rs -> rs.getString(1), d.id())
            .orElse(null);
    if (hash.equals(old)) {
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
    db.update(
        "INSERT INTO documents (id, source, published, title, text, content_hash, story_id,"
            + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        d.id(),
        d.source(),
        iso(d.published()),
        d.title(),
        d.text(),
        hash,
        story,
        clock.instant().toString());
    db.update(
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
      db.update(
          "INSERT INTO doc_actors (doc_id, code, mentions) VALUES (?, ?, ?)",
          d.id(),
          e.getKey(),
          e.getValue());
    }
    for (String t : new LinkedHashSet<>(x.topics())) {
      db.update("INSERT INTO doc_topics (doc_id, topic) VALUES (?, ?)", d.id(), t);
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
    db.update("DELETE FROM person_roles WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_actors WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_topics WHERE doc_id = ?", docId);
    db.update("DELETE FROM doc_signatures WHERE doc_id = ?", docId);
    db.update("DELETE FROM documents WHERE id = ?", docId);
  }

  private void deleteRecord(long id) {
    forget(id); // SQLite may give its id to the next record
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
    Long id = null;
    String current = null;
    for (Object[] row :
        db.query(
            "SELECT id, name FROM persons WHERE surname = ? AND (affiliation = ? OR"
                + " (affiliation IS NULL AND ? IS NULL)) ORDER BY id",
            rs -> new Object[] {rs.getLong(1), rs.getString(2)},
            surname,
            p.affiliation(),
            p.affiliation())) {
      if (PersonNames.same((String) row[1], p.name())) {
        id = (Long) row[0];
        current = (String) row[1];
        break;
      }
    }
    if (id == null) {
      id =
          db.insert(
              "INSERT INTO persons (name, affiliation, surname) VALUES (?, ?, ?)",
              p.name(),
              p.affiliation(),
              surname);
    } else {
      String fuller = PersonNames.fuller(current, p.name());
      if (!fuller.equals(current)) {
        db.update("UPDATE persons SET name = ? WHERE id = ?", fuller, id);
      }
    }
    if (p.affiliation() != null) {
      actor(p.affiliation(), null);
    }
    db.update(
        "INSERT INTO person_names (person_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
        id,
        p.name());
    if (p.role() != null && !p.role().isBlank()) {
      db.update(
          "INSERT INTO person_roles (person_id, role, on_date, doc_id) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          p.role(),
          iso(ctx.published()),
          ctx.doc().id());
    }
    for (Span s : spans(p.spans(), ctx)) {
      db.update(
          "INSERT INTO person_evidence (person_id, doc_id, span_start, span_end) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          ctx.doc().id(),
          s.start(),
          s.end());
    }
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
    Candidate match = null;
    for (Candidate c : candidates("meeting", parties, true)) {
      if (RecordKeys.sameMeeting(c, parties, mode, m.place(), when)) {
        match = c;
        break;
      }
    }
    long id;
    boolean created = match == null;
    if (created) {
      id =
          newRecord(
              ctx, "meeting", parties, m.kind(), mode, m.kind(), null, m.place(), date, on, null,
              m.code(), m.spans());
    } else {
      id = match.id();
      Set<String> curated = curatedFields(id);
      fill(id, curated, "place", match.place(), m.place());
      fill(id, curated, "mode", match.mode(), mode);
      if (date != null
          && !curated.contains("date")
          && (match.date() == null || (date.isComplete() && !match.date().isComplete()))) {
        db.update(
            "UPDATE records SET date = ?, on_date = ? WHERE id = ?", date.toString(), iso(on), id);
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
    Candidate match = null;
    Set<String> nameWords = words(a.name());
    for (Titled t : agreementsSharingAParty(parties)) {
      if (RecordKeys.sameAgreement(t.parties(), words(t.id(), t.title()), parties, nameWords)) {
        match = candidate(t.id());
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
      id = match.id();
      Set<String> curated = curatedFields(id);
      if (status != null
          && !"REFERENCED".equals(status)
          && !curated.contains("status")
          && (match.onDate() == null || on == null || !on.isBefore(match.onDate()))) {
        db.update("UPDATE records SET status = ? WHERE id = ?", status, id);
      }
      for (String p : parties) {
        if (!match.parties().contains(p) && !curated.contains("parties")) {
          List<String> merged = new ArrayList<>(match.parties());
          merged.addAll(parties);
          merged = sorted(merged);
          db.update("UPDATE records SET parties = ? WHERE id = ?", String.join(",", merged), id);
          for (String q : merged) {
            db.update(
                "INSERT INTO record_parties (record_id, actor) VALUES (?, ?) ON CONFLICT DO NOTHING",
                id,
                q);
          }
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
    Candidate same = null;
    Candidate earlier = null;
    Set<String> actionWords = words(c.action());
    for (long rid :
        db.query(
            "SELECT id FROM records WHERE type = 'commitment' AND parties = ? ORDER BY id",
            rs -> rs.getLong(1),
            String.join(",", parties))) {
      // parties equal by the query; the title's words come from the cache when known
      Set<String> known = titleWords.get(rid);
      if (known == null) {
        String title =
            db.one("SELECT title FROM records WHERE id = ?", rs -> rs.getString(1), rid)
                .orElse(null);
        known = words(rid, title);
      }
      if (!RecordKeys.sameAction(parties, known, parties, actionWords)) {
        continue;
      }
      Candidate k = candidate(rid);
      if (RecordKeys.sameDue(k.due(), due)) {
        same = k;
        break;
      }
      if (earlier == null) {
        earlier = k;
      }
    }
    long id;
    if (same != null) {
      id = same.id();
      Set<String> curated = curatedFields(id);
      if (same.due() == null && due != null && !curated.contains("due")) {
        db.update(
            "UPDATE records SET due = ?, due_kind = ?, due_text = ? WHERE id = ?",
            due.toString(),
            dl.kind().name(),
            dl.text(),
            id);
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
  private void supersede(Candidate earlier, long newId, LocalDate made, PartialDate due) {
    boolean newIsLater =
        earlier.onDate() == null || made == null || !made.isBefore(earlier.onDate());
    long old = newIsLater ? earlier.id() : newId;
    long replacement = newIsLater ? newId : earlier.id();
    LocalDate on = newIsLater ? made : earlier.onDate();
    db.update("UPDATE records SET superseded_by = ? WHERE id = ?", replacement, old);
    statusEvent(
        old,
        CommitmentStatus.SUPERSEDED,
        on,
        "superseded by record "
            + replacement
            + " with deadline "
            + (newIsLater ? due : earlier.due()),
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
            cap(evidenceText(ctx, spans)),
            ctx.story());
    for (String p : parties) {
      actor(p, null);
      db.update("INSERT INTO record_parties (record_id, actor) VALUES (?, ?)", id, p);
    }
    return id;
  }

  private void fill(long id, Set<String> curated, String column, String have, String given) {
    if (have == null && given != null && !curated.contains(column)) {
      db.update("UPDATE records SET " + column + " = ? WHERE id = ?", given, id);
    }
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
      db.update(
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
              db.update(
                  "INSERT INTO mechanisms (pattern, name, parties) VALUES (?, ?, ?)"
                      + " ON CONFLICT (pattern, parties) DO NOTHING",
                  m.id(),
                  m.name() + " " + String.join("–", parties),
                  ps);
              long mid =
                  db.one(
                          "SELECT id FROM mechanisms WHERE pattern = ? AND parties = ?",
                          rs -> rs.getLong(1),
                          m.id(),
                          ps)
                      .orElseThrow();
              db.update(
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
    String in = placeholders(parties.size());
    List<Object> args = new ArrayList<>(parties);
    args.addAll(parties);
    args.add(ctx.story());
    args.add(CommitmentStatus.FULFILLED.name());
    // The open commitments all of whose parties take part, from other stories: what the loop
    // over every commitment of each party kept, selected by the store (record_parties holds
    // exactly the parties of each record).
    for (Candidate c :
        db.query(
            "SELECT "
                + RECORD_COLUMNS
                + " FROM records r WHERE r.type = 'commitment' AND r.id IN"
                + " (SELECT record_id FROM record_parties WHERE actor IN ("
                + in
                + ")) AND NOT EXISTS (SELECT 1 FROM record_parties x WHERE x.record_id = r.id"
                + " AND x.actor NOT IN ("
                + in
                + ")) AND (r.story_id IS NULL OR r.story_id <> ?) AND r.superseded_by IS NULL"
                + " AND (r.review IS NULL OR r.review <> 'rejected') AND NOT EXISTS"
                + " (SELECT 1 FROM status_events s WHERE s.record_id = r.id AND s.status = ?)"
                + " ORDER BY r.id",
            LedgerWriter::candidate,
            args.toArray())) {
      if (!parties.containsAll(c.parties()) || Objects.equals(c.storyId(), ctx.story())) {
        continue;
      }
      if (c.onDate() != null && on != null && !on.isAfter(c.onDate())) {
        continue; // an event before the commitment never realises it
      }
      double conf =
          scorer.score(
              content(c.id(), c.title()),
              c.parties(),
              c.onDate(),
              c.due() == null ? null : c.due().latestDay(),
              eventStems,
              parties,
              on);
      if (conf > 0) {
        fulfil(c.id(), eventId, on, conf, ctx.doc().id());
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
    String in = placeholders(parties.size());
    for (String type : new String[] {"meeting", "agreement"}) {
      List<Object> args = new ArrayList<>();
      args.add(type);
      args.add(parties.get(0));
      args.addAll(parties);
      args.add(parties.size());
      args.add(ctx.story());
      // The dated events of other stories in which every party takes part.
      List<Object[]> events =
          db.query(
              "SELECT r.id, r.parties, r.on_date, COALESCE(r.title, '') || ' ' ||"
                  + " COALESCE(r.kind, '') || ' ' || COALESCE(r.evidence_text, '') FROM records r"
                  + " WHERE r.type = ? AND r.id IN (SELECT record_id FROM record_parties"
                  + " WHERE actor = ?) AND (SELECT COUNT(*) FROM record_parties x"
                  + " WHERE x.record_id = r.id AND x.actor IN ("
                  + in
                  + ")) = ? AND (r.story_id IS NULL OR r.story_id <> ?)"
                  + " AND r.on_date IS NOT NULL ORDER BY r.id",
              rs ->
                  new Object[] {
                    rs.getLong(1),
                    List.of(rs.getString(2).split(",")),
                    LocalDate.parse(rs.getString(3)),
                    rs.getString(4)
                  },
              args.toArray());
      for (Object[] e : events) {
        @SuppressWarnings("unchecked")
        List<String> eventParties = (List<String>) e[1];
        LocalDate eventDay = (LocalDate) e[2];
        if (!eventParties.containsAll(parties) || !eventDay.isAfter(made)) {
          continue;
        }
        double conf =
            scorer.score(
                want,
                parties,
                made,
                due == null ? null : due.latestDay(),
                stems((String) e[3]),
                eventParties,
                eventDay);
        if (conf > 0 && open(id)) {
          fulfil(id, (Long) e[0], eventDay, conf, null);
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
    db.insert(
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

  private List<Candidate> candidates(String type, List<String> parties, boolean exact) {
    return db.query(
        "SELECT " + RECORD_COLUMNS + " FROM records WHERE type = ? AND parties = ? ORDER BY id",
        LedgerWriter::candidate,
        type,
        String.join(",", parties));
  }

  /** A record's id, parties and title: enough to compare names before loading the rest. */
  private record Titled(long id, List<String> parties, String title) {}

  private static Titled titled(ResultSet rs) throws SQLException {
    String parties = rs.getString(2);
    return new Titled(
        rs.getLong(1),
        parties.isEmpty() ? List.of() : List.of(parties.split(",")),
        rs.getString(3));
  }

  /** Agreements with a party in common, in id order; those without parties when none given. */
  private List<Titled> agreementsSharingAParty(List<String> parties) {
    if (parties.isEmpty()) {
      return db.query(
          "SELECT id, parties, title FROM records WHERE type = 'agreement' AND parties = ''"
              + " ORDER BY id",
          LedgerWriter::titled);
    }
    return db.query(
        "SELECT id, parties, title FROM records WHERE type = 'agreement' AND id IN"
            + " (SELECT record_id FROM record_parties WHERE actor IN ("
            + placeholders(parties.size())
            + ")) ORDER BY id",
        LedgerWriter::titled,
        parties.toArray());
  }

  private Candidate candidate(long id) {
    return db.one(
            "SELECT " + RECORD_COLUMNS + " FROM records WHERE id = ?", LedgerWriter::candidate, id)
        .orElseThrow();
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  // Word sets of titles, actions and event texts, which the same records bring again and again.
  private final Map<String, Set<String>> wordsMemo = lru(65_536);
  private final Map<String, Set<String>> contentMemo = lru(65_536);
  private final Map<String, Set<String>> stemsMemo = lru(16_384);

  private Set<String> words(String s) {
    return wordsMemo.computeIfAbsent(s, k -> Set.copyOf(Words.of(k)));
  }

  // The words and content words of stored records' titles, by record id: matching compares a new
  // record with every record of its parties, so these are asked for again and again. Only a
  // curator's edit changes a stored title (Curation calls forget); a deleted record is forgotten.
  private final Map<Long, Set<String>> titleWords = new HashMap<>();
  private final Map<Long, Set<String>> titleContent = new HashMap<>();

  private Set<String> words(long id, String title) {
    return titleWords.computeIfAbsent(id, k -> Set.copyOf(Words.of(title)));
  }

  private Set<String> content(long id, String title) {
    return titleContent.computeIfAbsent(id, k -> Set.copyOf(scorer.content(title)));
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

  static Candidate candidate(ResultSet rs) throws SQLException {
    String parties = rs.getString("parties");
    String onDate = rs.getString("on_date");
    return new Candidate(
        rs.getLong("id"),
        parties.isEmpty() ? List.of() : List.of(parties.split(",")),
        rs.getString("title"),
        rs.getString("mode"),
        rs.getString("place"),
        PartialDate.parse(rs.getString("date")),
        onDate == null ? null : LocalDate.parse(onDate),
        rs.getString("story_id"),
        PartialDate.parse(rs.getString("due")));
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
