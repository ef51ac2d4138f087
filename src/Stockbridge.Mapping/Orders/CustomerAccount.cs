namespace Stockbridge.Mapping.Orders;

/// <summary>A source customer account as order rules see it.</summary>
/// <param name="Code">The source customer code.</param>
/// <param name="Email">Its email, if any.</param>
/// <param name="SalesRep">Its sales rep, if any.</param>
/// <param name="Active">Whether it may take orders.</param>
public sealed record CustomerAccount(string Code, string? Email, string? SalesRep, bool Active = true);
