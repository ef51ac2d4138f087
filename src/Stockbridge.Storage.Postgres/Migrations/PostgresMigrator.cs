using Dapper;
using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.Relational.Migrations;

namespace Stockbridge.Storage.Postgres.Migrations;

/// <summary>
/// Applies the embedded scripts not yet recorded in <c>schema_migrations</c>, in order, in one transaction that first takes
/// a transaction-scoped advisory lock: nodes starting at once migrate one after the other, and the later ones find
/// nothing left to do. PostgreSQL's DDL is transactional, so a failed script leaves the schema as it was.
/// </summary>
internal sealed class PostgresMigrator(PostgresDatabase database, TimeProvider time)
{
    public Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await AdvisoryLocks.LockAsync(connection, transaction, AdvisoryLocks.Migrations, cancellationToken);
            await connection.ExecuteAsync(Sql.Command(MigrationHistory.Create("BIGINT"), null, cancellationToken, transaction));
            var done = (await connection.QueryAsync<int>(Sql.Command(
                "SELECT version FROM schema_migrations", null, cancellationToken, transaction))).ToHashSet();

            var applied = new List<int>();
            foreach (var script in MigrationScript.LoadAll(typeof(PostgresMigrator).Assembly).Where(script => !done.Contains(script.Version)))
            {
                await MigrationHistory.ApplyAsync(connection, transaction, script, time.GetUtcNow(), cancellationToken);
                applied.Add(script.Version);
            }

            var current = await connection.ExecuteScalarAsync<int?>(Sql.Command(MigrationHistory.Current, null, cancellationToken, transaction));
            return new MigrationReport(applied, current ?? 0);
        }, cancellationToken);
}
