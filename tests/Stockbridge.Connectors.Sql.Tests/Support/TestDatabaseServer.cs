using System.Diagnostics;

namespace Stockbridge.Connectors.Sql.Tests.Support;

/// <summary>
/// A database server the tests use: the connection string in an environment variable when set (eng/test.sh sets them),
/// otherwise the private server of an eng/ script, started here (and stopped when this process exits, if we started it).
/// When neither works the tests fail: they are never skipped.
/// </summary>
public sealed class TestDatabaseServer(string variable, string script)
{
    private readonly Lazy<Task<string>> _server = new(() => FindOrStartAsync(variable, script));

    /// <summary>PostgreSQL: STOCKBRIDGE_TEST_POSTGRES or eng/postgres-test-server.sh.</summary>
    public static TestDatabaseServer Postgres { get; } = new("STOCKBRIDGE_TEST_POSTGRES", "postgres-test-server.sh");

    /// <summary>MariaDB: STOCKBRIDGE_TEST_MARIADB or eng/mariadb-test-server.sh.</summary>
    public static TestDatabaseServer MariaDb { get; } = new("STOCKBRIDGE_TEST_MARIADB", "mariadb-test-server.sh");

    /// <summary>A connection string of a login that may create databases and logins.</summary>
    public Task<string> AdminConnectionStringAsync() => _server.Value;

    private static async Task<string> FindOrStartAsync(string variable, string script)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given) return given;
        var path = FindScript(script, variable);
        var wasRunning = (await RunAsync(path, "status")).ExitCode == 0;
        var (exitCode, output) = await RunAsync(path, "start");
        var connectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (exitCode != 0 || connectionString is null || !connectionString.Contains('=', StringComparison.Ordinal))
            throw new InvalidOperationException($"A database server is needed by these tests and could not be started: set {variable} or make `{path} start` work. Output: {output}");
        if (!wasRunning) AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAsync(path, "stop").GetAwaiter().GetResult();
        return connectionString;
    }

    private static string FindScript(string script, string variable)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "eng", script);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"eng/{script} not found above {AppContext.BaseDirectory}; set {variable}.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, string verb)
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
