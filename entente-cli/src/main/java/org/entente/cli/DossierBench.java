package org.entente.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.entente.store.Ledger;

/**
 * Times repeated dossier queries on one open store, for {@code bench/ingest.sh}. Usage: {@code java
 * -cp entente.jar org.entente.cli.DossierBench STORE A B RUNS}.
 */
public final class DossierBench {

  private DossierBench() {}

  public static void main(String[] args) {
    int runs = Integer.parseInt(args[3]);
    long[] ns = new long[runs];
    try (Ledger ledger = Ledger.open(args[0])) {
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        ledger.queries().dossier(args[1], args[2], LocalDate.of(2026, 1, 1));
        ns[i] = System.nanoTime() - t;
      }
    }
    Arrays.sort(ns);
    System.out.printf(
        Locale.ROOT,
        "dossier %s %s: median %.1f ms, min %.1f ms, max %.1f ms over %d runs%n",
        args[1],
        args[2],
        ns[runs / 2] / 1e6,
        ns[0] / 1e6,
        ns[runs - 1] / 1e6,
        runs);
  }
}
