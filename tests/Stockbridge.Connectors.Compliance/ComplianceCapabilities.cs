using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Compliance;

/// <summary>The capabilities the compliance kits test, each with how a connector declares it.</summary>
public static class ComplianceCapabilities
{
    /// <summary>A source: <see cref="ConnectorKind.Source"/> and <see cref="ISourceConnector"/>.</summary>
    public static readonly ComplianceCapability SourceRole = new("the source role", m => m.Kind.HasFlag(ConnectorKind.Source), typeof(ISourceConnector));

    /// <summary>A channel: <see cref="ConnectorKind.Channel"/> and <see cref="IChannelConnector"/>.</summary>
    public static readonly ComplianceCapability ChannelRole = new("the channel role", m => m.Kind.HasFlag(ConnectorKind.Channel), typeof(IChannelConnector));

    /// <summary>A fulfilment service: <see cref="ConnectorKind.Fulfillment"/> and <see cref="IFulfillmentConnector"/>.</summary>
    public static readonly ComplianceCapability FulfillmentRole =
        new("the fulfilment role", m => m.Kind.HasFlag(ConnectorKind.Fulfillment), typeof(IFulfillmentConnector));

    /// <summary>Products (read from a source, pushed to a channel): the manifest's <see cref="ConnectorCapabilities.Products"/>.</summary>
    public static readonly ComplianceCapability Products = new("products", m => m.Capabilities.HasFlag(ConnectorCapabilities.Products), null);

    /// <summary>Customers read from a source: the manifest's <see cref="ConnectorCapabilities.Customers"/>.</summary>
    public static readonly ComplianceCapability Customers = new("customers", m => m.Capabilities.HasFlag(ConnectorCapabilities.Customers), null);

    /// <summary>A channel's orders (read, marked raised): the manifest's <see cref="ConnectorCapabilities.Orders"/>.</summary>
    public static readonly ComplianceCapability ChannelOrders =
        new("orders", m => m.Kind.HasFlag(ConnectorKind.Channel) && m.Capabilities.HasFlag(ConnectorCapabilities.Orders), null);

    /// <summary>A source that raises orders: <see cref="ConnectorCapabilities.Orders"/> on a source and <see cref="IOrderRaiser"/>.</summary>
    public static readonly ComplianceCapability OrderRaising =
        new("orders (raising)", m => m.Kind.HasFlag(ConnectorKind.Source) && m.Capabilities.HasFlag(ConnectorCapabilities.Orders), typeof(IOrderRaiser));

    /// <summary>Incremental reads: <see cref="ConnectorCapabilities.IncrementalReads"/> and <see cref="ISupportsIncrementalReads"/>.</summary>
    public static readonly ComplianceCapability IncrementalReads =
        new("incremental reads", m => m.Capabilities.HasFlag(ConnectorCapabilities.IncrementalReads), typeof(ISupportsIncrementalReads));

    /// <summary>Signed webhooks: <see cref="ConnectorCapabilities.Webhooks"/> and <see cref="ISupportsWebhooks"/>.</summary>
    public static readonly ComplianceCapability Webhooks = new("webhooks", m => m.Capabilities.HasFlag(ConnectorCapabilities.Webhooks), typeof(ISupportsWebhooks));

    /// <summary>
    /// Tracking pushed onto a channel's orders: <see cref="ConnectorCapabilities.Fulfillments"/> on a channel and
    /// <see cref="ISupportsFulfillmentPush"/>.
    /// </summary>
    public static readonly ComplianceCapability FulfillmentPush =
        new("fulfilments (tracking push)", m => m.Kind.HasFlag(ConnectorKind.Channel) && m.Capabilities.HasFlag(ConnectorCapabilities.Fulfillments), typeof(ISupportsFulfillmentPush));

    /// <summary>Drift snapshots: <see cref="ISupportsReconciliation"/> (no manifest flag).</summary>
    public static readonly ComplianceCapability Reconciliation = new("reconciliation", null, typeof(ISupportsReconciliation));

    /// <summary>A cheap order index: <see cref="ISupportsOrderIndex"/> (no manifest flag).</summary>
    public static readonly ComplianceCapability OrderIndex = new("an order index", null, typeof(ISupportsOrderIndex));

    /// <summary>Order values read back from a source: <see cref="ISupportsOrderValues"/> (no manifest flag).</summary>
    public static readonly ComplianceCapability OrderValues = new("order values", null, typeof(ISupportsOrderValues));

    /// <summary>Every capability above.</summary>
    public static IReadOnlyList<ComplianceCapability> All { get; } =
    [
        SourceRole, ChannelRole, FulfillmentRole, Products, Customers, ChannelOrders, OrderRaising, IncrementalReads, Webhooks,
        FulfillmentPush, Reconciliation, OrderIndex, OrderValues,
    ];
}
