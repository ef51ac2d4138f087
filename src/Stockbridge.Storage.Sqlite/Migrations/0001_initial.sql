-- Stockbridge store, version 1. Times are INTEGER microseconds since the Unix epoch (UTC).
-- Every tenant table carries client_id and every tenant query filters by it.

CREATE TABLE clients (
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE connections (
    id                 TEXT    NOT NULL PRIMARY KEY,
    client_id          TEXT    NOT NULL REFERENCES clients (id),
    connector_key      TEXT    NOT NULL,
    name               TEXT    NOT NULL,
    settings_json      TEXT    NOT NULL,
    secrets_protected  TEXT    NOT NULL,
    enabled            INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX ix_connections_client ON connections (client_id, id);

CREATE TABLE records (
    client_id   TEXT    NOT NULL REFERENCES clients (id),
    entity      TEXT    NOT NULL,
    key         TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    json        TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    origin      TEXT,
    PRIMARY KEY (client_id, entity, key)
);

CREATE TABLE links (
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    connection_id  TEXT    NOT NULL REFERENCES connections (id),
    entity         TEXT    NOT NULL,
    key            TEXT    NOT NULL,
    external_id    TEXT    NOT NULL,
    ids_json       TEXT    NOT NULL,
    pushed_hash    TEXT,
    pushed_at      INTEGER,
    PRIMARY KEY (client_id, connection_id, entity, key)
);
CREATE INDEX ix_links_external ON links (connection_id, entity, external_id);

CREATE TABLE audit (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    entity         TEXT    NOT NULL,
    key            TEXT    NOT NULL,
    at             INTEGER NOT NULL,
    action         TEXT    NOT NULL,
    connection_id  TEXT,
    job_id         INTEGER,
    detail         TEXT    NOT NULL,
    hash           TEXT
);
CREATE INDEX ix_audit_record ON audit (client_id, entity, key, id);

CREATE TABLE jobs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id        TEXT    NOT NULL REFERENCES clients (id),
    connection_id    TEXT,
    kind             TEXT    NOT NULL,
    key              TEXT,
    idempotency_key  TEXT,
    payload          TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    failures         INTEGER NOT NULL DEFAULT 0,
    priority         INTEGER NOT NULL DEFAULT 0,
    next_run_at      INTEGER NOT NULL,
    lease_owner      TEXT,
    lease_expires_at INTEGER,
    lease_token      INTEGER NOT NULL DEFAULT 0,
    last_error_kind  TEXT,
    last_error       TEXT,
    result           TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
-- Claim: due pending jobs by state and run time, best first.
CREATE INDEX ix_jobs_claim ON jobs (state, next_run_at, priority DESC, id);
-- Claim: running jobs whose lease ran out; per-connection running counts.
CREATE INDEX ix_jobs_lease ON jobs (state, lease_expires_at);
CREATE INDEX ix_jobs_connection_state ON jobs (connection_id, state, lease_expires_at);
-- Coalescing lookup: the pending job for (client, connection, kind, key).
CREATE INDEX ix_jobs_coalesce ON jobs (client_id, kind, key, state) WHERE key IS NOT NULL;
-- Idempotency: one job per key per client, in any state.
CREATE UNIQUE INDEX ux_jobs_idempotency ON jobs (client_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- Console listing, newest first.
CREATE INDEX ix_jobs_client ON jobs (client_id, id);

CREATE TABLE job_attempts (
    job_id      INTEGER NOT NULL REFERENCES jobs (id),
    number      INTEGER NOT NULL,
    worker      TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER,
    outcome     TEXT    NOT NULL,
    error       TEXT,
    PRIMARY KEY (job_id, number)
);

CREATE TABLE inbox (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    connection_id  TEXT    NOT NULL REFERENCES connections (id),
    delivery_id    TEXT    NOT NULL,
    topic          TEXT,
    body           BLOB    NOT NULL,
    headers_json   TEXT    NOT NULL,
    received_at    INTEGER NOT NULL,
    job_id         INTEGER REFERENCES jobs (id),
    UNIQUE (connection_id, delivery_id)
);
CREATE INDEX ix_inbox_client ON inbox (client_id, connection_id);

CREATE TABLE cursors (
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    connection_id  TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    cursor_value   TEXT    NOT NULL,
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (client_id, connection_id, name)
);

CREATE TABLE leases (
    name        TEXT    NOT NULL PRIMARY KEY,
    owner       TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
);
