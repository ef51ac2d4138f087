using System.Globalization;

namespace Stockbridge.Simulators.Hosting;

/// <summary>
/// A simulator's command line read as <c>--name value</c> pairs (names case-insensitive). Each simulator reads its own
/// flags from it; <see cref="Port"/> is the one they all share.
/// </summary>
public sealed class SimulatorArguments
{
    private readonly Dictionary<string, string> _values;

    private SimulatorArguments(Dictionary<string, string> values) => _values = values;

    /// <summary>
    /// Reads <c>--name value</c> pairs. With <paramref name="known"/> (names without dashes), any other flag is an
    /// <see cref="ArgumentException"/> that lists the known ones.
    /// </summary>
    public static SimulatorArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string>? known = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i += 2)
        {
            var flag = args[i];
            if (!flag.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{flag}'.");
            var name = flag[2..];
            if (known is not null && !known.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw new ArgumentException($"Unknown option {flag}. Use {string.Join(' ', known.Select(k => "--" + k))}.");
            if (i + 1 >= args.Count) throw new ArgumentException($"The option {flag} needs a value.");
            values[name] = args[i + 1];
        }
        return new SimulatorArguments(values);
    }

    /// <summary><c>--port</c>, or 0 (a free port).</summary>
    public int Port => Int("port", 0);

    /// <summary>Whether the flag was given.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The flag's value, or <paramref name="fallback"/>.</summary>
    public string? String(string name, string? fallback = null) => _values.GetValueOrDefault(name, fallback!);

    /// <summary>The flag's value as an integer, or <paramref name="fallback"/>.</summary>
    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var v) ? int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The flag's value as an enum member (case-insensitive), or <paramref name="fallback"/>.</summary>
    public T Enum<T>(string name, T fallback) where T : struct, System.Enum =>
        _values.TryGetValue(name, out var v) ? System.Enum.Parse<T>(v, ignoreCase: true) : fallback;
}
