namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>An order comment (<c>status_histories</c>).</summary>
public sealed record StatusHistory(int EntityId, string Comment, string? Status, bool IsCustomerNotified, bool IsVisibleOnFront, DateTimeOffset CreatedAt);
