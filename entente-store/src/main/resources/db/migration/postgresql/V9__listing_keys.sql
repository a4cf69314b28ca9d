-- Keys of the long listings (issue 15): see the SQLite migration of the same name.
--   day: the record's on_date, '~' when undated; shown: 0 for a rejected record, else 1.
-- record_pairs holds every pair of parties of a record once, a < b (byte order: COLLATE "C").
ALTER TABLE record_parties ADD COLUMN type TEXT
;;
ALTER TABLE record_parties ADD COLUMN day TEXT COLLATE "C"
;;
ALTER TABLE record_parties ADD COLUMN shown INTEGER NOT NULL DEFAULT 1
;;
UPDATE record_parties p SET type = r.type, day = COALESCE(r.on_date, '~'),
  shown = CASE WHEN r.review = 'rejected' THEN 0 ELSE 1 END
  FROM records r WHERE r.id = p.record_id
;;
CREATE INDEX record_parties_timeline ON record_parties(actor, shown, day, record_id)
;;
CREATE INDEX record_parties_type ON record_parties(actor, type, shown, day, record_id)
;;
CREATE TABLE record_pairs (
  a TEXT COLLATE "C" NOT NULL,
  b TEXT COLLATE "C" NOT NULL,
  record_id BIGINT NOT NULL,
  type TEXT,
  day TEXT COLLATE "C",
  shown INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (a, b, record_id)
)
;;
INSERT INTO record_pairs (a, b, record_id, type, day, shown)
  SELECT x.actor, y.actor, x.record_id, x.type, x.day, x.shown
  FROM record_parties x JOIN record_parties y
    ON y.record_id = x.record_id AND x.actor COLLATE "C" < y.actor COLLATE "C"
;;
CREATE INDEX record_pairs_listing ON record_pairs(a, b, type, shown, day, record_id)
;;
CREATE INDEX record_pairs_record ON record_pairs(record_id)
;;
CREATE FUNCTION record_parties_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT r.type, COALESCE(r.on_date, '~'), CASE WHEN r.review = 'rejected' THEN 0 ELSE 1 END
    INTO NEW.type, NEW.day, NEW.shown FROM records r WHERE r.id = NEW.record_id;
  NEW.shown := COALESCE(NEW.shown, 1);
  INSERT INTO record_pairs (a, b, record_id, type, day, shown)
    SELECT LEAST(p.actor COLLATE "C", NEW.actor COLLATE "C"), GREATEST(p.actor COLLATE "C", NEW.actor COLLATE "C"),
      NEW.record_id, NEW.type, NEW.day, NEW.shown
    FROM record_parties p WHERE p.record_id = NEW.record_id AND p.actor <> NEW.actor
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$
;;
CREATE TRIGGER record_parties_keys BEFORE INSERT ON record_parties
  FOR EACH ROW EXECUTE FUNCTION record_parties_keys()
;;
CREATE FUNCTION record_parties_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM record_pairs WHERE record_id = OLD.record_id AND (a = OLD.actor OR b = OLD.actor);
  RETURN NULL;
END
$$
;;
CREATE TRIGGER record_parties_gone AFTER DELETE ON record_parties
  FOR EACH ROW EXECUTE FUNCTION record_parties_gone()
;;
CREATE FUNCTION records_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE record_parties SET type = NEW.type, day = COALESCE(NEW.on_date, '~'),
    shown = CASE WHEN NEW.review = 'rejected' THEN 0 ELSE 1 END
  WHERE record_id = NEW.id;
  UPDATE record_pairs SET type = NEW.type, day = COALESCE(NEW.on_date, '~'),
    shown = CASE WHEN NEW.review = 'rejected' THEN 0 ELSE 1 END
  WHERE record_id = NEW.id;
  RETURN NULL;
END
$$
;;
CREATE TRIGGER records_keys AFTER UPDATE OF type, on_date, review ON records
  FOR EACH ROW EXECUTE FUNCTION records_keys()
