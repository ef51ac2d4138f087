-- Parked jobs (issue 15): while a connection is disabled its waiting jobs are kept in state 'parked' and never claimed.
-- Two small indexes hold parked jobs only (the claim's indexes are unchanged): enabling the connection resumes its
-- parked jobs through the first; a job enqueued meanwhile coalesces with its record's parked job through the second.
-- Parking itself reads the pending jobs through the existing pending indexes.
CREATE INDEX IF NOT EXISTS ix_jobs_parked_connection ON jobs (connection_id, client_id) WHERE state = 'parked';
CREATE INDEX IF NOT EXISTS ix_jobs_parked_key ON jobs (client_id, kind, key) WHERE state = 'parked' AND key IS NOT NULL;
