using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Sync.Tests.Support;

/// <summary>
/// A test ERP: products and customers with a rowversion-style cursor, and an order book. Raising can be told to commit and
/// then time out on each order's first attempt (the ambiguous failure exactly-once must survive), or to be down.
/// </summary>
public sealed class InMemorySource : ISourceConnector, ISupportsIncrementalReads, IOrderRaiser
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (Product Product, long Version)> products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Customer Customer, long Version)> customers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);
    private long version;
    private int nextOrder = 1000;

    /// <summary>Orders held by the source, by channel order code (the customer PO number).</summary>
    public ConcurrentDictionary<string, (string Number, Order Order)> Orders { get; } = new(StringComparer.Ordinal);
    /// <summary>Every call of RaiseOrderAsync.</summary>
    public int RaiseCalls => raiseCalls;
    private int raiseCalls;
    /// <summary>Commit the order, then throw a timeout with unknown outcome, on each order's first raise.</summary>
    public bool CommitThenTimeOutOnFirstAttempt { get; set; }
    /// <summary>Throw a plain transient error (nothing committed) on every raise.</summary>
    public bool Down { get; set; }

    public void Put(Product product)
    {
        lock (gate) products[product.SourceProductCode] = (product, ++version);
    }

    public void Put(Customer customer)
    {
        lock (gate) customers[customer.SourceCustomerCode] = (customer, ++version);
    }

    public void Remove(string productCode)
    {
        lock (gate) products.Remove(productCode);
    }

    /// <summary>Bumps the rowversion without changing content (the source re-sends it).</summary>
    public void Touch(string productCode)
    {
        lock (gate) products[productCode] = (products[productCode].Product, ++version);
    }

    public Product Get(string code)
    {
        lock (gate) return products[code].Product;
    }

    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectionTestResult([new ConnectionCheck("memory", true, "ok")]));

    public async IAsyncEnumerable<Product> ReadProductsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var changed in ReadChangedProductsAsync(null, cancellationToken)) yield return changed.Record;
    }

    public async IAsyncEnumerable<Customer> ReadCustomersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var changed in ReadChangedCustomersAsync(null, cancellationToken)) yield return changed.Record;
    }

    public IAsyncEnumerable<Changed<Product>> ReadChangedProductsAsync(string? cursor, CancellationToken cancellationToken)
    {
        lock (gate) return After(products.Values.Select(p => (p.Product, p.Version)), cursor);
    }

    public IAsyncEnumerable<Changed<Customer>> ReadChangedCustomersAsync(string? cursor, CancellationToken cancellationToken)
    {
        lock (gate) return After(customers.Values.Select(c => (c.Customer, c.Version)), cursor);
    }

    public async Task<RaisedOrder> RaiseOrderAsync(Order order, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref raiseCalls);
        await Task.Yield();
        if (Down) throw new TransientConnectorException("The ERP is down.");
        var attempt = attempts.AddOrUpdate(order.ChannelOrderCode, 1, (_, n) => n + 1);
        var number = Interlocked.Increment(ref nextOrder).ToString("SO000000", CultureInfo.InvariantCulture);
        if (!Orders.TryAdd(order.ChannelOrderCode, (number, order)))
            throw new PermanentConnectorException($"Customer PO {order.ChannelOrderCode} was raised twice.", "duplicate");
        if (CommitThenTimeOutOnFirstAttempt && attempt == 1)
            throw new TransientConnectorException("Timed out waiting for SORTOI.", new TimeoutException(), outcomeUnknown: true);
        return new RaisedOrder(number, order.ChannelOrderCode);
    }

    public Task<RaisedOrder?> FindRaisedOrderAsync(string channelOrderCode, CancellationToken cancellationToken)
    {
        if (Down) throw new TransientConnectorException("The ERP is down.");
        return Task.FromResult(Orders.TryGetValue(channelOrderCode, out var held) ? new RaisedOrder(held.Number, channelOrderCode) : null);
    }

    private static async IAsyncEnumerable<Changed<T>> After<T>(IEnumerable<(T Record, long Version)> rows, string? cursor)
    {
        var from = cursor is null ? 0 : long.Parse(cursor, CultureInfo.InvariantCulture);
        foreach (var (record, v) in rows.Where(r => r.Version > from).OrderBy(r => r.Version).ToList())
        {
            await Task.Yield();
            yield return new Changed<T>(record, v.ToString(CultureInfo.InvariantCulture));
        }
    }
}
