namespace Stockbridge.TradeStore.Checkout;

/// <summary>What a checkout did: the order's code when it was placed, else the reasons it was refused.</summary>
public sealed record CheckoutOutcome(string? OrderCode, IReadOnlyList<string> Refusals)
{
    public bool Placed => OrderCode is not null;

    public static CheckoutOutcome Refused(params string[] reasons) => new(null, reasons);
}
