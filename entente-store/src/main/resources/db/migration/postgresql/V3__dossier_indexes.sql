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
-- The publication day of a document without reading its row (topics over time).
CREATE INDEX documents_id_published ON documents(id, published)
