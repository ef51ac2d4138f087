using System.Diagnostics;
using Npgsql;

namespace Stockbridge.Storage.Postgres.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use: <c>STOCKBRIDGE_TEST_POSTGRES</c> when set (eng/test.sh sets it), otherwise the
/// private server of <c>eng/postgres-test-server.sh</c>, started here (and stopped when this process exits, if we started
/// it). When neither works the tests fail: they are never skipped.
/// </summary>
internal static class PostgresTestServer
{
    public const string Variable = "STOCKBRIDGE_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(FindOrStartAsync);

    /// <summary>A connection string to the server's maintenance database (superuser).</summary>
    public static Task<string> AdminConnectionStringAsync() => Server.Value;

    /// <summary>Creates a fresh, empty database <c>sb_test_&lt;random&gt;</c> and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await AdminConnectionStringAsync();
        var name = $"sb_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing any connection still open on it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("No database in the connection string.", nameof(connectionString));
        if (!name.StartsWith("sb_test_", StringComparison.Ordinal)) throw new ArgumentException($"Refusing to drop {name}.", nameof(connectionString));
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(await AdminConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> FindOrStartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return given;
        var script = FindScript();
        var wasRunning = (await RunScriptAsync(script, "status")).ExitCode == 0;
        var (exitCode, output) = await RunScriptAsync(script, "start");
        var connectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (exitCode != 0 || connectionString is null || !connectionString.StartsWith("Host=", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"PostgreSQL is needed by these tests and could not be started: set {Variable} or make `{script} start` work. Output: {output}");
        }
        if (!wasRunning) AppDomain.CurrentDomain.ProcessExit += (_, _) => RunScriptAsync(script, "stop").GetAwaiter().GetResult();
        return connectionString;
    }

    private static string FindScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "eng", "postgres-test-server.sh");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"eng/postgres-test-server.sh not found above {AppContext.BaseDirectory}; set {Variable}.");
    }

    private static async Task<(int ExitCode, string Output)> RunScriptAsync(string script, string verb)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(verb);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
