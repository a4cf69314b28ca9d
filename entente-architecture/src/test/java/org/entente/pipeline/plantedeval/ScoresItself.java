package org.entente.pipeline.plantedeval;

import org.entente.pipeline.eval.Matching;

/** A planted violation: an extraction class that borrows the evaluation's matching rules. */
public final class ScoresItself {

  private ScoresItself() {}

  /** Normalises a name with the scorer's rules. */
  public static String name(String s) {
    return Matching.norm(s);
  }
}
