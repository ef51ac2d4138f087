using Dapper;
using Stockbridge.Storage.Relational.Migrations;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Migrations;

/// <summary>
/// Applies the embedded scripts not yet recorded in <c>schema_migrations</c>, in order, in one transaction that first takes
/// a transaction-scoped advisory lock: nodes starting at once migrate one after the other, and the later ones find
/// nothing left to do. PostgreSQL's DDL is transactional, so a failed script leaves the schema as it was.
/// </summary>
internal sealed class PostgresMigrator(PostgresDatabase database, TimeProvider time)
{
    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER NOT NULL PRIMARY KEY,
            name        TEXT    NOT NULL,
            applied_at  BIGINT  NOT NULL
        );
        """;

    public Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await AdvisoryLocks.LockAsync(connection, transaction, AdvisoryLocks.Migrations, cancellationToken);
            await connection.ExecuteAsync(Sql.Command(CreateHistory, null, cancellationToken, transaction));
            var done = (await connection.QueryAsync<int>(Sql.Command(
                "SELECT version FROM schema_migrations", null, cancellationToken, transaction))).ToHashSet();

            var applied = new List<int>();
            foreach (var script in MigrationScript.LoadAll(typeof(PostgresMigrator).Assembly).Where(script => !done.Contains(script.Version)))
            {
                await connection.ExecuteAsync(Sql.Command(script.Sql, null, cancellationToken, transaction));
                await connection.ExecuteAsync(Sql.Command(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { script.Version, script.Name, AppliedAt = DbTime.ToDb(time.GetUtcNow()) }, cancellationToken, transaction));
                applied.Add(script.Version);
            }

            var current = await connection.ExecuteScalarAsync<int?>(Sql.Command(
                "SELECT MAX(version) FROM schema_migrations", null, cancellationToken, transaction));
            return new MigrationReport(applied, current ?? 0);
        }, cancellationToken);
}
