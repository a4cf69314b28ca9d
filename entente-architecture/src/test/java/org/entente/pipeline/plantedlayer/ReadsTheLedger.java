package org.entente.pipeline.plantedlayer;

import org.entente.store.Ledger;

/** Planted violation: the pipeline must never use the ledger. */
public final class ReadsTheLedger {
  private ReadsTheLedger() {}

  static boolean exists(String url) {
    return Ledger.exists(url);
  }
}
