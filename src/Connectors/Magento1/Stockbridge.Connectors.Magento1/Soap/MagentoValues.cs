using System.Globalization;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Magento1.Soap;

/// <summary>Magento's wire values: amounts and quantities as decimal strings (<c>123.4500</c>), dates as <c>yyyy-MM-dd HH:mm:ss</c> in UTC.</summary>
public static class MagentoValues
{
    /// <summary>The date format of Magento's API.</summary>
    public const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>A time as Magento's API filters on it (UTC).</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A Magento date, or null when absent or unreadable.</summary>
    public static DateTimeOffset? ParseDate(string? text) =>
        DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;

    /// <summary>An amount or quantity as Magento reads it.</summary>
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>An amount Magento sent, 0 when absent; a value that is not a number is a permanent error naming the field.</summary>
    public static decimal Amount(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0m;
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PermanentConnectorException($"Magento sent {field} '{Clip(text)}', which is not a number.");
    }

    /// <summary>An amount Magento sent, or null when absent.</summary>
    public static decimal? OptionalAmount(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : Amount(text, field);

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
