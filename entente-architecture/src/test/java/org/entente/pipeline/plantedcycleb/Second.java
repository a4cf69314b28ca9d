package org.entente.pipeline.plantedcycleb;

import org.entente.pipeline.plantedcyclea.First;

/** Planted violation: the other half of a package cycle. */
public final class Second {
  private Second() {}

  public static int next(int n) {
    return n > 0 ? First.next(n - 1) : 1;
  }
}
