using System.Globalization;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Serialization;
using Stockbridge.Mapping.Projection;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Demo;

/// <summary>
/// Checks the outcome against the outside systems themselves, not the hub's own bookkeeping: the ERP must hold exactly one
/// sales order per channel order placed, worth what the shopper was charged ex tax to the cent (discounts, shipping), each
/// channel order must carry its ERP order number, and the channel's stock must equal the hub's projection of the ERP's stock.
/// </summary>
public sealed class DemoVerifier(DemoEnvironment environment, IStore store)
{
    /// <summary>Checks now.</summary>
    public async Task<DemoVerdict> CheckAsync(IReadOnlyCollection<PlacedOrder> placedOrders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placedOrders);
        var problems = new List<string>();
        var erp = environment.SourceModule.Factory.Manifest.DisplayName;
        var channel = string.Join(" + ", environment.Channels.Select(c => c.Name));
        int raisedOnce = 0, marked = 0, unmarkable = 0, valued = 0, fulfilled = 0;
        foreach (var placed in placedOrders)
        {
            var code = placed.OrderCode;
            var raised = await environment.Source.FindOrdersAsync(code, cancellationToken);
            if (raised.Count != 1)
            {
                problems.Add($"order {code}: {raised.Count} sales orders in {erp} ({string.Join(", ", raised.Select(r => r.OrderNumber))}); expected exactly 1");
                continue;
            }
            raisedOnce++;
            var number = raised[0].OrderNumber;
            var onChannel = await ReadOrderAsync(code, cancellationToken);
            if (onChannel?.ErpOrderNumbers.Contains(number, StringComparer.Ordinal) == true) marked++;
            else if (onChannel is { CarriesErpOrderNumbers: false }) unmarkable++;
            else problems.Add($"order {code}: {channel} does not carry sales order {number}");
            if (placed.PaidExTax == raised[0].ValueExTax) valued++;
            else problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"order {code}: {erp}'s sales order {number} holds {raised[0].ValueExTax:0.00} ex tax, the shopper was charged {placed.PaidExTax:0.00} ex tax"));
            if (environment.Fulfillment is { } warehouse && await CheckShippedAsync(warehouse, code, onChannel, channel, problems, cancellationToken)) fulfilled++;
        }

        var skus = 0;
        foreach (var each in environment.Channels) skus += await CheckStockAsync(problems, each, cancellationToken);
        return new DemoVerdict(placedOrders.Count, raisedOnce, marked, skus, problems, valued, environment.Fulfillment is null ? null : fulfilled)
        {
            OrdersWithoutErpNumberField = unmarkable,
        };
    }

    /// <summary>The fulfilment service holds a shipment for the order, it has shipped, and the channel order carries its tracking.</summary>
    private async Task<bool> CheckShippedAsync(IFulfillmentSimulator warehouse, string code, ChannelOrderState? onChannel, string channel,
        List<string> problems, CancellationToken cancellationToken)
    {
        var service = environment.FulfillmentModule!.Factory.Manifest.DisplayName;
        var shipment = await warehouse.ReadShipmentAsync(code, cancellationToken);
        if (shipment is null) problems.Add($"order {code}: {service} holds no shipment for it");
        else if (shipment.TrackingNumber is not { Length: > 0 } tracking) problems.Add($"order {code}: {service}'s shipment {shipment.ShipmentId} has not shipped ({shipment.Status})");
        else if (onChannel?.TrackingNumbers.Contains(tracking, StringComparer.Ordinal) != true) problems.Add($"order {code}: {channel} does not carry tracking number {tracking}");
        else return true;
        return false;
    }

    /// <summary>Checks until all is well or the time is up; returns the last verdict.</summary>
    public async Task<DemoVerdict> WaitForAsync(IReadOnlyCollection<PlacedOrder> placedOrders, TimeSpan timeout, CancellationToken cancellationToken)
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

    /// <summary>The order on whichever channel holds it (codes differ between channels), or null.</summary>
    private async Task<ChannelOrderState?> ReadOrderAsync(string code, CancellationToken cancellationToken)
    {
        foreach (var each in environment.Channels)
            if (await each.Simulator.ReadOrderAsync(code, cancellationToken) is { } held) return held;
        return null;
    }

    private async Task<int> CheckStockAsync(List<string> problems, DemoChannel channel, CancellationToken cancellationToken)
    {
        var channelName = channel.Name;
        var connection = await store.Connections.GetAsync(DemoIds.Client, channel.ConnectionId, cancellationToken)
            ?? throw new InvalidOperationException($"the demo's {channelName} connection is not in the store");
        var rules = ConnectionRules.Channel(connection);
        var demand = await new UnraisedDemandReader(store).ReadAsync(DemoIds.Client, cancellationToken);

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
                    var onChannel = (await channel.Simulator.ReadProductAsync(sku, cancellationToken))?.Quantity;
                    if (onChannel != qty) problems.Add($"stock of {sku}: {channelName} has {onChannel?.ToString(CultureInfo.InvariantCulture) ?? "no such SKU"}, the projection says {qty}");
                }
            }
            after = page[^1].Key;
        }
        if (checkedSkus == 0) problems.Add($"no product is on {channelName} yet");
        return checkedSkus;
    }
}
