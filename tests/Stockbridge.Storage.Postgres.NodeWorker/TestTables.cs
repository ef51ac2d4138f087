namespace Stockbridge.Storage.Postgres.NodeWorker;

/// <summary>
/// What the many-nodes test reads besides the store's own tables. Neither table has a unique constraint: "one effect per
/// idempotency key" and "no two pulls at once" must come from the store and the handler, not from the schema.
/// </summary>
internal static class TestTables
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS test_effects (
            idempotency_key  TEXT        NOT NULL,
            job_id           BIGINT      NOT NULL,
            node             TEXT        NOT NULL,
            lease_token      BIGINT      NOT NULL,
            applied_at       TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_test_effects_key ON test_effects (idempotency_key);
        CREATE TABLE IF NOT EXISTS test_effect_repeats (
            idempotency_key  TEXT        NOT NULL,
            job_id           BIGINT      NOT NULL,
            node             TEXT        NOT NULL,
            seen_at          TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS test_pull_runs (
            id                BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            node              TEXT    NOT NULL,
            started_at        BIGINT  NOT NULL,
            ended_at          BIGINT,
            lease_expires_at  BIGINT  NOT NULL
        );
        """;
}
