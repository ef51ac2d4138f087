namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>An entry of an order's status history.</summary>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="Status">The order status it set or kept.</param>
/// <param name="Comment">Its text.</param>
/// <param name="CustomerNotified">Whether the shopper was emailed.</param>
public sealed record MagentoComment(DateTimeOffset CreatedAt, string Status, string Comment, bool CustomerNotified);
