using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.ISync.Products;

/// <summary>What one JobProductID group became: a product, nothing (every SKU is WebSale Ignore), or a problem naming why it failed.</summary>
/// <param name="JobProductId">The group.</param>
/// <param name="Product">The product, when there is one to send.</param>
/// <param name="Problem">Why the group's pull failed, when it did.</param>
public sealed record ProductGroupOutcome(string JobProductId, Product? Product, string? Problem);
