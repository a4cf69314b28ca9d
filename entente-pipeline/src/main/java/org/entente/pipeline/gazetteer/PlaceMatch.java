package org.entente.pipeline.gazetteer;

import org.entente.model.Location;

/**
 * A city named in a text, geocoded to the most populous city of that name.
 *
 * @param start first char of the name
 * @param end one past its last char
 * @param name the name as the text writes it
 * @param location the city as the gazetteer has it
 */
public record PlaceMatch(int start, int end, String name, Location location) {}
