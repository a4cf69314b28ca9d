-- Keys of the long listings (issue 15): an actor's timeline and commitments board, and the records
-- of a pair of actors, read a page at a time in the order of an index, whatever the actor's or the
-- pair's number of records. Triggers keep them in step with records and record_parties, whichever
-- code writes those (ingest, curation, merges, deletes).
--   day: the record's on_date, '~' when undated (after every day: undated records list last)
--   shown: 0 for a rejected record, else 1
-- record_pairs holds every pair of parties of a record once, a < b.
ALTER TABLE record_parties ADD COLUMN type TEXT
;;
ALTER TABLE record_parties ADD COLUMN day TEXT
;;
ALTER TABLE record_parties ADD COLUMN shown INTEGER NOT NULL DEFAULT 1
;;
UPDATE record_parties SET
  type = (SELECT r.type FROM records r WHERE r.id = record_parties.record_id),
  day = (SELECT COALESCE(r.on_date, '~') FROM records r WHERE r.id = record_parties.record_id),
  shown = (SELECT CASE WHEN r.review = 'rejected' THEN 0 ELSE 1 END FROM records r WHERE r.id = record_parties.record_id)
;;
CREATE INDEX record_parties_timeline ON record_parties(actor, shown, day, record_id)
;;
CREATE INDEX record_parties_type ON record_parties(actor, type, shown, day, record_id)
;;
CREATE TABLE record_pairs (
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  type TEXT,
  day TEXT,
  shown INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (a, b, record_id)
)
;;
INSERT INTO record_pairs (a, b, record_id, type, day, shown)
  SELECT x.actor, y.actor, x.record_id, x.type, x.day, x.shown
  FROM record_parties x JOIN record_parties y ON y.record_id = x.record_id AND x.actor < y.actor
;;
CREATE INDEX record_pairs_listing ON record_pairs(a, b, type, shown, day, record_id)
;;
CREATE INDEX record_pairs_record ON record_pairs(record_id)
;;
CREATE TRIGGER record_parties_keys AFTER INSERT ON record_parties BEGIN
  UPDATE record_parties SET
    type = (SELECT r.type FROM records r WHERE r.id = new.record_id),
    day = (SELECT COALESCE(r.on_date, '~') FROM records r WHERE r.id = new.record_id),
    shown = COALESCE((SELECT CASE WHEN r.review = 'rejected' THEN 0 ELSE 1 END FROM records r WHERE r.id = new.record_id), 1)
  WHERE actor = new.actor AND record_id = new.record_id;
  INSERT OR IGNORE INTO record_pairs (a, b, record_id, type, day, shown)
    SELECT MIN(p.actor, new.actor), MAX(p.actor, new.actor), new.record_id, r.type, COALESCE(r.on_date, '~'),
      CASE WHEN r.review = 'rejected' THEN 0 ELSE 1 END
    FROM record_parties p JOIN records r ON r.id = p.record_id
    WHERE p.record_id = new.record_id AND p.actor <> new.actor;
END
;;
CREATE TRIGGER record_parties_gone AFTER DELETE ON record_parties BEGIN
  DELETE FROM record_pairs WHERE record_id = old.record_id AND (a = old.actor OR b = old.actor);
END
;;
CREATE TRIGGER records_keys AFTER UPDATE OF type, on_date, review ON records BEGIN
  UPDATE record_parties SET type = new.type, day = COALESCE(new.on_date, '~'),
    shown = CASE WHEN new.review = 'rejected' THEN 0 ELSE 1 END
  WHERE record_id = new.id;
  UPDATE record_pairs SET type = new.type, day = COALESCE(new.on_date, '~'),
    shown = CASE WHEN new.review = 'rejected' THEN 0 ELSE 1 END
  WHERE record_id = new.id;
END
