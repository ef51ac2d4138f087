-- A job changes state twice after it is queued (pending -> running -> succeeded or failed), and every index keyed on its
-- state or lease is rewritten at each change, in every commit. The engine reads only pending and running jobs through
-- these indexes, so they now hold only those: a handful of hot pages, and a finished job leaves them instead of being
-- re-filed under its final state. Running jobs (at most every worker's slots) are read through ix_jobs_running_record;
-- due pending jobs through ix_jobs_pending_by_kind (claims) and ix_jobs_pending_due (when to wake); coalescing through
-- ix_jobs_pending_key. Lists and counts for the console go by client (ix_jobs_client), as before.
DROP INDEX IF EXISTS ix_jobs_claim;
DROP INDEX IF EXISTS ix_jobs_lease;
DROP INDEX IF EXISTS ix_jobs_connection_state;
DROP INDEX IF EXISTS ix_jobs_coalesce;
CREATE INDEX IF NOT EXISTS ix_jobs_pending_due ON jobs (next_run_at) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS ix_jobs_pending_key ON jobs (client_id, kind, key) WHERE state = 'pending' AND key IS NOT NULL;
