-- Open records: ones that still need work (orders not yet raised into the source). The oversell guard sums the lines
-- of open orders on every stock push; indexed, it no longer reads every order the client ever had.
ALTER TABLE records ADD COLUMN open INTEGER NOT NULL DEFAULT 0;
UPDATE records SET open = 1 WHERE entity = 'order' AND json_extract(json, '$.state') IN ('received', 'validated', 'failed');
CREATE INDEX IF NOT EXISTS ix_records_open ON records (client_id, entity, key) WHERE open = 1;
