namespace Stockbridge.Domain.Orders.Pricing;

/// <summary>The setting values of <see cref="DiscountMode"/>, as an operator writes them.</summary>
public static class DiscountModes
{
    /// <summary><see cref="DiscountMode.NetPrice"/>.</summary>
    public const string NetPrice = "net_price";
    /// <summary><see cref="DiscountMode.LineDiscount"/>.</summary>
    public const string LineDiscount = "line_discount";
    /// <summary><see cref="DiscountMode.DiscountLine"/>.</summary>
    public const string DiscountLine = "discount_line";

    /// <summary>Every value, in the order a setup form lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [NetPrice, LineDiscount, DiscountLine];

    /// <summary>Parses a setting value; null when it is not one of <see cref="All"/>.</summary>
    public static DiscountMode? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        NetPrice => DiscountMode.NetPrice,
        LineDiscount => DiscountMode.LineDiscount,
        DiscountLine => DiscountMode.DiscountLine,
        _ => null,
    };
}
