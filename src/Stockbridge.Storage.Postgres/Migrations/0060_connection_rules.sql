-- The hub's own rules for a connection (ConnectionRecord.RulesJson: projection rules for a channel, order rules for a source).

ALTER TABLE connections ADD COLUMN IF NOT EXISTS rules_json TEXT NOT NULL DEFAULT '{}';
