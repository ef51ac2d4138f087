using Microsoft.AspNetCore.Builder;
using Stockbridge.Connectors.Magento1.Simulator.State;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Magento1.Simulator.Hosting;

/// <summary>
/// A running simulated Magento 1 store seen from outside the hub (<see cref="IChannelSimulator"/>): a shopper at its
/// checkout, and what the store holds. ERP order numbers are read from the order's status-history comments that start
/// with <see cref="ErpOrderCommentPrefix"/>; tracking numbers from its shipments' tracks. A simple product linked to a
/// configurable shows under the configurable's name, as the storefront lists it.
/// </summary>
public sealed class Magento1RunningSimulator(WebApplication app, Uri baseUrl, MagentoStore store, FaultInjector faults) : IChannelSimulator
{
    /// <summary>How an order comment naming the ERP's order number starts (<c>ERP order: SO-1001</c>).</summary>
    public const string ErpOrderCommentPrefix = "ERP order: ";

    /// <summary>The store itself.</summary>
    public MagentoStore Store { get; } = store;

    /// <summary>The fault rules (also at <c>/admin/faults</c>).</summary>
    public FaultInjector Faults { get; } = faults;

    /// <inheritdoc />
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The SOAP v2 endpoint, e.g. <c>http://127.0.0.1:5123/api/v2_soap</c> (its WSDL at <c>?wsdl=1</c>).</summary>
    public Uri SoapUrl => new(BaseUrl, Magento1SimulatorHost.V2Path.TrimStart('/'));

    /// <summary>The WS-I compliant SOAP endpoint, e.g. <c>http://127.0.0.1:5123/api/wsi_soap</c> (its WSDL at <c>?wsdl=1</c>).</summary>
    public Uri WsiSoapUrl => new(BaseUrl, Magento1SimulatorHost.WsiPath.TrimStart('/'));

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("store URL", BaseUrl.ToString()),
        new("SOAP v2 endpoint", SoapUrl.ToString()),
        new("WSDL", SoapUrl + "?wsdl=1"),
        new("WS-I endpoint", WsiSoapUrl + " (WSDL at ?wsdl=1)"),
        new("API user", Store.Settings.ApiUser),
        new("API key", Store.Settings.ApiKey),
        new("test endpoints", $"{BaseUrl}admin/orders, /admin/faults, /admin/sessions/expire, /admin/state"),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["store_url"] = BaseUrl.ToString(),
        ["api_user"] = Store.Settings.ApiUser,
        ["api_key"] = Store.Settings.ApiKey,
    };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["api_key"] = "not_the_api_key_0000" };

    /// <inheritdoc />
    public Task<PlacedOrder> PlaceOrderAsync(ShopperOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        try
        {
            var placed = Store.Checkout(order.Email, [.. order.Lines.Select(l => (l.Sku, l.Quantity))], order.DiscountCode);
            return Task.FromResult(new PlacedOrder(placed.IncrementId, placed.PaidExTax));
        }
        catch (ArgumentException e)
        {
            throw new ShopperRefusedException("Magento refused the order: " + e.Message, e);
        }
    }

    /// <inheritdoc />
    public Task<ChannelProductState?> ReadProductAsync(string sku, CancellationToken cancellationToken) =>
        Task.FromResult(Store.ReadProducts(products =>
        {
            var product = products.FirstOrDefault(p => p.Sku == sku);
            if (product is null) return null;
            var parent = products.FirstOrDefault(p => p.Type == "configurable" && p.ChildSkus.Contains(sku));
            var forSale = product.ForSale && (parent is null || parent.Status == 1);
            return new ChannelProductState(sku, parent?.Name ?? product.Name, product.SellingPrice, product.ManageStock ? product.Qty : null,
                product.Status == 1 ? "enabled" : "disabled", forSale);
        }));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ReadSkusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Store.ReadProducts(products => (IReadOnlyList<string>)[.. products.Where(p => p.Type != "configurable").Select(p => p.Sku)]));

    /// <inheritdoc />
    public Task<ChannelOrderState?> ReadOrderAsync(string orderCode, CancellationToken cancellationToken) =>
        Task.FromResult(Store.ReadOrders(orders => orders.FirstOrDefault(o => o.IncrementId == orderCode) is { } order
            ? new ChannelOrderState(order.IncrementId, order.Status,
                [.. order.History.Where(h => h.Comment.StartsWith(ErpOrderCommentPrefix, StringComparison.Ordinal))
                    .Select(h => h.Comment[ErpOrderCommentPrefix.Length..].Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)],
                [.. order.Shipments.SelectMany(s => s.Tracks).Select(t => t.Number).Distinct(StringComparer.Ordinal)])
            : null));

    /// <inheritdoc />
    public Task<bool> SubscribeOrderWebhooksAsync(Uri endpoint, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? SignWebhook(ReadOnlyMemory<byte> body, string topic) => null;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
