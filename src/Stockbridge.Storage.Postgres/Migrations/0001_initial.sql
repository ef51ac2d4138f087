-- Stockbridge store on PostgreSQL, version 1: the same tables, columns and meanings as the SQLite schema's version 1.
-- Times are BIGINT microseconds since the Unix epoch (UTC), stamped by the hub's clock, exactly as on SQLite.
-- Every tenant table carries client_id and every tenant query filters by it. Keys that are listed in order use the
-- "C" collation, so keyset paging sorts by bytes as SQLite does, whatever the database's locale.

CREATE TABLE clients (
    id          TEXT    COLLATE "C" NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);

CREATE TABLE connections (
    id                 TEXT    COLLATE "C" NOT NULL PRIMARY KEY,
    client_id          TEXT    NOT NULL REFERENCES clients (id),
    connector_key      TEXT    NOT NULL,
    name               TEXT    NOT NULL,
    settings_json      TEXT    NOT NULL,
    secrets_protected  TEXT    NOT NULL,
    enabled            BOOLEAN NOT NULL,
    created_at         BIGINT  NOT NULL,
    updated_at         BIGINT  NOT NULL
);
CREATE INDEX ix_connections_client ON connections (client_id, id);

CREATE TABLE records (
    client_id   TEXT    NOT NULL REFERENCES clients (id),
    entity      TEXT    NOT NULL,
    key         TEXT    COLLATE "C" NOT NULL,
    hash        TEXT    NOT NULL,
    json        TEXT    NOT NULL,
    version     BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    origin      TEXT,
    PRIMARY KEY (client_id, entity, key)
);

CREATE TABLE links (
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    connection_id  TEXT    NOT NULL REFERENCES connections (id),
    entity         TEXT    NOT NULL,
    key            TEXT    COLLATE "C" NOT NULL,
    external_id    TEXT    NOT NULL,
    ids_json       TEXT    NOT NULL,
    pushed_hash    TEXT,
    pushed_at      BIGINT,
    PRIMARY KEY (client_id, connection_id, entity, key)
);
CREATE INDEX ix_links_external ON links (connection_id, entity, external_id);

CREATE TABLE audit (
    id             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    entity         TEXT    NOT NULL,
    key            TEXT    NOT NULL,
    at             BIGINT  NOT NULL,
    action         TEXT    NOT NULL,
    connection_id  TEXT,
    job_id         BIGINT,
    detail         TEXT    NOT NULL,
    hash           TEXT
);
CREATE INDEX ix_audit_record ON audit (client_id, entity, key, id);

CREATE TABLE jobs (
    id               BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    next_run_at      BIGINT  NOT NULL,
    lease_owner      TEXT,
    lease_expires_at BIGINT,
    lease_token      BIGINT  NOT NULL DEFAULT 0,
    last_error_kind  TEXT,
    last_error       TEXT,
    result           TEXT,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);
-- Claim: due pending jobs, best first (partial: finished jobs never slow the claim down).
CREATE INDEX ix_jobs_due ON jobs (priority DESC, next_run_at, id) WHERE state = 'pending';
-- Claim: running jobs whose lease ran out; per-connection running counts.
CREATE INDEX ix_jobs_lease ON jobs (lease_expires_at) WHERE state = 'running';
CREATE INDEX ix_jobs_connection_running ON jobs (connection_id, lease_expires_at) WHERE state = 'running';
-- Coalescing lookup: the pending job for (client, connection, kind, key).
CREATE INDEX ix_jobs_coalesce ON jobs (client_id, kind, key) WHERE key IS NOT NULL AND state = 'pending';
-- Idempotency: one job per key per client, in any state.
CREATE UNIQUE INDEX ux_jobs_idempotency ON jobs (client_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- Console listing, newest first.
CREATE INDEX ix_jobs_client ON jobs (client_id, id);

CREATE TABLE job_attempts (
    job_id      BIGINT  NOT NULL REFERENCES jobs (id),
    number      INTEGER NOT NULL,
    worker      TEXT    NOT NULL,
    started_at  BIGINT  NOT NULL,
    ended_at    BIGINT,
    outcome     TEXT    NOT NULL,
    error       TEXT,
    PRIMARY KEY (job_id, number)
);

CREATE TABLE inbox (
    id             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    connection_id  TEXT    NOT NULL REFERENCES connections (id),
    delivery_id    TEXT    NOT NULL,
    topic          TEXT,
    body           BYTEA   NOT NULL,
    headers_json   TEXT    NOT NULL,
    received_at    BIGINT  NOT NULL,
    job_id         BIGINT  REFERENCES jobs (id),
    UNIQUE (connection_id, delivery_id)
);
CREATE INDEX ix_inbox_client ON inbox (client_id, connection_id);

CREATE TABLE leases (
    name        TEXT    NOT NULL PRIMARY KEY,
    owner       TEXT    NOT NULL,
    expires_at  BIGINT  NOT NULL
);

CREATE TABLE cursors (
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    connection_id  TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    cursor_value   TEXT    NOT NULL,
    updated_at     BIGINT  NOT NULL,
    PRIMARY KEY (client_id, connection_id, name)
);
