using Stockbridge.Web.Api.Records;
using Stockbridge.Web.Operations;

namespace Stockbridge.Web.Api.Orders;

/// <summary>An order in a list: its order-to-cash state and the ERP's order number once raised.</summary>
public sealed record OrderView(
    string Key, string Channel, string ChannelOrderCode, string State, string? SourceOrderCode, string? Customer, string? Total, DateTimeOffset UpdatedAt)
{
    /// <summary>The view of an order's facts.</summary>
    public static OrderView From(OrderFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new(facts.Key, facts.Channel, facts.ChannelOrderCode, facts.State, facts.SourceOrderCode, facts.Customer, facts.Total, facts.UpdatedAt);
    }
}

/// <summary>An order with its canonical data, links and history across systems.</summary>
public sealed record OrderDetailView(OrderView Order, RecordHistoryView Record);
