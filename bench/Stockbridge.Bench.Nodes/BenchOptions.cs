using System.Globalization;

namespace Stockbridge.Bench.Nodes;

/// <summary>Jobs per run, slots per node, the handler's work per job, and the PostgreSQL server to use.</summary>
internal sealed record BenchOptions(int Jobs, int Slots, int WorkMilliseconds, string PostgresAdmin)
{
    public static BenchOptions Parse(string[] args) => new(
        Jobs: Int(args, "--jobs", 5000),
        Slots: Int(args, "--slots", 8),
        WorkMilliseconds: Int(args, "--work-ms", 0),
        PostgresAdmin: Value(args, "--postgres") ?? Environment.GetEnvironmentVariable("STOCKBRIDGE_TEST_POSTGRES")
            ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres");

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Int(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
