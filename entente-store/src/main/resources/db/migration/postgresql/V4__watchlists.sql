-- Watchlists: what an analyst follows and what she wants to be told about. Statements are separated
-- by a line holding only ';;'. Alerts are derived from the ledger on demand and never stored.
-- actors: actor codes, comma-separated; pairs: "A/B" items, comma-separated; topics: comma-separated;
-- kinds: alert kinds (AlertKind names), comma-separated; due_days: what "soon" means, in days.
CREATE TABLE watchlists (
  name TEXT PRIMARY KEY,
  actors TEXT NOT NULL,
  pairs TEXT NOT NULL,
  topics TEXT NOT NULL,
  kinds TEXT NOT NULL,
  due_days INTEGER NOT NULL,
  created_at TEXT NOT NULL
)
