using System.Globalization;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Serialization;
using Stockbridge.Mapping.Projection;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Demo;

/// <summary>
/// Checks the outcome against the outside systems themselves, not the hub's own bookkeeping: SYSPRO must hold exactly
/// one sales order per Shopify order placed, worth what the shopper was charged ex tax to the cent (discounts, shipping), each
/// Shopify order must carry its sales order number, and Shopify's stock must equal the hub's projection of the ERP's stock.
/// </summary>
public sealed class DemoVerifier(DemoEnvironment environment, IStore store)
{
    /// <summary>Checks now.</summary>
    public async Task<DemoVerdict> CheckAsync(IReadOnlyCollection<string> placedOrders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placedOrders);
        var problems = new List<string>();
        var salesOrders = await environment.Syspro.Company.ListSalesOrdersAsync(cancellationToken);
        var byPo = salesOrders.GroupBy(o => o.CustomerPoNumber.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var tags = await environment.Shop.ReadAsync(s => s.Orders.Values.ToDictionary(o => o.Name, o => string.Join(" ", o.Tags) + " " + o.Note, StringComparer.Ordinal), cancellationToken);
        var charged = await environment.Shop.ReadAsync(s => s.Orders.Values.ToDictionary(
            o => o.Name, o => ShopperPayment.ExTax(RestPayloads.Order(o, s)), StringComparer.Ordinal), cancellationToken);

        int raisedOnce = 0, marked = 0, valued = 0;
        foreach (var code in placedOrders)
        {
            var raised = byPo.GetValueOrDefault(code) ?? [];
            if (raised.Count != 1)
            {
                problems.Add($"order {code}: {raised.Count} sales orders in SYSPRO ({string.Join(", ", raised.Select(r => r.SalesOrder))}); expected exactly 1");
                continue;
            }
            raisedOnce++;
            var number = raised[0].SalesOrder.Trim();
            if (tags.TryGetValue(code, out var text) && text.Contains(number, StringComparison.Ordinal)) marked++;
            else problems.Add($"order {code}: Shopify does not carry sales order {number}");
            if (charged.TryGetValue(code, out var paid) && paid == raised[0].Value) valued++;
            else problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"order {code}: SYSPRO's sales order {number} holds {raised[0].Value:0.00} ex tax, the shopper was charged {paid:0.00} ex tax"));
        }

        var skus = await CheckStockAsync(problems, cancellationToken);
        return new DemoVerdict(placedOrders.Count, raisedOnce, marked, skus, problems, valued);
    }

    /// <summary>Checks until all is well or the time is up; returns the last verdict.</summary>
    public async Task<DemoVerdict> WaitForAsync(IReadOnlyCollection<string> placedOrders, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var verdict = await CheckAsync(placedOrders, cancellationToken);
        while (!verdict.Ok && !deadline.IsCancellationRequested)
        {
            try { await Task.Delay(TimeSpan.FromSeconds(1), deadline.Token); }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { break; }
            verdict = await CheckAsync(placedOrders, cancellationToken);
        }
        return verdict;
    }

    private async Task<int> CheckStockAsync(List<string> problems, CancellationToken cancellationToken)
    {
        var channel = await store.Connections.GetAsync(DemoIds.Client, DemoIds.Shopify, cancellationToken)
            ?? throw new InvalidOperationException("the demo's Shopify connection is not in the store");
        var rules = ConnectionRules.Channel(channel);
        var demand = await new UnraisedDemandReader(store).ReadAsync(DemoIds.Client, cancellationToken);
        var shopStock = await environment.Shop.ReadAsync(s => s.AllVariants.Where(v => v.Sku is not null).ToDictionary(
            v => v.Sku!, v => (decimal)s.Levels.Where(l => l.Key.Item == v.InventoryItemId).Sum(l => l.Value), StringComparer.Ordinal), cancellationToken);

        var checkedSkus = 0;
        string? after = null;
        while (true)
        {
            var page = await store.Records.ListAsync(DemoIds.Client, RecordEntity.Product, after, 200, cancellationToken);
            if (page.Count == 0) break;
            foreach (var record in page)
            {
                var projected = ProductProjection.Project(WireJson.Deserialize<Product>(record.Json), rules, demand);
                if (!projected.IsActive) continue;
                foreach (var (sku, qty) in projected.Quantities)
                {
                    checkedSkus++;
                    var onShop = shopStock.GetValueOrDefault(sku, -1);
                    if (onShop != qty) problems.Add($"stock of {sku}: Shopify has {onShop}, the projection says {qty}");
                }
            }
            after = page[^1].Key;
        }
        if (checkedSkus == 0) problems.Add("no product is on Shopify yet");
        return checkedSkus;
    }
}
