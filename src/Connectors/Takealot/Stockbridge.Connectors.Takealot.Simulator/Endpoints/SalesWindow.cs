using System.Globalization;

namespace Stockbridge.Connectors.Takealot.Simulator.Endpoints;

/// <summary>
/// A sales date filter: whole days in South African time, both ends included, at most 180 days; with neither end given the
/// last 30 days [obs].
/// </summary>
/// <param name="From">The first day's start.</param>
/// <param name="Until">The last day's end (exclusive).</param>
public sealed record SalesWindow(DateTimeOffset From, DateTimeOffset Until)
{
    /// <summary>The longest window.</summary>
    public const int MaxDays = 180;

    /// <summary>The window the parameters ask for; 400 when a date is malformed or the span exceeds 180 days.</summary>
    public static SalesWindow Parse(string? start, string? end, DateTimeOffset now, bool required)
    {
        if (required && (start is null || end is null)) throw new Wire.TakealotRequestException(400, "start_date and end_date are required.");
        var today = DateOnly.FromDateTime(now.ToOffset(Wire.SaleJson.Sast).DateTime);
        var last = end is null ? today : Day(end, "end_date");
        var first = start is null ? (end is null ? today.AddDays(-30) : last.AddDays(-30)) : Day(start, "start_date");
        if (first > last) throw new Wire.TakealotRequestException(400, "start_date must not be after end_date.");
        if (last.DayNumber - first.DayNumber > MaxDays) throw new Wire.TakealotRequestException(400, $"The date range may not exceed {MaxDays} days.");
        return new SalesWindow(Start(first), Start(last.AddDays(1)));
    }

    /// <summary>Whether a moment falls inside.</summary>
    public bool Contains(DateTimeOffset at) => at >= From && at < Until;

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Wire.SaleJson.Sast);

    private static DateOnly Day(string text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : throw new Wire.TakealotRequestException(400, $"{name} must be a date as YYYY-MM-DD.");
}
