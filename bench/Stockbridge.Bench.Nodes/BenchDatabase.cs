using Microsoft.Data.Sqlite;
using Npgsql;

namespace Stockbridge.Bench.Nodes;

/// <summary>A fresh database for one run (a new PostgreSQL database, or a new SQLite file), with the raw SQL the bench needs.</summary>
internal sealed class BenchDatabase(string location, string? postgresAdmin, string? directory)
{
    public string Location { get; } = location;

    public bool IsPostgres => postgresAdmin is not null;

    public static async Task<BenchDatabase> CreateAsync(bool postgres, string postgresAdmin)
    {
        if (!postgres)
        {
            var directory = Directory.CreateTempSubdirectory("stockbridge-bench-nodes-").FullName;
            return new BenchDatabase(Path.Combine(directory, "hub.db"), null, directory);
        }
        var name = $"sb_bench_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(postgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new BenchDatabase(new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name }.ConnectionString, postgresAdmin, null);
    }

    /// <summary>Runs one statement with a <c>@now</c> parameter (microseconds) and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, long now = 0)
    {
        if (IsPostgres)
        {
            await using var connection = new NpgsqlConnection(Location);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("now", now);
            return await command.ExecuteScalarAsync();
        }
        await using var sqlite = new SqliteConnection($"Data Source={Location}");
        await sqlite.OpenAsync();
        await using var sqliteCommand = sqlite.CreateCommand();
        sqliteCommand.CommandText = sql;
        sqliteCommand.Parameters.AddWithValue("@now", now);
        return await sqliteCommand.ExecuteScalarAsync();
    }

    public async Task DropAsync()
    {
        if (directory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(postgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(Location).Database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
