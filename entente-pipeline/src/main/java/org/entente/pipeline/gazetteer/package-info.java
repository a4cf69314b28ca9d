/**
 * Data as data: states (ISO 3166 and historical), organisations and their institutions, capitals,
 * demonyms, cities, titles and trigger words, loaded from resource files and validated at start-up,
 * matched with Aho-Corasick automata.
 */
package org.entente.pipeline.gazetteer;
