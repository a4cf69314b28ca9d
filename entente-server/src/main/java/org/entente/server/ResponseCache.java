package org.entente.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;

/**
 * Remembers successful answers of read routes by method, path and query string. An entry is valid
 * while the pool's write generation is unchanged and for at most {@code ttlMillis} (other
 * processes, e.g. {@code entente ingest}, may write to the store too). Identical requests that
 * arrive while one is being answered wait for it instead of querying again. At most {@code
 * capacity} entries of at most {@code maxBytes} each are kept, least recently used out first.
 * Thread-safe.
 */
final class ResponseCache {

  private record Entry(long generation, long expires, String contentType, byte[] body) {}

  private final LongSupplier generation;
  private final long ttlMillis;
  private final int capacity;
  private final int maxBytes;
  private final Map<String, Entry> entries;
  private final ConcurrentHashMap<String, CompletableFuture<Entry>> inFlight =
      new ConcurrentHashMap<>();

  ResponseCache(LongSupplier generation, long ttlMillis, int capacity, int maxBytes) {
    this.generation = generation;
    this.ttlMillis = ttlMillis;
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> e) {
            return size() > ResponseCache.this.capacity;
          }
        };
  }

  /** {@code h}, answering from the cache when it can. */
  Handler wrap(Handler h) {
    return ctx -> {
      String q = ctx.queryString();
      String key = ctx.method().name() + " " + ctx.path() + (q == null ? "" : "?" + q);
      long gen = generation.getAsLong();
      Entry e = current(key, gen);
      if (e != null && e.expires() >= System.currentTimeMillis()) {
        ctx.contentType(e.contentType()).result(e.body());
        return;
      }
      CompletableFuture<Entry> mine = new CompletableFuture<>();
      CompletableFuture<Entry> running = inFlight.putIfAbsent(key, mine);
      if (running != null) {
        // Someone is answering this already: serve the expired copy, else wait for theirs.
        Entry other = e != null ? e : await(running);
        if (other != null) {
          ctx.contentType(other.contentType()).result(other.body());
          return;
        }
      }
      try {
        h.handle(ctx);
        Entry fresh = capture(ctx, gen);
        mine.complete(fresh);
        if (fresh != null) {
          synchronized (entries) {
            entries.put(key, fresh);
          }
        }
      } catch (Exception | Error ex) {
        mine.complete(null);
        throw ex;
      } finally {
        if (running == null) {
          inFlight.remove(key, mine);
        }
      }
    };
  }

  /** The entry for {@code key} written at generation {@code gen}, expired or not; or null. */
  private Entry current(String key, long gen) {
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e != null && e.generation() != gen) {
        entries.remove(key);
        return null;
      }
      return e;
    }
  }

  private static Entry await(CompletableFuture<Entry> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException ex) {
      return null;
    }
  }

  /** The answer just written, kept when it succeeded and is small enough; null otherwise. */
  private Entry capture(Context ctx, long gen) throws IOException {
    if (ctx.statusCode() != 200) {
      return null;
    }
    InputStream in = ctx.resultInputStream();
    if (in == null) {
      return null;
    }
    byte[] body = in.readAllBytes();
    ctx.result(body);
    if (body.length > maxBytes) {
      return null;
    }
    return new Entry(gen, System.currentTimeMillis() + ttlMillis, ctx.res().getContentType(), body);
  }
}
