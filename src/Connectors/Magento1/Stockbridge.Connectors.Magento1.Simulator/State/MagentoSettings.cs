namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>The store's configuration the API's answers depend on.</summary>
public sealed record MagentoSettings
{
    /// <summary>The API user (System &gt; Web Services &gt; SOAP/XML-RPC Users).</summary>
    public required string ApiUser { get; init; }
    /// <summary>Its API key.</summary>
    public required string ApiKey { get; init; }
    /// <summary>Client Session Timeout (Magento's default: 3600 s).</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromHours(1);
    /// <summary>Tax on lines and shipping, in percent (prices are entered ex tax).</summary>
    public decimal TaxPercent { get; init; } = 15m;
    /// <summary>The flat shipping rate per order, ex tax.</summary>
    public decimal FlatShipping { get; init; } = 50m;
    /// <summary>Coupon codes and their percentage off every line.</summary>
    public IReadOnlyDictionary<string, decimal> Coupons { get; init; } = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["COMPLY10"] = 10m, ["SAVE10"] = 10m };
    /// <summary>The store's currency.</summary>
    public string Currency { get; init; } = "ZAR";

    /// <summary>
    /// The percentage a coupon takes off, or null for a code the store does not have: the named <see cref="Coupons"/>, and the
    /// seeded demo rules <c>DEMO5</c> … <c>DEMO25</c> (that many percent off).
    /// </summary>
    public decimal? CouponPercent(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Coupons.TryGetValue(code, out var percent)) return percent;
        return code.StartsWith("DEMO", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(code.AsSpan(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 5 and <= 25
            ? n
            : null;
    }
}
