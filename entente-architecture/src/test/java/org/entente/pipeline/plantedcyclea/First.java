package org.entente.pipeline.plantedcyclea;

import org.entente.pipeline.plantedcycleb.Second;

/** Planted violation: half of a package cycle. */
public final class First {
  private First() {}

  public static int next(int n) {
    return n > 0 ? Second.next(n - 1) : 0;
  }
}
