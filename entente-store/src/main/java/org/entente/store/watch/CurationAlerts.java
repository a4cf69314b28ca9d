package org.entente.store.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.Curation;

/**
 * Changes curators made during the period to followed records (confirmations, rejections, edits,
 * records added, commitments marked fulfilled), from the audit trail. A record rejected is out of
 * the scope and so raises nothing. Stateless.
 */
final class CurationAlerts implements AlertSource {

  @Override
  public List<Alert> alerts(WatchContext ctx) {
    List<Alert> out = new ArrayList<>();
    for (Curation.AuditEntry a : ctx.ledger().curation().audit(null)) {
      if (a.recordId() == null || a.at() == null || a.at().length() < 10) {
        continue;
      }
      WatchScope.Followed f = ctx.scope().record(a.recordId());
      LocalDate day = LocalDate.parse(a.at().substring(0, 10));
      if (f == null || !ctx.inPeriod(day)) {
        continue;
      }
      out.add(ctx.about(AlertKind.CURATED, f, day, verb(a.action()) + " by " + a.author(), null));
    }
    return out;
  }

  private static String verb(String action) {
    return switch (action) {
      case "confirm" -> "confirmed";
      case "reject" -> "rejected";
      case "edit" -> "edited";
      case "add" -> "added by hand";
      case "fulfil" -> "marked fulfilled";
      default -> action;
    };
  }
}
