namespace Stockbridge.Domain.Orders;

/// <summary>Questions about an <see cref="OrderState"/>.</summary>
public static class OrderStateExtensions
{
    /// <summary>
    /// Whether an order in this state is not (yet) in the source: received, validated or failed. Such orders still hold
    /// channel stock back (the oversell guard) and are kept as open records.
    /// </summary>
    public static bool IsUnraised(this OrderState state) => state is OrderState.Received or OrderState.Validated or OrderState.Failed;
}
