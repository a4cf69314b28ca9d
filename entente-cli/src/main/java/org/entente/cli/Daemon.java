package org.entente.cli;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon worker threads, so that a failed run never hangs the JVM on exit. */
final class Daemon {

  private static final AtomicInteger COUNT = new AtomicInteger();

  static final ThreadFactory FACTORY =
      r -> {
        Thread t = new Thread(r, "entente-worker-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
      };

  private Daemon() {}
}
