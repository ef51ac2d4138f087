using Stockbridge.Mapping.Rules;

namespace Stockbridge.Mapping.Channels;

/// <summary>
/// A channel connection's projection rules, read from its <c>RulesJson</c> with <see cref="RulesJson.Read{T}"/>, e.g.
/// <c>{"price_tier":"A","compare_at_tier":"B","warehouses":["JHB"],"qty_buffer":2,"inactive_action":"archive"}</c>.
/// Location mapping is the channel connector's own setting.
/// </summary>
public sealed record ChannelRules : IValidatedRules
{
    /// <summary>The price tier that is the selling price; null: the variant's retail <c>price</c>.</summary>
    public string? PriceTier { get; init; }
    /// <summary>The price tier shown as compare-at ("was") price; sent only when above the selling price.</summary>
    public string? CompareAtTier { get; init; }
    /// <summary>Warehouses whose available quantities make up the channel quantity (empty: all of them).</summary>
    public IReadOnlyList<string> Warehouses { get; init; } = [];
    /// <summary>Held back from every SKU's quantity (safety stock).</summary>
    /// <value>0.</value>
    public decimal QtyBuffer { get; init; }
    /// <summary>Which products the channel carries.</summary>
    public ProductFilter Products { get; init; } = new();
    /// <summary>What happens to an inactive, dropped or filtered-out product that is already on the channel.</summary>
    /// <value><see cref="InactiveProductAction.Hide"/>.</value>
    public InactiveProductAction InactiveAction { get; init; } = InactiveProductAction.Hide;
    /// <summary>Seconds between reconciling order polls; null: the hub default.</summary>
    public int? OrderPollIntervalSeconds { get; init; }
    /// <summary>Seconds between reconcile sweeps; null: the hub default.</summary>
    public int? ReconcileIntervalSeconds { get; init; }
    /// <summary>
    /// The fulfilment connection (e.g. a Parcelninja warehouse) that ships this channel's orders once they are raised; null:
    /// the merchant ships them (nothing is handed to a fulfilment service).
    /// </summary>
    public string? FulfillmentConnection { get; init; }
    /// <summary>Seconds between looks at a handed-over shipment until it has shipped; null: the hub default (15 minutes).</summary>
    public int? FulfillmentPollIntervalSeconds { get; init; }
    /// <summary>Days a handed-over order may stay unshipped before its tracking job fails for a person to look at.</summary>
    /// <value>14.</value>
    public int FulfillmentMaxDays { get; init; } = 14;

    /// <inheritdoc />
    public void Validate()
    {
        RuleChecks.NotNegative(QtyBuffer, "qty_buffer");
        RuleChecks.NoBlanks(Warehouses, "warehouses");
        RuleChecks.NoBlanks(Products?.IncludeCodePrefixes, "products.include_code_prefixes");
        RuleChecks.NoBlanks(Products?.ExcludeCodePrefixes, "products.exclude_code_prefixes");
        RuleChecks.NoBlanks(Products?.IncludeTags, "products.include_tags");
        RuleChecks.NoBlanks(Products?.ExcludeTags, "products.exclude_tags");
        RuleChecks.Positive(OrderPollIntervalSeconds, "order_poll_interval_seconds");
        RuleChecks.Positive(ReconcileIntervalSeconds, "reconcile_interval_seconds");
        RuleChecks.Positive(FulfillmentPollIntervalSeconds, "fulfillment_poll_interval_seconds");
        RuleChecks.Positive(FulfillmentMaxDays, "fulfillment_max_days");
        if (FulfillmentConnection is { } f && string.IsNullOrWhiteSpace(f))
            throw new RulesException("Rules field '$.fulfillment_connection' must name a connection or be left out.", "$.fulfillment_connection");
        if (Products is null) throw new RulesException("Rules field '$.products' must be an object, not null.", "$.products");
    }
}
