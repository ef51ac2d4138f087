using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>A product with its version: the highest TimeStamp over its InvMaster, InvPrice and InvWarehouse rows.</summary>
internal sealed record VersionedProduct(Product Product, long Version);
