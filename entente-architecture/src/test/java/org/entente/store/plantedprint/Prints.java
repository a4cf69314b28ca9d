package org.entente.store.plantedprint;

/** Planted violation: a library class printing to standard output. */
public final class Prints {
  private Prints() {}

  static void report(String s) {
    System.out.println(s);
  }
}
