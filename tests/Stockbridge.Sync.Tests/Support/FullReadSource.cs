using Stockbridge.Connectors;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Sync.Tests.Support;

/// <summary>A source without incremental reads (every pull reads everything), over an <see cref="InMemorySource"/>.</summary>
public sealed class FullReadSource(InMemorySource inner) : ISourceConnector
{
    public InMemorySource Inner { get; } = inner;

    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) => Inner.TestConnectionAsync(cancellationToken);

    public IAsyncEnumerable<Product> ReadProductsAsync(CancellationToken cancellationToken) => Inner.ReadProductsAsync(cancellationToken);

    public IAsyncEnumerable<Customer> ReadCustomersAsync(CancellationToken cancellationToken) => Inner.ReadCustomersAsync(cancellationToken);
}
