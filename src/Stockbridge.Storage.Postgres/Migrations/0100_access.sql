-- Console users and API tokens (issue 8), as in the SQLite schema's 0100. Numbered 0100 so it never collides with the core schema's own steps.

CREATE TABLE users (
    id             TEXT    NOT NULL PRIMARY KEY,
    client_id      TEXT    NOT NULL REFERENCES clients (id),
    email          TEXT    NOT NULL,
    email_lower    TEXT    COLLATE "C" NOT NULL UNIQUE,
    password_hash  TEXT    NOT NULL,
    role           TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL
);
CREATE INDEX ix_users_client ON users (client_id, email_lower);

CREATE TABLE api_tokens (
    id          TEXT    NOT NULL PRIMARY KEY,
    client_id   TEXT    NOT NULL REFERENCES clients (id),
    name        TEXT    NOT NULL,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  BIGINT  NOT NULL,
    revoked_at  BIGINT
);
CREATE INDEX ix_api_tokens_client ON api_tokens (client_id, created_at);
