package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actors and persons of {@link Listings}: pages of actors and officials by filter, an actor's
 * partners, one official with their roles and the documents naming them. Not thread-safe (shares
 * the ledger's connection).
 */
final class PeopleListings {

  private final Ledger ledger;
  private final Db db;

  PeopleListings(Ledger ledger) {
    this.ledger = ledger;
    this.db = ledger.db();
  }

  Listings.Page<Listings.ActorSummary> actors(String query, String kind, int limit, int offset) {
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
    long total = Listings.count(db, "SELECT COUNT(*) FROM actors a" + where, args);
    List<Listings.ActorSummary> items =
        db.query(
            "SELECT a.code, a.name, a.kind,"
                + " (SELECT COUNT(*) FROM doc_actors da WHERE da.code = a.code) AS docs,"
                + " (SELECT COUNT(*) FROM record_parties rp WHERE rp.actor = a.code) AS recs"
                + " FROM actors a"
                + where
                + " ORDER BY docs DESC, a.code LIMIT ? OFFSET ?",
            rs ->
                new Listings.ActorSummary(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getLong(5)),
            paged(args, limit, offset));
    return new Listings.Page<>(items, total, limit, offset);
  }

  /** The actors sharing visible records with {@code actor}, most records first. */
  List<Listings.Partner> partners(String actor, LocalDate asOf, int limit) {
    return db.query(
        "SELECT p.actor, COALESCE(a.name, p.actor), COUNT(*) AS n FROM record_parties p"
            + " JOIN records r ON r.id = p.record_id LEFT JOIN actors a ON a.code = p.actor"
            + " WHERE p.actor <> ? AND p.record_id IN"
            + " (SELECT record_id FROM record_parties WHERE actor = ?)"
            + " AND (r.review IS NULL OR r.review <> 'rejected')"
            + " AND (r.on_date IS NULL OR r.on_date <= ?)"
            + " GROUP BY p.actor, a.name ORDER BY n DESC, p.actor LIMIT ?",
        rs -> new Listings.Partner(rs.getString(1), rs.getString(2), rs.getLong(3)),
        actor,
        actor,
        asOf.toString(),
        limit);
  }

  Listings.Page<Listings.PersonSummary> persons(
      String query, String affiliation, int limit, int offset) {
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
    long total = Listings.count(db, "SELECT COUNT(*) FROM persons p" + where, args);
    List<Listings.PersonSummary> items =
        db.query(
            "SELECT p.id, p.name, p.affiliation,"
                + " (SELECT COUNT(*) FROM person_roles r WHERE r.person_id = p.id) AS roles"
                + " FROM persons p"
                + where
                + " ORDER BY roles DESC, p.name, p.id LIMIT ? OFFSET ?",
            rs ->
                new Listings.PersonSummary(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
            paged(args, limit, offset));
    return new Listings.Page<>(items, total, limit, offset);
  }

  Optional<Listings.PersonDetail> person(long id) {
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
    List<Listings.DocumentSummary> docs =
        db.query(
            "SELECT id, source, published, title, SUBSTR(text, 1, 200) AS lead, story_id, language FROM documents WHERE id IN"
                + " (SELECT doc_id FROM person_evidence WHERE person_id = ?)"
                + " ORDER BY (published IS NOT NULL), published, id LIMIT 200",
            Listings::summary,
            id);
    return Optional.of(new Listings.PersonDetail(view, docs));
  }

  /** The listing's arguments followed by the page's {@code LIMIT ? OFFSET ?}. */
  private static Object[] paged(List<Object> args, int limit, int offset) {
    List<Object> paged = new ArrayList<>(args);
    paged.add(limit);
    paged.add(offset);
    return paged.toArray();
  }
}
