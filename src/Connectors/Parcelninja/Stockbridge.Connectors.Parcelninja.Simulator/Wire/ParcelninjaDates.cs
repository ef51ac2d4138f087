using System.Globalization;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Wire;

/// <summary>Parcelninja's date conventions: input dates <c>YYYYMMDD</c>, output timestamps <c>yyyyMMddHHmmss</c> in UTC.</summary>
public static class ParcelninjaDates
{
    /// <summary>An output timestamp, e.g. <c>20261207031500</c>.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>An input date (<c>YYYYMMDD</c>), or a 400 naming the parameter.</summary>
    public static DateOnly InputDate(string value, string name) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ParcelninjaRequestException(400, $"{name} '{value}' is not a date in the format YYYYMMDD.");
}
