-- The briefs issued, so that the next brief of the same pair says what changed since the last one.
-- Statements are separated by a line holding only ';;'.
-- briefs: one row per brief issued; actor_a < actor_b (the pair in code order, whichever order it
-- was asked in); as_of and since as YYYY-MM-DD; issued_at an ISO-8601 instant.
CREATE TABLE briefs (
  id INTEGER PRIMARY KEY,
  actor_a TEXT NOT NULL,
  actor_b TEXT NOT NULL,
  as_of TEXT NOT NULL,
  since TEXT NOT NULL,
  issued_at TEXT NOT NULL
)
;;
CREATE INDEX briefs_pair ON briefs(actor_a, actor_b, as_of, id)
;;
-- What each brief showed of each record it drew on (meetings, agreements, commitments), as the
-- next brief compares it: the record's type, title, day (or date as written), place, status (a
-- commitment's lifecycle status, else the record's own) and deadline.
CREATE TABLE brief_records (
  brief_id INTEGER NOT NULL,
  record_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  title TEXT,
  date TEXT,
  place TEXT,
  status TEXT,
  due TEXT,
  PRIMARY KEY (brief_id, record_id)
)
