using Stockbridge.Domain.Orders;
using Stockbridge.Mapping.Rules;

namespace Stockbridge.Mapping.Orders;

/// <summary>
/// A source connection's order rules, read from its <c>RulesJson</c>, e.g.
/// <c>{"default_customer_code":"WEB0001","sales_rep":"R01","order_type":"invoice","warehouse":"JHB","shipping_service_code":"FREIGHT"}</c>.
/// </summary>
public sealed record OrderRules : IValidatedRules
{
    /// <summary>The cash account for orders whose customer matches no B2B account; null: such orders fail.</summary>
    public string? DefaultCustomerCode { get; init; }
    /// <summary>Match the order's customer email against hub customers' emails.</summary>
    /// <value>true.</value>
    public bool MatchCustomerByEmail { get; init; } = true;
    /// <summary>A customer tag with this prefix names the account directly (e.g. <c>account:ACME01</c>).</summary>
    /// <value><c>account:</c>.</value>
    public string AccountTagPrefix { get; init; } = "account:";
    /// <summary>The sales rep put on raised orders; null: the matched customer's rep, if any.</summary>
    public string? SalesRep { get; init; }
    /// <summary>Raise as a sales order or an invoice.</summary>
    /// <value><see cref="OrderType.Order"/>.</value>
    public OrderType OrderType { get; init; } = OrderType.Order;
    /// <summary>The warehouse raised orders ship from; null: the source's default.</summary>
    public string? Warehouse { get; init; }
    /// <summary>
    /// The service stock code shipping is charged as (e.g. <c>FREIGHT</c>): each priced shipping line becomes a line of it and
    /// the shipping lines are consumed. Null: the shipping lines are left to the source connector (e.g. SYSPRO freight lines).
    /// </summary>
    public string? ShippingServiceCode { get; init; }
    /// <summary>Seconds between source pulls; null: the hub default (60).</summary>
    public int? PollIntervalSeconds { get; init; }

    /// <inheritdoc />
    public void Validate()
    {
        RuleChecks.Positive(PollIntervalSeconds, "poll_interval_seconds");
        if (string.IsNullOrWhiteSpace(AccountTagPrefix))
            throw new RulesException("Rules field '$.account_tag_prefix' must not be blank.", "$.account_tag_prefix");
        if (DefaultCustomerCode is not null && string.IsNullOrWhiteSpace(DefaultCustomerCode))
            throw new RulesException("Rules field '$.default_customer_code' must not be blank; leave it out instead.", "$.default_customer_code");
    }
}
