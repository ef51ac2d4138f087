using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Connectors.Source;

/// <summary>An ERP or accounting system that is the source of truth for products, prices, stock and customers.</summary>
public interface ISourceConnector : IConnector
{
    /// <summary>Streams every product (with its variants) the source holds. Memory must stay flat however many there are.</summary>
    IAsyncEnumerable<Product> ReadProductsAsync(CancellationToken cancellationToken);

    /// <summary>Streams every customer the source holds; empty when the source has no customer sync.</summary>
    IAsyncEnumerable<Customer> ReadCustomersAsync(CancellationToken cancellationToken);
}
