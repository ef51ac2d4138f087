using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento1;

/// <summary>
/// The Magento1 sales channel: products and stock pushed by SKU, orders read page by page since a time, the ERP's order number
/// written back as an order note. Optional capabilities (webhooks, reconciliation, fulfilments) are interfaces from
/// Stockbridge.Connectors.*: implement one and declare it in the manifest, and its compliance tests run instead of skipping.
/// </summary>
public sealed class Magento1Connector(Magento1Api api) : IChannelConnector
{
    /// <inheritdoc />
    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) => api.TestAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<PushOutcome>();
        foreach (var push in batch)
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var variant in push.Product.Variants)
            {
                var body = new JsonObject
                {
                    ["title"] = push.Product.Title,
                    ["price"] = variant.Price ?? 0m,
                    ["quantity"] = variant.Qty ?? 0m,
                    ["status"] = push.Status.ToString().ToLowerInvariant(),
                };
                var answer = await api.SendAsync(HttpMethod.Put, "api/products/" + Uri.EscapeDataString(variant.Sku), body, cancellationToken);
                ids[variant.Sku] = answer?["id"]?.GetValue<string>() ?? variant.Sku;
            }
            outcomes.Add(new PushOutcome(push.Product.SourceProductCode, new ChannelLink(push.Product.SourceProductCode, ids)));
        }
        return outcomes;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<PushOutcome>();
        foreach (var push in batch)
        {
            var answer = await api.SendAsync(HttpMethod.Put, $"api/products/{Uri.EscapeDataString(push.Sku)}/quantity", new JsonObject { ["quantity"] = push.Quantity }, cancellationToken);
            outcomes.Add(answer is null
                ? new PushOutcome(push.Sku, push.Link, $"Magento1 has no product with SKU '{push.Sku}'")
                : new PushOutcome(push.Sku, push.Link));
        }
        return outcomes;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int? page = 1; page is not null;)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"api/orders?updated_since={Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture))}&page={page}");
            var answer = await api.GetAsync(path, cancellationToken) ?? throw new Errors.PermanentConnectorException($"GET {path}: not found");
            foreach (var order in answer["orders"]?.AsArray() ?? []) yield return Magento1OrderMapper.Map(order!);
            page = answer["next_page"]?.GetValue<int?>();
        }
    }

    /// <inheritdoc />
    public async Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var path = $"api/orders/{Uri.EscapeDataString(order.ChannelOrderCode)}/notes";
        _ = await api.SendAsync(HttpMethod.Post, path, new JsonObject { ["note"] = "ERP order " + sourceOrderCode }, cancellationToken)
            ?? throw new Errors.PermanentConnectorException($"Magento1 has no order '{order.ChannelOrderCode}'");
    }
}
