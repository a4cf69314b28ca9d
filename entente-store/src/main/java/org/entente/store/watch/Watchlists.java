package org.entente.store.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.store.Db;
import org.entente.store.Ledger;

/**
 * The watchlists kept in a ledger: add, list, find, remove. Not thread-safe (shares the ledger's
 * connection).
 */
public final class Watchlists {

  private static final String COLUMNS = "name, actors, pairs, topics, kinds, due_days";

  private final Db db;
  private final Clock clock;

  public Watchlists(Ledger ledger) {
    this(ledger, Clock.systemUTC());
  }

  public Watchlists(Ledger ledger, Clock clock) {
    this.db = ledger.db();
    this.clock = clock;
  }

  /**
   * Stores a new watchlist.
   *
   * @throws IllegalArgumentException when one of that name exists
   */
  public void add(Watchlist w) {
    if (find(w.name()).isPresent()) {
      throw new IllegalArgumentException("a watchlist named " + w.name() + " exists already");
    }
    List<String> pairs = new ArrayList<>();
    w.pairs().forEach(p -> pairs.add(p.toString()));
    List<String> kinds = new ArrayList<>();
    w.kindsInOrder().forEach(k -> kinds.add(k.name()));
    db.update(
        "INSERT INTO watchlists (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        w.name(),
        String.join(",", w.actors()),
        String.join(",", pairs),
        String.join(",", w.topics()),
        String.join(",", kinds),
        w.dueWithinDays(),
        clock.instant().toString());
  }

  /** Every watchlist, by name. */
  public List<Watchlist> list() {
    return db.query("SELECT " + COLUMNS + " FROM watchlists ORDER BY name", Watchlists::read);
  }

  /** The watchlist of that name, if any. */
  public Optional<Watchlist> find(String name) {
    return db.one("SELECT " + COLUMNS + " FROM watchlists WHERE name = ?", Watchlists::read, name);
  }

  /** Removes a watchlist; returns whether there was one. */
  public boolean remove(String name) {
    return db.update("DELETE FROM watchlists WHERE name = ?", name) > 0;
  }

  private static Watchlist read(ResultSet rs) throws SQLException {
    List<Watchlist.Pair> pairs = new ArrayList<>();
    for (String p : split(rs.getString("pairs"))) {
      pairs.add(Watchlist.Pair.parse(p));
    }
    Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
    for (String k : split(rs.getString("kinds"))) {
      kinds.add(AlertKind.of(k));
    }
    return new Watchlist(
        rs.getString("name"),
        split(rs.getString("actors")),
        pairs,
        split(rs.getString("topics")),
        kinds,
        rs.getInt("due_days"));
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
  }
}
