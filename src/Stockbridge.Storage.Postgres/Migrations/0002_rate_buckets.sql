-- A token bucket per connection shared by every node (ISharedRateBudget), and the Data Protection key ring that
-- every node shares when no key directory is configured.

CREATE TABLE rate_buckets (
    connection_id  TEXT              NOT NULL PRIMARY KEY,
    tokens         DOUBLE PRECISION  NOT NULL,
    updated_at     BIGINT            NOT NULL
);

CREATE TABLE data_protection_keys (
    name        TEXT    NOT NULL PRIMARY KEY,
    xml         TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);
