/**
 * Dates and deadlines: absolute dates, dates relative to the publication date, and deadlines with
 * their kind (exact, latest, vague). Our own normaliser, table-driven.
 */
package org.entente.pipeline.time;
