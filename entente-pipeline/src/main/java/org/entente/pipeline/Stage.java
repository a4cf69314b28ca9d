package org.entente.pipeline;

/**
 * One step of the pipeline. A stage reads what earlier stages put into an {@link Analysis} and adds
 * its own results. Implementations are final, immutable and thread-safe: one instance serves every
 * document on every thread. A stage never throws on content: a garbled document yields a
 * best-effort result and, where useful, a diagnostic.
 */
@FunctionalInterface
public interface Stage {

  /** Adds this stage's results to {@code analysis}. */
  void process(Analysis analysis);

  /** A short name for diagnostics and benchmarks; the simple class name by default. */
  default String name() {
    return getClass().getSimpleName();
  }
}
