-- What the dossier of a busy pair reads. Statements are separated by a line holding only ';;'.
-- How many roles are reported for each person, kept by the writer: an actor's officials are listed
-- with the most reported first, read from an index instead of counted over every official.
ALTER TABLE persons ADD COLUMN role_count INTEGER NOT NULL DEFAULT 0
;;
UPDATE persons SET role_count = (SELECT COUNT(*) FROM person_roles r WHERE r.person_id = persons.id)
;;
CREATE INDEX persons_affiliation_roles ON persons(affiliation, role_count DESC, name, id)
;;
-- An official's roles in time order, read from the index alone.
CREATE INDEX person_roles_time ON person_roles(person_id, on_date, role, doc_id)
;;
-- Topics over time without reading documents: each topic row carries its document's publication
-- day (the writer sets it; a changed document's topics are written again).
ALTER TABLE doc_topics ADD COLUMN published TEXT
;;
UPDATE doc_topics SET published = (SELECT d.published FROM documents d WHERE d.id = doc_topics.doc_id)
;;
CREATE INDEX doc_topics_doc_published ON doc_topics(doc_id, topic, published)
