-- The ledger, SQLite dialect. Statements are separated by a line holding only ';;'.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  source TEXT,
  published TEXT,
  title TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  story_id TEXT NOT NULL,
  ingested_at TEXT NOT NULL
)
;;
CREATE INDEX documents_story ON documents(story_id)
;;
CREATE INDEX documents_published ON documents(published)
;;
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
;;
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END
;;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END
;;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END
;;
CREATE TABLE doc_signatures (doc_id TEXT PRIMARY KEY, signature BLOB NOT NULL)
;;
CREATE TABLE actors (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL)
;;
CREATE TABLE doc_actors (doc_id TEXT NOT NULL, code TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (doc_id, code))
;;
CREATE INDEX doc_actors_code ON doc_actors(code, doc_id)
;;
CREATE TABLE doc_topics (doc_id TEXT NOT NULL, topic TEXT NOT NULL, PRIMARY KEY (doc_id, topic))
;;
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  parties TEXT NOT NULL,
  title TEXT,
  mode TEXT,
  kind TEXT,
  status TEXT,
  place TEXT,
  date TEXT,
  on_date TEXT,
  due TEXT,
  due_kind TEXT,
  due_text TEXT,
  cameo TEXT,
  plover TEXT,
  evidence_text TEXT,
  story_id TEXT,
  origin TEXT NOT NULL,
  review TEXT,
  curated_fields TEXT NOT NULL DEFAULT '',
  superseded_by INTEGER
)
;;
CREATE INDEX records_type_parties ON records(type, parties)
;;
CREATE TABLE record_parties (record_id INTEGER NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (actor, record_id))
;;
CREATE INDEX record_parties_record ON record_parties(record_id)
;;
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  UNIQUE (record_id, doc_id, span_start, span_end)
)
;;
CREATE INDEX evidence_doc ON evidence(doc_id)
;;
CREATE TABLE status_events (
  id INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL,
  status TEXT NOT NULL,
  on_date TEXT,
  reason TEXT NOT NULL,
  evidence_record_id INTEGER,
  confidence REAL,
  author TEXT NOT NULL
)
;;
CREATE INDEX status_events_record ON status_events(record_id)
;;
CREATE TABLE persons (id INTEGER PRIMARY KEY, name TEXT NOT NULL, affiliation TEXT, surname TEXT NOT NULL)
;;
CREATE INDEX persons_key ON persons(surname, affiliation)
;;
CREATE TABLE person_names (person_id INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (person_id, name))
;;
CREATE TABLE person_roles (person_id INTEGER NOT NULL, role TEXT NOT NULL, on_date TEXT, doc_id TEXT NOT NULL, PRIMARY KEY (person_id, role, doc_id))
;;
CREATE TABLE person_evidence (person_id INTEGER NOT NULL, doc_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, PRIMARY KEY (person_id, doc_id, span_start, span_end))
;;
CREATE INDEX person_evidence_doc ON person_evidence(doc_id)
;;
CREATE TABLE mechanisms (id INTEGER PRIMARY KEY, pattern TEXT NOT NULL, name TEXT NOT NULL, parties TEXT NOT NULL, UNIQUE (pattern, parties))
;;
CREATE TABLE mechanism_records (mechanism_id INTEGER NOT NULL, record_id INTEGER NOT NULL, session_number INTEGER, PRIMARY KEY (mechanism_id, record_id))
;;
CREATE INDEX mechanism_records_record ON mechanism_records(record_id)
;;
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  action TEXT NOT NULL,
  record_id INTEGER,
  before_json TEXT,
  after_json TEXT
)
