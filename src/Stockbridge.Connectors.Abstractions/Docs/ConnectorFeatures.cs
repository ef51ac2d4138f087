using System.Globalization;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Docs;

/// <summary>The "features" lines of a connector's page: one sentence per declared capability, worded for its role.</summary>
public static class ConnectorFeatures
{
    /// <summary>A line per capability in <see cref="ConnectorManifest.Capabilities"/>, in the enum's order.</summary>
    public static IReadOnlyList<string> Of(ConnectorManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return [.. Enum.GetValues<ConnectorCapabilities>()
            .Where(c => c != ConnectorCapabilities.None && manifest.Capabilities.HasFlag(c))
            .Select(c => Line(c, manifest.Kind, manifest.DisplayName))];
    }

    private static string Line(ConnectorCapabilities capability, ConnectorKind kind, string name)
    {
        var source = kind.HasFlag(ConnectorKind.Source);
        var channel = kind.HasFlag(ConnectorKind.Channel);
        var fulfillment = kind == ConnectorKind.Fulfillment;
        FormattableString line = capability switch
        {
            ConnectorCapabilities.Products when source => $"Products: reads products, variants, price tiers and stock per warehouse from {name}.",
            ConnectorCapabilities.Products => $"Products: pushes products, variants, prices and stock to {name}, only when what the channel should show changed.",
            ConnectorCapabilities.Customers when source => $"Customers: reads customers from {name}.",
            ConnectorCapabilities.Customers => $"Customers: carries customers between {name} and Stockbridge.",
            ConnectorCapabilities.Orders when source => $"Orders: raises channel orders into {name}, once per order, and hands its order number back to the channel.",
            ConnectorCapabilities.Orders when channel => $"Orders: receives orders from {name} and writes the ERP's order number back onto each.",
            ConnectorCapabilities.Orders => $"Orders: sends orders to {name}.",
            ConnectorCapabilities.Fulfillments when fulfillment => $"Fulfilments: takes each raised order to ship, once per order, and reports its tracking, which the hub carries back to the channel's order.",
            ConnectorCapabilities.Fulfillments => $"Fulfilments: creates fulfilments with tracking in {name}.",
            // The hub acts only on what it reads back from a fulfilment service: a webhook brings that read forward.
            ConnectorCapabilities.Webhooks when fulfillment => $"Webhooks: a status webhook from {name} makes the hub read that shipment back at once; polling covers any it misses.",
            ConnectorCapabilities.Webhooks => $"Webhooks: receives {name}'s signed webhooks and verifies each before it is accepted.",
            ConnectorCapabilities.IncrementalReads => $"Incremental reads: reads only what changed in {name} since the last read.",
            ConnectorCapabilities.BulkWrites => $"Bulk writes: writes many records to {name} per call.",
            _ => $"{capability}.",
        };
        return line.ToString(CultureInfo.InvariantCulture);
    }
}
