using Npgsql;
using Stockbridge.Bench.Sql;
using Stockbridge.Connectors.Sql.Tests.Support;

namespace Stockbridge.Connectors.Sql.Tests.Bench;

/// <summary>
/// The 1,000,000-variant PostgreSQL read benchmark (bench/Stockbridge.Bench.Sql, figures in docs/benchmarks.md) at a CI size:
/// 30,000 variants in pages of 1,000 are all read once, and the managed heap stays small while they stream.
/// </summary>
public sealed class ReadBenchSmokeTests
{
    [Fact]
    public async Task Thirty_thousand_variants_stream_from_postgresql_with_a_small_heap()
    {
        var admin = await TestDatabaseServer.Postgres.AdminConnectionStringAsync();
        var database = "sb_test_sqlbench_" + Guid.NewGuid().ToString("N")[..8];
        var target = await BenchDatabase.SeedAsync(admin, database, 30_000, TestContext.Current.CancellationToken);
        try
        {
            var result = await ReadBench.RunAsync(target, 30_000, 1_000, TestContext.Current.CancellationToken);

            Assert.Equal(30_000, result.Variants);
            Assert.Equal(10_000, result.Products);
            Assert.Equal(4, result.Samples.Count);
            // Flat: the read holds one page of rows, never the catalogue (30,000 products would be tens of MB).
            Assert.True(result.PeakHeapMb < result.HeapBeforeMb + 40, $"the GC heap grew from {result.HeapBeforeMb:F1} MB to {result.PeakHeapMb:F1} MB");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
