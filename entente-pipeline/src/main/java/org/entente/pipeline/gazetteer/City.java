package org.entente.pipeline.gazetteer;

import org.entente.model.Location;

/** A row of cities.tsv or cities-extra.tsv. */
record City(Location location, long population, boolean capital) {}
