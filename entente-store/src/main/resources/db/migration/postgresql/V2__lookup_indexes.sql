-- Indexes behind the lookups of ingest and the dossier. Statements are separated by a line holding only ';;'.
-- Officials of an actor (the dossier lists them by affiliation, in name order).
CREATE INDEX persons_affiliation ON persons(affiliation, name)
;;
-- Which of a record's parties take part (fulfilment offers): covering, so that the table is not read.
CREATE INDEX record_parties_record_actor ON record_parties(record_id, actor)
;;
DROP INDEX record_parties_record
;;
-- Whether a commitment is already fulfilled.
CREATE INDEX status_events_record_status ON status_events(record_id, status)
;;
DROP INDEX status_events_record
