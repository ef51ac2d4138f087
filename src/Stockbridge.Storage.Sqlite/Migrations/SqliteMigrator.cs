using Dapper;
using Stockbridge.Storage.Relational.Migrations;
using Stockbridge.Storage.Sqlite.Infrastructure;

namespace Stockbridge.Storage.Sqlite.Migrations;

/// <summary>
/// Applies the embedded scripts not yet recorded in <c>schema_migrations</c>, in order, each in its own
/// <c>BEGIN IMMEDIATE</c> transaction that re-checks the version first, so several processes may migrate at once.
/// </summary>
internal sealed class SqliteMigrator(SqliteDatabase database, TimeProvider time)
{
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        await database.WriteAsync((connection, transaction) =>
            connection.ExecuteAsync(Sql.Command(MigrationHistory.Create("INTEGER"), null, cancellationToken, transaction)), cancellationToken);

        var applied = new List<int>();
        foreach (var script in MigrationScript.LoadAll(typeof(SqliteMigrator).Assembly))
        {
            if (await ApplyAsync(script, cancellationToken)) applied.Add(script.Version);
        }

        var current = await database.ReadAsync(connection => connection.ExecuteScalarAsync<int?>(
            Sql.Command(MigrationHistory.Current, null, cancellationToken)), cancellationToken);
        return new MigrationReport(applied, current ?? 0);
    }

    private Task<bool> ApplyAsync(MigrationScript script, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var done = await connection.ExecuteScalarAsync<long>(Sql.Command(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version", new { script.Version }, cancellationToken, transaction));
            if (done > 0) return false;

            await MigrationHistory.ApplyAsync(connection, transaction, script, time.GetUtcNow(), cancellationToken);
            return true;
        }, cancellationToken);
}
