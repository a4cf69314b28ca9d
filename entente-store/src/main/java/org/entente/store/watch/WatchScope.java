package org.entente.store.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.store.Ledger;
import org.entente.store.Views;

/**
 * What a watchlist follows as of a day that can raise an alert in a period ending that day: its
 * records (each with the relationship it is followed under) — all but the meetings and agreements
 * dated before the period that no curator touched in it ({@link
 * org.entente.store.Queries#timelineSince}) — and its mechanisms. A record followed through a pair
 * belongs to that pair ("EU–MAR"); one followed through an actor belongs to its parties
 * ("FRA–MAR"). The topic filter applies to records (through the topics of their documents), not to
 * mechanisms. Immutable once built.
 */
public final class WatchScope {

  /** A followed record and the relationship it is followed under. */
  public record Followed(Views.LedgerRecord record, String relationship) {}

  /** A followed mechanism and its relationship. */
  public record FollowedMechanism(Views.Mechanism mechanism, String relationship) {}

  private final Map<Long, Followed> records;
  private final List<FollowedMechanism> mechanisms;

  private WatchScope(Map<Long, Followed> records, List<FollowedMechanism> mechanisms) {
    this.records = records;
    this.mechanisms = mechanisms;
  }

  /** Reads what {@code w} follows from the ledger for the period {@code (since, asOf]}. */
  public static WatchScope of(Ledger ledger, Watchlist w, LocalDate since, LocalDate asOf) {
    Set<String> topicDocs = w.topics().isEmpty() ? null : topicDocuments(ledger, w.topics());
    Map<Long, Followed> records = new LinkedHashMap<>();
    List<FollowedMechanism> mechanisms = new ArrayList<>();
    Set<Long> seenMechanisms = new HashSet<>();
    Map<String, List<Views.LedgerRecord>> timelines = new HashMap<>();
    for (Watchlist.Pair p : w.pairs()) {
      // a pair's records are all in the timeline of either actor: read the shorter one
      String side = recordCount(ledger, p.a()) <= recordCount(ledger, p.b()) ? p.a() : p.b();
      for (Views.LedgerRecord r : timeline(ledger, timelines, side, since, asOf)) {
        if (p.within(r.parties()) && onTopic(r, topicDocs)) {
          records.putIfAbsent(r.id(), new Followed(r, p.label()));
        }
      }
      for (Views.Mechanism m : ledger.queries().mechanisms(p.a(), p.b(), asOf)) {
        if (seenMechanisms.add(m.id())) {
          mechanisms.add(new FollowedMechanism(m, p.label()));
        }
      }
    }
    for (String a : w.actors()) {
      for (Views.LedgerRecord r : timeline(ledger, timelines, a, since, asOf)) {
        if (onTopic(r, topicDocs)) {
          records.putIfAbsent(r.id(), new Followed(r, relationship(r.parties())));
        }
      }
      for (Views.Mechanism m : ledger.queries().mechanisms(a, null, asOf)) {
        if (seenMechanisms.add(m.id())) {
          mechanisms.add(new FollowedMechanism(m, relationship(m.parties())));
        }
      }
    }
    return new WatchScope(records, List.copyOf(mechanisms));
  }

  /** The records of an actor for the period, read once per scope. */
  private static List<Views.LedgerRecord> timeline(
      Ledger ledger,
      Map<String, List<Views.LedgerRecord>> read,
      String actor,
      LocalDate since,
      LocalDate asOf) {
    return read.computeIfAbsent(actor, a -> ledger.queries().timelineSince(a, since, asOf));
  }

  /** How many records name an actor as a party (rejected ones included: an estimate of cost). */
  private static long recordCount(Ledger ledger, String actor) {
    return ledger
        .db()
        .one("SELECT COUNT(*) FROM record_parties WHERE actor = ?", rs -> rs.getLong(1), actor)
        .orElse(0L);
  }

  /** The followed records, in the order found. */
  public Collection<Followed> records() {
    return records.values();
  }

  /** The followed record of that id, or null. */
  public Followed record(long id) {
    return records.get(id);
  }

  public List<FollowedMechanism> mechanisms() {
    return mechanisms;
  }

  /** "A–B–C" of parties in code order. */
  static String relationship(List<String> parties) {
    List<String> s = new ArrayList<>(parties);
    s.sort(null);
    return s.isEmpty() ? "(no parties)" : String.join("–", s);
  }

  private static boolean onTopic(Views.LedgerRecord r, Set<String> topicDocs) {
    if (topicDocs == null) {
      return true;
    }
    for (Views.Source s : r.sources()) {
      if (topicDocs.contains(s.docId())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> topicDocuments(Ledger ledger, List<String> topics) {
    Set<String> out = new HashSet<>();
    for (String t : topics) {
      ledger
          .db()
          .query(
              "SELECT doc_id FROM doc_topics WHERE topic = ?", rs -> out.add(rs.getString(1)), t);
    }
    return out;
  }
}
