-- SQLite's V7 adds an index listing documents without reading their text. PostgreSQL needs none:
-- a long text is stored out of line (TOAST) and the primary key finds the rest of the row. The
-- version is kept so that both dialects count their migrations alike.
SELECT 1
