using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Wire;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Parcelninja.Outbounds;

/// <summary>
/// Reads Parcelninja's outbound JSON: the full read (<c>GET /outbounds/{id}</c>), its events and the status webhook.
/// Tracking is <c>deliveryInfo.trackingNo</c>, else <c>waybillNumber</c>; the courier <c>courierName</c>; the URL
/// <c>trackingURL</c>. Timestamps are <c>yyyyMMddHHmmss</c> in UTC.
/// </summary>
public static class OutboundReader
{
    /// <summary>The outbound, mapped; a permanent error when it lacks its id or client order number.</summary>
    public static OutboundView Read(JsonElement outbound, string? connection)
    {
        var id = outbound.Str("id") ?? throw new PermanentConnectorException("Parcelninja's outbound has no id.");
        var clientId = outbound.Str("clientId") ?? throw new PermanentConnectorException($"Parcelninja's outbound {id} has no clientId.");
        var events = Events(outbound);
        var info = outbound.Prop("deliveryInfo");
        var tracking = Blank(info?.Str("trackingNo")) ?? Blank(info?.Str("waybillNumber"));
        var fulfillment = new Domain.Orders.Fulfillment
        {
            ChannelOrderCode = clientId,
            FulfillmentConnection = connection,
            Status = OutboundStatuses.For(events.Count > 0 ? events[0].Code : null, tracking is not null),
            TrackingNumber = tracking,
            TrackingCompany = Blank(info?.Str("courierName")),
            TrackingUrl = Blank(info?.Str("trackingURL")),
            Lines = [.. outbound.Arr("items").Select(i => new FulfillmentLine(
                i.Str("itemNo") ?? throw new PermanentConnectorException($"Parcelninja's outbound {id} has an item without itemNo."), i.Dec("qty") ?? 0m))],
        };
        return new OutboundView(id, clientId, events, fulfillment);
    }

    /// <summary>The events, newest first (sorted by time, whatever order they came in).</summary>
    public static IReadOnlyList<OutboundEvent> Events(JsonElement outbound) =>
        [.. outbound.Arr("events")
            .Select(e => new OutboundEvent(e.Int("code") ?? 0, e.Str("description") ?? "", Timestamp(e.Str("timeStamp"))))
            .OrderByDescending(e => e.At)];

    /// <summary>A <c>yyyyMMddHHmmss</c> UTC timestamp; <see cref="DateTimeOffset.MinValue"/> when absent or malformed.</summary>
    public static DateTimeOffset Timestamp(string? text) =>
        DateTime.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : DateTimeOffset.MinValue;

    /// <summary>Parcelninja's input date format, <c>YYYYMMDD</c>.</summary>
    public static string InputDate(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
