package org.entente.model;

/**
 * A geocoded place.
 *
 * @param name the place's name as the gazetteer has it
 * @param country the ISO 3166-1 alpha-3 code of its country
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record Location(String name, String country, double latitude, double longitude) {}
