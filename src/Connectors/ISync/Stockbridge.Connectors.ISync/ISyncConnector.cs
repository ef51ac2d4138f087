using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.ISync;

/// <summary>
/// The ISync ERP: products and customers read page by page, orders raised as sales orders carrying the channel's order
/// code as their reference (so a raise whose answer was lost is found, not repeated). Optional capabilities
/// (incremental reads, order values) are interfaces from Stockbridge.Connectors.Source: implement one and declare it in
/// the manifest, and its compliance tests run instead of skipping.
/// </summary>
public sealed class ISyncConnector(ISyncApi api) : ISourceConnector, IOrderRaiser
{
    /// <inheritdoc />
    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) => api.TestAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<Product> ReadProductsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in PagesAsync("api/products", "products", cancellationToken))
        {
            var sku = Text(item, "sku");
            yield return new Product
            {
                SourceProductCode = Text(item, "code"),
                Title = Text(item, "title"),
                Active = item["active"]?.GetValue<bool>() ?? true,
                Variants =
                [
                    new Variant
                    {
                        SourceVariantCode = sku,
                        Sku = sku,
                        Price = item["price"]?.GetValue<decimal>(),
                        Qty = item["quantity"]?.GetValue<decimal>(),
                    },
                ],
            };
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Customer> ReadCustomersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in PagesAsync("api/customers", "customers", cancellationToken))
        {
            yield return new Customer
            {
                SourceCustomerCode = Text(item, "code"),
                Company = item["name"]?.GetValue<string>(),
                Email = item["email"]?.GetValue<string>(),
            };
        }
    }

    /// <inheritdoc />
    public async Task<RaisedOrder> RaiseOrderAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        // ISync, like most ERPs, takes a second sales order with the same reference: look first, so a retry raises nothing twice.
        if (await FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken) is { } already) return already;
        var nets = OrderValue.LineNets(order);
        var body = new JsonObject
        {
            ["reference"] = order.ChannelOrderCode,
            ["customer"] = order.SourceCustomerCode,
            ["lines"] = new JsonArray([.. order.LineItems.Select((line, i) => (JsonNode)new JsonObject
            {
                ["sku"] = line.Sku,
                ["quantity"] = line.Qty,
                ["net_total"] = nets[i],
            })]),
            ["freight"] = OrderValue.Shipping(order),
        };
        var answer = await api.SendAsync(HttpMethod.Post, "api/sales-orders", body, cancellationToken)
            ?? throw new Errors.PermanentConnectorException("POST api/sales-orders: not found");
        return new RaisedOrder(Text(answer, "number"), order.ChannelOrderCode);
    }

    /// <inheritdoc />
    public async Task<RaisedOrder?> FindRaisedOrderAsync(string channelOrderCode, CancellationToken cancellationToken)
    {
        var answer = await api.GetAsync("api/sales-orders?reference=" + Uri.EscapeDataString(channelOrderCode), cancellationToken);
        var first = answer?["sales_orders"]?.AsArray().FirstOrDefault();
        return first is null ? null : new RaisedOrder(Text(first, "number"), channelOrderCode);
    }

    private async IAsyncEnumerable<JsonNode> PagesAsync(string path, string items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int? page = 1; page is not null;)
        {
            var url = string.Create(CultureInfo.InvariantCulture, $"{path}?page={page}");
            var answer = await api.GetAsync(url, cancellationToken) ?? throw new Errors.PermanentConnectorException($"GET {url}: not found");
            foreach (var item in answer[items]?.AsArray() ?? []) yield return item!;
            page = answer["next_page"]?.GetValue<int?>();
        }
    }

    private static string Text(JsonNode node, string name) =>
        node[name]?.GetValue<string>() ?? throw new Errors.PermanentConnectorException($"ISync field '{name}' is missing");
}
