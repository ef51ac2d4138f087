using Dapper;
using Microsoft.Data.Sqlite;
using Stockbridge.Storage.Sqlite.Infrastructure;

namespace Stockbridge.Storage.Tests.Sqlite;

/// <summary>
/// Group commit (<see cref="SqliteGroupCommit"/>): concurrent writes share transactions, yet each is still all-or-nothing
/// on its own and durable when its task completes.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sb-group-commit-").FullName;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ConcurrentWrites_OneThrowsHalfway_OnlyItsRowsAreRolledBackAndOnlyItsCallerSeesTheError()
    {
        var database = await CreateAsync();

        var writes = Enumerable.Range(0, 200).Select(i => database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("INSERT INTO rows (n) VALUES (@N)", new { N = i }, transaction);
            await connection.ExecuteAsync("INSERT INTO rows (n) VALUES (@N)", new { N = 1000 + i }, transaction);
            if (i % 50 == 7) throw new InvalidOperationException($"unit {i} refused");
            return i;
        }, Ct)).ToList();
        var outcomes = await Task.WhenAll(writes.Select(async w => { try { return (object)await w; } catch (InvalidOperationException ex) { return ex.Message; } }));

        outcomes.OfType<string>().ShouldBe(["unit 7 refused", "unit 57 refused", "unit 107 refused", "unit 157 refused"]);
        outcomes.OfType<int>().Count().ShouldBe(196);
        var stored = await ReadAsync(database);
        stored.Count.ShouldBe(392);
        stored.ShouldNotContain(7);
        stored.ShouldNotContain(1007);
        stored.ShouldContain(8);
        stored.ShouldContain(1008);
    }

    [Fact]
    public async Task Write_Completed_IsOnDiskForAFreshConnection()
    {
        var database = await CreateAsync();

        await database.WriteAsync((connection, transaction) => connection.ExecuteAsync("INSERT INTO rows (n) VALUES (42)", transaction: transaction), Ct);

        await using var other = new SqliteConnection($"Data Source={database.FullPath};Pooling=False");
        await other.OpenAsync(Ct);
        (await other.ExecuteScalarAsync<long>("SELECT n FROM rows")).ShouldBe(42);
    }

    [Fact]
    public async Task WriteInsideAWrite_IsRefusedInsteadOfWaitingForItself()
    {
        var database = await CreateAsync();

        var error = await Should.ThrowAsync<InvalidOperationException>(database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("INSERT INTO rows (n) VALUES (1)", transaction: transaction);
            return await database.WriteAsync((c, t) => c.ExecuteAsync("INSERT INTO rows (n) VALUES (2)", transaction: t), Ct);
        }, Ct));

        error.Message.ShouldContain("cannot start another store write");
        (await ReadAsync(database)).ShouldBeEmpty();
        (await database.WriteAsync((c, t) => c.ExecuteAsync("INSERT INTO rows (n) VALUES (3)", transaction: t), Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Write_CancelledBeforeItRuns_WritesNothing()
    {
        var database = await CreateAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(database.WriteAsync(
            (c, t) => c.ExecuteAsync("INSERT INTO rows (n) VALUES (1)", transaction: t), cancelled.Token));

        (await ReadAsync(database)).ShouldBeEmpty();
    }

    private async Task<SqliteDatabase> CreateAsync()
    {
        var database = new SqliteDatabase(Path.Combine(_directory, $"{Guid.NewGuid():N}.db"), TimeSpan.FromSeconds(5));
        await database.WriteAsync((c, t) => c.ExecuteAsync("CREATE TABLE rows (n INTEGER NOT NULL)", transaction: t), Ct);
        return database;
    }

    private static Task<List<long>> ReadAsync(SqliteDatabase database) =>
        database.ReadAsync(async c => (await c.QueryAsync<long>("SELECT n FROM rows ORDER BY n")).AsList(), Ct);
}
