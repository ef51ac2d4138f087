using Microsoft.Data.Sqlite;

namespace Stockbridge.Engine.Testing;

/// <summary>
/// The crash test's record of what job handlers did, in its own SQLite file shared by the worker processes.
/// <c>effects</c> deliberately has no unique constraint: a handler that applied its effect twice would leave two rows,
/// so "one row per key" is a real observation, not something the schema forces. <c>executions</c> logs every handler
/// start, to show the crashes really did make jobs run again.
/// </summary>
public sealed class EffectLedger(string path)
{
    public const string JobKind = "effect.apply";

    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();

    public void CreateSchema() => Execute("""
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS effects (idem_key TEXT NOT NULL, job_id INTEGER NOT NULL, lease_token INTEGER NOT NULL, worker TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS executions (idem_key TEXT NOT NULL, job_id INTEGER NOT NULL, lease_token INTEGER NOT NULL, worker TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS skips (idem_key TEXT NOT NULL, job_id INTEGER NOT NULL, lease_token INTEGER NOT NULL, worker TEXT NOT NULL);
        """);

    public void RecordExecution(string key, long jobId, long leaseToken, string worker) =>
        Execute("INSERT INTO executions VALUES ($k, $j, $t, $w)", key, jobId, leaseToken, worker);

    /// <summary>Check-then-write in one IMMEDIATE transaction: true when this call applied the effect, false when it already was.</summary>
    public bool ApplyOnce(string key, long jobId, long leaseToken, string worker)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var check = Command(connection, "SELECT COUNT(*) FROM effects WHERE idem_key = $k", key, jobId, leaseToken, worker);
        var applied = (long)check.ExecuteScalar()! == 0;
        using var write = Command(connection, applied ? "INSERT INTO effects VALUES ($k, $j, $t, $w)" : "INSERT INTO skips VALUES ($k, $j, $t, $w)", key, jobId, leaseToken, worker);
        write.ExecuteNonQuery();
        transaction.Commit();
        return applied;
    }

    /// <summary>Rows per key in a table (effects, executions or skips).</summary>
    public Dictionary<string, long> CountByKey(string table)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT idem_key, COUNT(*) FROM {table} GROUP BY idem_key";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    private void Execute(string sql, params object[] values)
    {
        using var connection = Open();
        using var command = Command(connection, sql, values);
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params object[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = (string[])["$k", "$j", "$t", "$w"];
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue(names[i], values[i]);
        return command;
    }
}
