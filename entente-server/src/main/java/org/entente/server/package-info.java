/**
 * The web face of the ledger: a REST API and an offline dashboard, served by one Javalin process.
 *
 * <p>{@link org.entente.server.EntenteServer} is the facade: it opens a {@link
 * org.entente.server.LedgerPool} over the store, installs {@link org.entente.server.Routes} (the
 * one route table, from which {@link org.entente.server.OpenApi} writes {@code /openapi.json}),
 * maps every error to a JSON answer in {@link org.entente.server.ErrorMapping}, and adds the
 * security headers of {@link org.entente.server.SecurityHeaders}. Handlers live in {@code *Api}
 * classes by concept; they read parameters through {@link org.entente.server.Params} and bodies
 * through {@link org.entente.server.Bodies}, which validate and throw {@link
 * org.entente.server.ApiException}. Watchlists, their alerts and their Atom feeds ({@code
 * /feeds/watch/NAME.atom}) are answered by {@code WatchApi} and {@code WatchFeed}, entered in the
 * table by {@code WatchRoutes}. The dashboard is plain HTML, CSS and JavaScript modules under
 * {@code resources/web}; it builds every element with {@code textContent}, never with markup from
 * data.
 */
package org.entente.server;
