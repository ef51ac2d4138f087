namespace Stockbridge.Connectors.Compliance.Tests.Stall;

/// <summary>One SKU on the stall's shelf.</summary>
public sealed record StallProduct(string Sku, string Title, decimal Price, decimal Quantity, string Status);
