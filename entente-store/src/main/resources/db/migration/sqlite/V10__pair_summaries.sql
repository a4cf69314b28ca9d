-- What the dossier of a pair of actors says of the documents naming both (issue 15), as index
-- ranges of the pair read without touching a document: the topics by year, and the officials named
-- with how many of those documents name each. Before, both walked every document of the actor named
-- less and probed whether it named the other (38,700 documents of RUS for the 9,800 of RUS-USA at
-- 200,000 documents). The ledger writer keeps both with doc_actors, doc_topics and person_evidence,
-- a row for each pair of actors a document names (a < b in byte order), and removes a document's
-- rows with them.
--   published: the document's day of publication, as in documents (NULL when undated)
CREATE TABLE doc_pair_topics (
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  published TEXT,
  topic TEXT NOT NULL,
  doc_id TEXT NOT NULL
)
;;
INSERT INTO doc_pair_topics (a, b, published, topic, doc_id)
  SELECT x.code, y.code, t.published, t.topic, t.doc_id
  FROM doc_actors x JOIN doc_actors y ON y.doc_id = x.doc_id AND x.code < y.code
  JOIN doc_topics t ON t.doc_id = x.doc_id
;;
CREATE INDEX doc_pair_topics_pair ON doc_pair_topics(a, b, published, topic)
;;
CREATE INDEX doc_pair_topics_doc ON doc_pair_topics(doc_id)
;;
-- One row for each person with evidence in a document of the pair (once however many spans).
CREATE TABLE doc_pair_persons (
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  published TEXT,
  doc_id TEXT NOT NULL
)
;;
INSERT INTO doc_pair_persons (a, b, person_id, published, doc_id)
  SELECT DISTINCT x.code, y.code, e.person_id, d.published, e.doc_id
  FROM doc_actors x JOIN doc_actors y ON y.doc_id = x.doc_id AND x.code < y.code
  JOIN person_evidence e ON e.doc_id = x.doc_id
  JOIN documents d ON d.id = x.doc_id
;;
CREATE INDEX doc_pair_persons_pair ON doc_pair_persons(a, b, person_id, published, doc_id)
;;
CREATE INDEX doc_pair_persons_doc ON doc_pair_persons(doc_id)
;;
-- The roles of the officials a dossier lists, each role's first and last day, count and first
-- document, from the index alone (a head of state has thousands of reports in one role).
CREATE INDEX person_roles_summary ON person_roles(person_id, role, on_date, doc_id)
