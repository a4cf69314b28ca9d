-- The language each document was read as: the ISO 639-1 code of Extraction.language ("en", "fr",
-- "es", or a language Entente does not read, whose documents bring no records). The writer sets it
-- on every document it writes; documents written before this migration hold NULL until they are
-- ingested again (an unchanged document then only gets its language). Statements are separated by
-- a line holding only ';;'.
ALTER TABLE documents ADD COLUMN language TEXT
;;
CREATE INDEX documents_language ON documents(language, published)
