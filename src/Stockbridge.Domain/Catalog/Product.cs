using System.Collections.Immutable;

namespace Stockbridge.Domain.Catalog;

/// <summary>A product as the source knows it; groups variants by <see cref="SourceProductCode"/>.</summary>
public sealed record Product
{
    public required string SourceProductCode { get; init; }
    public required string Title { get; init; }
    public string? BodyHtml { get; init; }
    public string? Vendor { get; init; }
    public string? ProductType { get; init; }
    public string? Collection { get; init; }
    [Unordered] public ImmutableArray<string> Tags { get; init; } = [];
    /// <summary>Up to three option names (e.g. Size, Colour), in order.</summary>
    public ImmutableArray<string> Options { get; init; } = [];
    public ImmutableArray<MetaField> Meta { get; init; } = [];
    public ImmutableArray<ProductImage> Images { get; init; } = [];
    public bool Active { get; init; } = true;
    [Unordered] public ImmutableArray<Variant> Variants { get; init; } = [];
}
