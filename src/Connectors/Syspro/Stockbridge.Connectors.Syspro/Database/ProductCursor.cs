using System.Globalization;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>
/// The incremental-read cursor. "<c>n</c>": everything with a rowversion up to n has been read. "<c>full:n:CODE</c>":
/// a first (full) read is under way, taken at watermark n, and has read up to StockCode CODE; resuming continues after CODE.
/// </summary>
internal sealed record ProductCursor(long? Watermark, string? FullReadAfter)
{
    public bool IsFullRead => Watermark is null || FullReadAfter is not null;

    public static ProductCursor Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return new(null, null);
        if (long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var watermark)) return new(watermark, null);
        var parts = cursor.Split(':', 3);
        if (parts.Length == 3 && parts[0] == "full" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var snapshot))
            return new(snapshot, parts[2]);
        throw new PermanentConnectorException($"'{cursor}' is not a SYSPRO product cursor.");
    }

    public static string Full(long watermark, string afterCode) => string.Create(CultureInfo.InvariantCulture, $"full:{watermark}:{afterCode}");

    public static string At(long watermark) => watermark.ToString(CultureInfo.InvariantCulture);
}
