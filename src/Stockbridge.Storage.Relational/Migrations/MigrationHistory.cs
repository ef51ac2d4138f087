using System.Data.Common;
using Dapper;

namespace Stockbridge.Storage.Relational.Migrations;

/// <summary>The <c>schema_migrations</c> table: which script versions a database has applied (by version; the text is not kept).</summary>
internal static class MigrationHistory
{
    /// <summary>Creates the table if it is missing; <paramref name="integer64"/> is the engine's 64-bit integer type.</summary>
    public static string Create(string integer64) => $"""
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER NOT NULL PRIMARY KEY,
            name        TEXT    NOT NULL,
            applied_at  {integer64}  NOT NULL
        );
        """;

    public const string Current = "SELECT MAX(version) FROM schema_migrations";

    /// <summary>Runs <paramref name="script"/> and records it, inside the caller's transaction.</summary>
    public static async Task ApplyAsync(
        DbConnection connection, DbTransaction transaction, MigrationScript script, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(Sql.Command(script.Sql, null, cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
            new { script.Version, script.Name, AppliedAt = DbTime.ToDb(now) }, cancellationToken, transaction));
    }
}
