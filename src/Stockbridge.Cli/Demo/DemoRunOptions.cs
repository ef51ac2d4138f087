using Stockbridge.Connectors.Catalog;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Cli.Demo;

/// <summary>The demo command's options. <paramref name="Channel"/> is one channel's key or several, comma-separated (e.g. <c>shopify,takealot</c>).</summary>
internal sealed record DemoRunOptions(string Source, string Channel, int? DurationSeconds, int Port, int StockCodes, TimeSpan OrderEvery, string? Fulfillment = null)
{
    /// <summary>The channel keys, the first being the demo's main channel; an unknown or repeated key is refused naming the known ones.</summary>
    public IReadOnlyList<string> Channels
    {
        get
        {
            var keys = Channel.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var known = ConnectorCatalog.Modules.Where(m => m.Factory.Manifest.Kind.HasFlag(ConnectorKind.Channel)).Select(m => m.Key).ToList();
            if (keys.Length == 0 || keys.Any(k => !known.Contains(k, StringComparer.Ordinal)))
                throw new ArgumentException($"--channel takes channel keys, comma-separated, from: {string.Join(", ", known)} (got '{Channel}').");
            if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Length) throw new ArgumentException($"--channel names a channel twice ('{Channel}').");
            return keys;
        }
    }
}
