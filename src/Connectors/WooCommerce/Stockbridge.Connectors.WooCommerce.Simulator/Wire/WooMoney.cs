using System.Globalization;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>Money and dates as WooCommerce writes and reads them: 2-dp strings; ISO 8601 without a zone.</summary>
public static class WooMoney
{
    /// <summary>"19.99".</summary>
    public static string Format(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"" for no price, else the 2-dp string.</summary>
    public static string FormatOptional(decimal? amount) => amount is { } a ? Format(a) : "";

    /// <summary>Rounds to the cent as WooCommerce does.</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>A price field from a request: a string or number; empty or null clears it.</summary>
    public static decimal? ParseOptional(JsonNode? node, string field)
    {
        if (node is null) return null;
        var text = node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        if (text.Length == 0) return null;
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new WooRequestException(WooError.InvalidParam(field, $"{field} is not a valid price"));
    }

    /// <summary>The site-local (here UTC) date without a zone: <c>2026-12-07T01:48:00</c>.</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
