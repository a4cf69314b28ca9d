package org.entente.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.entente.store.Ledger;
import org.entente.store.Queries;
import org.entente.store.Views;

/**
 * Times repeated dossier queries on one open store, for {@code bench/ingest.sh}. Usage: {@code java
 * -cp entente.jar org.entente.cli.DossierBench STORE RUNS A B [A B …]}: for each pair, {@code RUNS}
 * dossiers as of 2026-01-01 with the default number of officials, then {@code RUNS} with every
 * official; prints the median, minimum and maximum of each, and the median CPU time of the querying
 * thread (less sensitive than wall time to other work on a shared machine).
 */
public final class DossierBench {

  private DossierBench() {}

  public static void main(String[] args) {
    if (args.length < 4 || args.length % 2 != 0) {
      System.err.println("usage: DossierBench STORE RUNS A B [A B ...]");
      System.exit(2);
    }
    int runs = Integer.parseInt(args[1]);
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Ledger ledger = Ledger.open(args[0])) {
      for (int p = 2; p < args.length; p += 2) {
        for (int officials : new int[] {Queries.DOSSIER_OFFICIALS, Integer.MAX_VALUE}) {
          long[] ns = new long[runs];
          long[] cpu = new long[runs];
          Views.Dossier d = null;
          for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            d = ledger.queries().dossier(args[p], args[p + 1], asOf, officials);
            ns[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
          }
          Arrays.sort(ns);
          Arrays.sort(cpu);
          int records = d.agreements().size() + d.meetings().size();
          for (var l : d.commitments().values()) {
            records += l.size();
          }
          System.out.printf(
              Locale.ROOT,
              "dossier %s %s (%s officials): median %.1f ms, min %.1f ms, max %.1f ms over %d"
                  + " runs (CPU median %.1f ms); %d records, %d officials%n",
              args[p],
              args[p + 1],
              officials == Integer.MAX_VALUE ? "all" : "top " + officials,
              ns[runs / 2] / 1e6,
              ns[0] / 1e6,
              ns[runs - 1] / 1e6,
              runs,
              cpu[runs / 2] / 1e6,
              records,
              d.people().size());
        }
      }
    }
  }
}
