using System.Runtime.CompilerServices;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Connectors.ISync;

public sealed partial class ISyncConnector
{
    /// <inheritdoc />
    public async IAsyncEnumerable<Product> ReadProductsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var changed in Reader.ReadChangedAsync(null, cancellationToken))
        {
            if (seen.Add(changed.Record.SourceProductCode)) yield return changed.Record;
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Changed<Product>> ReadChangedProductsAsync(string? cursor, CancellationToken cancellationToken) =>
        Reader.ReadChangedAsync(cursor, cancellationToken);

    /// <summary>None: iSync customers are not synced (imported into Stockbridge by CSV instead).</summary>
    public IAsyncEnumerable<Customer> ReadCustomersAsync(CancellationToken cancellationToken) => AsyncEnumerable.Empty<Customer>();

    /// <summary>None: iSync customers are not synced.</summary>
    public IAsyncEnumerable<Changed<Customer>> ReadChangedCustomersAsync(string? cursor, CancellationToken cancellationToken) =>
        AsyncEnumerable.Empty<Changed<Customer>>();
}
