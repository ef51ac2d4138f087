using System.Globalization;

namespace Stockbridge.Bench.Syspro;

/// <summary>
/// Options of the raise step: --orders N, --latency-ms N (every e.net call), --jobs N (concurrent raise jobs, as the
/// engine's per-connection limit), --timeouts P (chance a SORTOI post commits and then loses its reply), --lines N
/// (stock lines per order), --seats N (licence seats of the operator and of the connection), --max-attempts N.
/// </summary>
internal sealed record RaiseArguments(int Orders, int LatencyMs, int Jobs, double Timeouts, int Lines, int Seats, int MaxAttempts)
{
    public static RaiseArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i]] = args[i + 1];
        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new RaiseArguments(
            Int("--orders", 500), Int("--latency-ms", 300), Int("--jobs", 4),
            values.TryGetValue("--timeouts", out var t) ? double.Parse(t, CultureInfo.InvariantCulture) : 0,
            Int("--lines", 1), Int("--seats", 1), Int("--max-attempts", 10));
    }
}
