using System.Globalization;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>
/// The incremental-read cursor: the latest change marker read (a date/time or a growing number), as opaque text. The next read
/// starts at the marker less the overlap window (dates) or at the marker itself (numbers), so re-reads are possible and skips are not.
/// </summary>
public static class ChangeCursor
{
    /// <summary>The cursor of a read that must start again from the beginning (a first read cut short).</summary>
    public const string Everything = "all";

    /// <summary>The cursor text of a marker.</summary>
    public static string Write(object marker) => marker switch
    {
        DateTime d => string.Create(CultureInfo.InvariantCulture, $"d:{d.Ticks}:{(int)d.Kind}"),
        long n => string.Create(CultureInfo.InvariantCulture, $"n:{n}"),
        _ => throw new ArgumentException($"A change marker is a DateTime or a long, not {marker.GetType().Name}.", nameof(marker)),
    };

    /// <summary>The lower bound of the next read (the marker less <paramref name="overlap"/> for dates); null to read everything.</summary>
    public static object? Since(string cursor, TimeSpan overlap)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        if (cursor == Everything) return null;
        try
        {
            return cursor.Split(':') switch
            {
                ["d", var ticks, var kind] => Earlier(new DateTime(long.Parse(ticks, CultureInfo.InvariantCulture), (DateTimeKind)int.Parse(kind, CultureInfo.InvariantCulture)), overlap),
                ["n", var number] => long.Parse(number, CultureInfo.InvariantCulture),
                _ => throw new FormatException("unknown form"),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new PermanentConnectorException($"The incremental cursor '{cursor}' is not one this connector wrote ({e.Message}).");
        }
    }

    private static DateTime Earlier(DateTime marker, TimeSpan overlap) => marker.Ticks > overlap.Ticks ? marker - overlap : DateTime.MinValue;
}
