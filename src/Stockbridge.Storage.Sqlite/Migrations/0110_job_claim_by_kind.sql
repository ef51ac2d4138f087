-- The claim reads due pending jobs per kind, best first, from this index (no sort, no scan of the whole backlog); the
-- connection id is in the index so jobs of a connection at its limit are skipped without reading their rows.
CREATE INDEX IF NOT EXISTS ix_jobs_pending_by_kind ON jobs (kind, priority DESC, next_run_at, id, connection_id) WHERE state = 'pending';
