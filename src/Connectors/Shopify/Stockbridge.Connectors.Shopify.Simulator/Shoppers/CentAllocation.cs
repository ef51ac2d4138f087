namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>
/// Splits an amount over lines in proportion to their weights, in whole cents that add up exactly: each line gets its
/// share rounded down, and the cents left over go one each to the lines with the largest remainders (the earlier line
/// on a tie). Shopify's published sample splits 10.00 over three equal lines as 3.34, 3.33, 3.33.
/// </summary>
public static class CentAllocation
{
    public static decimal[] Across(decimal amount, IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Sum();
        var shares = new decimal[weights.Count];
        if (amount == 0 || total <= 0) return shares;
        var cents = (long)Math.Round(amount * 100, MidpointRounding.AwayFromZero);
        var exact = weights.Select(w => cents * w / total).ToArray();
        var floors = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var left = cents - floors.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => exact[i] - floors[i]).ThenBy(i => i).Take((int)left))
            floors[i]++;
        for (var i = 0; i < shares.Length; i++) shares[i] = floors[i] / 100m;
        return shares;
    }
}
