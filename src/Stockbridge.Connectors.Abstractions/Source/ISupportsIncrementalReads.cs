using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Connectors.Source;

/// <summary>A source that can read only what changed since a cursor it issued (rowversion, modified date).</summary>
public interface ISupportsIncrementalReads
{
    /// <summary>
    /// Streams products changed after <paramref name="cursor"/> (null: everything). Each item carries the cursor
    /// to resume after it; the engine stores the last one only once the batch is durably upserted.
    /// </summary>
    IAsyncEnumerable<Changed<Product>> ReadChangedProductsAsync(string? cursor, CancellationToken cancellationToken);

    /// <summary>Streams customers changed after <paramref name="cursor"/> (null: everything).</summary>
    IAsyncEnumerable<Changed<Customer>> ReadChangedCustomersAsync(string? cursor, CancellationToken cancellationToken);
}
