namespace Stockbridge.Sync.Orders;

/// <summary>What an order intake did.</summary>
/// <param name="Seen">Orders offered.</param>
/// <param name="TakenIn">Orders new to the hub.</param>
/// <param name="Updated">Orders not yet raised whose channel content changed.</param>
/// <param name="Duplicates">Orders already held unchanged, or already past intake (nothing written).</param>
public sealed record IntakeResult(int Seen, int TakenIn, int Updated, int Duplicates);
