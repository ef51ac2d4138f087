using System.Globalization;

namespace Stockbridge.Connectors.Takealot.Orders;

/// <summary>Takealot's dates: <c>yyyy-MM-dd HH:mm:ss</c> in South African time (UTC+2, no daylight saving) [guess], and filter days.</summary>
public static class TakealotDates
{
    /// <summary>South African Standard Time.</summary>
    public static readonly TimeSpan Sast = TimeSpan.FromHours(2);

    /// <summary>A sale's <c>order_date</c>; also accepts ISO 8601 with an offset.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local, Sast);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) ? iso : null;
    }

    /// <summary>The South African calendar day of a moment, as a filter date.</summary>
    public static string Day(DateTimeOffset at) => at.ToOffset(Sast).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
