-- The LSH band buckets of each stored document's MinHash signature (StoryIndex.bands: one key per
-- band, the band mixed into the key), so that the writer finds a new document's near-duplicates by
-- an indexed lookup instead of holding every signature in memory. Filled for the documents of an
-- older ledger by the writer before it first writes (StoredStories.backfillIfMissing).
-- Statements are separated by a line holding only ';;'.
CREATE TABLE doc_bands (
  band INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  PRIMARY KEY (band, doc_id)
) WITHOUT ROWID
