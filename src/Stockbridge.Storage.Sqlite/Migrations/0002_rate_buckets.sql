-- A token bucket per connection shared by every process on this file (ISharedRateBudget).

CREATE TABLE rate_buckets (
    connection_id  TEXT    NOT NULL PRIMARY KEY,
    tokens         REAL    NOT NULL,
    updated_at     INTEGER NOT NULL
);
