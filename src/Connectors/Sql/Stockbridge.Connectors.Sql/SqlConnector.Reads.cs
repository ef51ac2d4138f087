using System.Runtime.CompilerServices;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Connectors.Sql.Mapping;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;

namespace Stockbridge.Connectors.Sql;

public sealed partial class SqlConnector
{
    private static readonly string[] ProductKeys = [ProductColumns.ProductCode, ProductColumns.VariantCode];
    private static readonly string[] CustomerKeys = [CustomerColumns.Code];

    /// <inheritdoc />
    public async IAsyncEnumerable<Product> ReadProductsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var product in ReadAssembledAsync(null, cancellationToken)) yield return product.Product;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Every variant of each product with a row changed at or after the cursor less the overlap window. Each record carries the
    /// cursor the read started from, the last one the latest change seen: a read cut short is resumed from its start.
    /// </remarks>
    public async IAsyncEnumerable<Changed<Product>> ReadChangedProductsAsync(string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var since = cursor is null ? null : ChangeCursor.Since(cursor, TimeSpan.FromSeconds(Settings.OverlapSeconds));
        object? latest = null;
        AssembledProduct? pending = null;
        await foreach (var product in ReadAssembledAsync(since, cancellationToken))
        {
            if (product.Change is { } change && (latest is null || ProductAssembler.Compare(change, latest) > 0)) latest = change;
            if (pending is not null) yield return new Changed<Product>(pending.Product, cursor ?? ChangeCursor.Everything);
            pending = product;
        }
        if (pending is not null) yield return new Changed<Product>(pending.Product, latest is null ? cursor ?? ChangeCursor.Everything : ChangeCursor.Write(latest));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Customer> ReadCustomersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Settings.CustomersQuery)) yield break;
        var mapper = new CustomerMapper(_context.Logger);
        var pager = new QueryPager(Connections, "customers query", Settings.CustomersQuery, CustomerKeys, Settings.PageSize);
        await foreach (var row in pager.ReadAsync(null, CustomerColumns.Code, null, cancellationToken))
        {
            if (mapper.Map(row) is { } customer) yield return customer;
        }
    }

    /// <inheritdoc />
    /// <remarks>Customers are read whole each time (their queries have no change column); the cursor is the time of the read.</remarks>
    public async IAsyncEnumerable<Changed<Customer>> ReadChangedCustomersAsync(string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var read = ChangeCursor.Write(_context.Time.GetUtcNow().UtcDateTime);
        await foreach (var customer in ReadCustomersAsync(cancellationToken)) yield return new Changed<Customer>(customer, read);
    }

    private IAsyncEnumerable<AssembledProduct> ReadAssembledAsync(object? since, CancellationToken cancellationToken)
    {
        var pager = new QueryPager(Connections, "products query", Settings.ProductsQuery, ProductKeys, Settings.PageSize);
        return new ProductAssembler(Settings.ChangeColumn, _context.Logger)
            .AssembleAsync(pager.ReadAsync(Settings.ChangeColumn, ProductColumns.ProductCode, since, cancellationToken), cancellationToken);
    }
}
