-- The compliance scorecard. Statements are separated by a line holding only ';;'.
-- A commitment's outcome as a curator judged it (fulfilled, partly, pending, lapsed, broken), or NULL
-- to let the lifecycle decide. Ingest never writes this column.
ALTER TABLE records ADD COLUMN outcome TEXT
