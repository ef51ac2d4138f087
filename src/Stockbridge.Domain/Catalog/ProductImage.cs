namespace Stockbridge.Domain.Catalog;

/// <summary>An image of a product, in display order.</summary>
public sealed record ProductImage(string Src, string? Alt = null);
