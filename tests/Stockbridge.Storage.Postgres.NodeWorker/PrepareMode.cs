using Npgsql;

namespace Stockbridge.Storage.Postgres.NodeWorker;

/// <summary>Migrates the store and, on PostgreSQL, creates the test tables; run once before the nodes start.</summary>
internal static class PrepareMode
{
    public static async Task<int> RunAsync(string location)
    {
        await using (var store = await NodeStore.OpenMigratedAsync(location))
        {
            Console.WriteLine($"migrated {store.Describe()}");
        }
        if (!NodeStore.IsPostgres(location)) return 0;
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(TestTables.Create, connection);
        await command.ExecuteNonQueryAsync();
        return 0;
    }
}
