-- The outbox relay: an event's jobs are created after its transaction commits, by the worker's relay,
-- in bulk. relayed_at marks events whose jobs exist; events already in the table had their jobs
-- created with them.
ALTER TABLE events ADD COLUMN relayed_at timestamptz;
UPDATE events SET relayed_at = created_at;
CREATE INDEX events_unrelayed ON events (id) WHERE relayed_at IS NULL;
