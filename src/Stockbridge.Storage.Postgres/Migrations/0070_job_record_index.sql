-- Claim: is a job for this (client, connection, record) already running? Work on one record is serialised.
CREATE INDEX IF NOT EXISTS ix_jobs_running_record ON jobs (client_id, connection_id, key) WHERE state = 'running';
