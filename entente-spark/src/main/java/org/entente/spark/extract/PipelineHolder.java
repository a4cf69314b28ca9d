package org.entente.spark.extract;

import org.entente.pipeline.Entente;
import org.entente.pipeline.Pipeline;

/**
 * The one extraction pipeline of an executor JVM: built on first use (loading the gazetteers and
 * patterns takes seconds), then shared by every task and partition the JVM runs. The pipeline is
 * thread-safe, so concurrent tasks of one executor share it too.
 */
public final class PipelineHolder {

  private PipelineHolder() {}

  /** The pipeline; the first call builds it, later calls return the same instance. */
  public static Pipeline get() {
    return Lazy.PIPELINE;
  }

  /** Initialised by the class loader on first access: once, thread-safe, without locks after. */
  private static final class Lazy {
    static final Pipeline PIPELINE = Entente.newDefaultPipeline();
  }
}
