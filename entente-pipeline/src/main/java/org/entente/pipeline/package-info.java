/**
 * The extraction pipeline: a {@link org.entente.pipeline.Pipeline} is assembled from {@link
 * org.entente.pipeline.Stage stages}, each doing one thing to a per-document {@link
 * org.entente.pipeline.Analysis}.
 *
 * <p>Sub-packages, in pipeline order: {@code intake} (reading files, HTML, feeds, JSON Lines),
 * {@code repair} (mojibake and charset repair with an offset map), {@code text} (sentences and
 * tokens), {@code gazetteer} (states, organisations, places, titles: data loaded from resources),
 * {@code actors} (actor mentions and officials), {@code time} (dates and deadlines), {@code events}
 * (meetings, agreements, commitments), {@code topics}, {@code codes} (CAMEO/PLOVER), and {@code
 * eval} (scoring against gold annotations).
 *
 * <p>This package never depends on the store, the server or the CLI.
 */
package org.entente.pipeline;
