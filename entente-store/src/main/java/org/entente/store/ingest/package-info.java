/**
 * What ingest reads: {@link org.entente.store.ingest.DocumentInput}, with a minimal reader for
 * files, directories, JSON Lines corpora and feeds until the pipeline's intake replaces it.
 */
package org.entente.store.ingest;
