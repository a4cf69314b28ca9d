-- What a record's sources are listed with, without their text: id, title, day, story and language,
-- read from this index alone (RecordSources). In the table, the language column comes after the
-- text, and reading it walks the text's overflow pages: for the thousands of documents behind an
-- actor's timeline, most of a digest's time. Statements are separated by a line holding only ';;'.
CREATE INDEX documents_listing ON documents(id, title, published, story_id, language)
