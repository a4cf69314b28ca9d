package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import org.entente.pipeline.Entente;
import org.entente.pipeline.Pipeline;

/**
 * The server facade: the REST API under {@code /api}, its OpenAPI document at {@code
 * /openapi.json}, and the dashboard at {@code /}, all from one process.
 *
 * <pre>{@code
 * try (EntenteServer s = EntenteServer.start(ServerConfig.of("entente.db", 0))) {
 *   System.out.println(s.url());
 *   s.join();
 * }
 * }</pre>
 *
 * Thread-safe; {@link #close()} stops the server and closes the store.
 */
public final class EntenteServer implements AutoCloseable {

  private final Javalin app;
  private final LedgerPool pool;
  private final Routes routes;
  private final ServerConfig config;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private EntenteServer(Javalin app, LedgerPool pool, Routes routes, ServerConfig config) {
    this.app = app;
    this.pool = pool;
    this.routes = routes;
    this.config = config;
  }

  /**
   * Opens the store and starts serving; fails when the store cannot be opened or the port is taken.
   */
  public static EntenteServer start(ServerConfig config) {
    return start(config, Entente.pipeline());
  }

  public static EntenteServer start(ServerConfig config, Pipeline pipeline) {
    LedgerPool pool = new LedgerPool(config.db(), config.readers());
    try {
      Routes routes =
          new Routes(
              new BrowseApi(pool, config),
              new RecordApi(pool),
              new CurationApi(pool, config.maxBodyBytes()),
              new AnalyseApi(pipeline, config.maxBodyBytes()),
              new WatchApi(pool, config.maxBodyBytes()),
              new WatchFeed(pool),
              new BriefApi(pool, config.maxBodyBytes()));
      Javalin app =
          Javalin.create(
              c -> {
                c.startup.showJavalinBanner = false;
                c.http.maxRequestSize = config.maxBodyBytes();
                c.http.generateEtags = false;
                c.staticFiles.add(
                    s -> {
                      s.hostedPath = "/";
                      s.directory = "/web";
                      s.location = Location.CLASSPATH;
                    });
                c.routes.before(SecurityHeaders::apply);
                c.jetty.modifyServer(server -> server.setErrorHandler(new ContainerErrors()));
                ErrorMapping.install(c.routes);
                routes.install(
                    c.routes,
                    config.token(),
                    new ResponseCache(pool::generation, 30_000, 512, 4 << 20));
              });
      app.start(config.host(), config.port());
      return new EntenteServer(app, pool, routes, config);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:41234/}. */
  public String url() {
    String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + h + ":" + port() + "/";
  }

  /** The route table this server answers. */
  public List<Route> routes() {
    return routes.all();
  }

  /** The Javalin instance, for tests that inspect the registered routes. */
  public Javalin javalin() {
    return app;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      app.stop();
    } finally {
      pool.close();
    }
  }
}
