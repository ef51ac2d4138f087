using System.Globalization;

namespace Stockbridge.Connectors.Magento2.Simulator.Wire;

/// <summary>Magento's dates: server time (UTC) as <c>yyyy-MM-dd HH:mm:ss</c>, no zone.</summary>
public static class WireDates
{
    /// <summary>The wire form.</summary>
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
