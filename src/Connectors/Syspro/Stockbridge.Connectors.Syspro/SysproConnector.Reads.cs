using System.Runtime.CompilerServices;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Database;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Connectors.Syspro;

public sealed partial class SysproConnector
{
    /// <inheritdoc />
    public async IAsyncEnumerable<Product> ReadProductsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var product in new ProductReader(Database, Options).ReadAllAsync("", cancellationToken)) yield return product.Product;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Changed<Product>> ReadChangedProductsAsync(string? cursor, CancellationToken cancellationToken) =>
        new ProductReader(Database, Options).ReadChangedAsync(cursor, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Customer> ReadCustomersAsync(CancellationToken cancellationToken) =>
        new CustomerReader(Database, Options).ReadAllAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Changed<Customer>> ReadChangedCustomersAsync(string? cursor, CancellationToken cancellationToken) =>
        new CustomerReader(Database, Options).ReadChangedAsync(cursor, cancellationToken);
}
