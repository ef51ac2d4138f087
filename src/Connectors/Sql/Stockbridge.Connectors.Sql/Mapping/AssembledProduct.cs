using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>A product built from its variant rows, with the latest change marker among them (null when the query has no change column).</summary>
public sealed record AssembledProduct(Product Product, object? Change);
