using System.Globalization;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Parcelninja.Api;
using Stockbridge.Connectors.Parcelninja.Outbounds;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>
/// The Parcelninja fulfilment service. One outbound per order, exactly once: the order's code is the outbound's
/// <c>clientId</c>, and the connector looks it up (<c>GET /outbounds/0</c> with <c>X-Client-Id</c>) before every create
/// and again right after any answer that leaves the outcome unknown (a timeout, a 5xx, a success without the id header),
/// so neither its own recovery nor the engine's retry makes a second outbound. Reads back status, tracking number,
/// courier and URL; cancels while Parcelninja allows it; follows events by webhook and by poll; reads warehouse stock.
/// </summary>
public sealed partial class ParcelninjaConnector(ParcelninjaApi api, ParcelninjaSettings settings, TimeProvider time) : IFulfillmentConnector
{
    /// <summary>The header of the look-up by the client's own order number.</summary>
    public const string ClientIdHeader = "X-Client-Id";

    /// <inheritdoc />
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = await api.GetAsync("inventory?pageSize=1&page=1", cancellationToken)
                ?? throw new PermanentConnectorException($"{settings.BaseUrl} has no Parcelninja Store API (GET inventory: 404).");
            return new([new ConnectionCheck("store api", true, "Parcelninja's Store API accepted the API username and password.")]);
        }
        catch (ConnectorException e)
        {
            return new([new ConnectionCheck("store api", false, e.Message)]);
        }
    }

    /// <inheritdoc />
    public async Task<string> CreateShipmentAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var code = order.ChannelOrderCode;
        var body = OutboundPayload.For(order);
        if (await FindShipmentAsync(code, cancellationToken) is { } existing) return existing;
        ParcelninjaResponse? answer;
        try
        {
            answer = await api.SendAsync(HttpMethod.Post, "outbounds/", body, cancellationToken);
        }
        catch (TransientConnectorException e) when (e.OutcomeUnknown)
        {
            return await RecoverAsync(code, e.Message, e, cancellationToken);
        }
        var id = answer?.Header(ParcelninjaApi.OutboundIdHeader)?.Trim();
        if (id is { Length: > 0 } && id != "0") return id;
        if (id == "0")
        {
            var message = answer?.Header(ParcelninjaApi.ErrorMessageHeader) ?? "no reason given";
            if (await FindShipmentAsync(code, cancellationToken) is { } made) return made;
            throw new PermanentConnectorException($"Parcelninja did not create the outbound for order {code}: {message}");
        }
        return await RecoverAsync(code, $"Parcelninja POST outbounds/: {answer?.Status.ToString(CultureInfo.InvariantCulture) ?? "404"} without the outbound id", null, cancellationToken);
    }

    /// <summary>After a create whose outcome is unknown: the outbound Parcelninja holds for the order, or a retryable error saying none exists.</summary>
    private async Task<string> RecoverAsync(string code, string failure, Exception? inner, CancellationToken cancellationToken)
    {
        string? found;
        try
        {
            found = await FindShipmentAsync(code, cancellationToken);
        }
        catch (ConnectorException lookup)
        {
            throw new TransientConnectorException(
                $"{failure}; looking order {code} up afterwards failed too ({lookup.Message}): it may or may not have an outbound", inner, outcomeUnknown: true);
        }
        return found ?? throw new TransientConnectorException(
            $"{failure}; Parcelninja holds no outbound for order {code}, so creating it again is safe", inner, outcomeUnknown: false);
    }

    /// <summary>The id of the outbound Parcelninja holds for this client order number, or null.</summary>
    public async Task<string?> FindShipmentAsync(string channelOrderCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelOrderCode);
        var answer = await api.GetAsync("outbounds/0", cancellationToken, new Dictionary<string, string> { [ClientIdHeader] = channelOrderCode });
        if (answer?.Body is not { } body) return null;
        var view = OutboundReader.Read(body, null);
        return string.Equals(view.ChannelOrderCode, channelOrderCode, StringComparison.Ordinal) ? view.ShipmentId
            : throw new PermanentConnectorException($"Parcelninja answered the look-up of order {channelOrderCode} with outbound {view.ShipmentId} of order {view.ChannelOrderCode}.");
    }

    /// <inheritdoc />
    public async Task<Domain.Orders.Fulfillment> GetShipmentAsync(string shipmentId, string channelOrderCode, CancellationToken cancellationToken)
    {
        var view = await ReadShipmentAsync(shipmentId, cancellationToken)
            ?? throw new PermanentConnectorException($"Parcelninja has no outbound {shipmentId} for order {channelOrderCode} (deleted, or never created).");
        if (!string.Equals(view.ChannelOrderCode, channelOrderCode, StringComparison.Ordinal))
            throw new PermanentConnectorException($"Parcelninja's outbound {shipmentId} is for order {view.ChannelOrderCode}, not {channelOrderCode}.");
        return view.Fulfillment;
    }

    /// <summary>The outbound with its events and what it means for the channel, or null when Parcelninja holds none by that id.</summary>
    public async Task<OutboundView?> ReadShipmentAsync(string shipmentId, CancellationToken cancellationToken)
    {
        var id = Id(shipmentId);
        var answer = await api.GetAsync("outbounds/" + id, cancellationToken);
        return answer?.Body is { } body ? OutboundReader.Read(body, null) : null;
    }

    /// <summary>
    /// Cancels (deletes) the outbound while Parcelninja allows it (before picking starts). A refusal is returned with
    /// Parcelninja's words, not thrown: the hub records it as a failure to act on. Network and 5xx failures are thrown.
    /// </summary>
    public async Task<OutboundCancellation> CancelShipmentAsync(string shipmentId, CancellationToken cancellationToken)
    {
        var id = Id(shipmentId);
        try
        {
            var answer = await api.SendAsync(HttpMethod.Delete, "outbounds/" + id, null, cancellationToken);
            return answer is null
                ? new(OutboundCancellationOutcome.AlreadyGone, $"Parcelninja holds no outbound {id}: nothing to cancel.")
                : new(OutboundCancellationOutcome.Cancelled, $"Parcelninja cancelled outbound {id}.");
        }
        catch (PermanentConnectorException e) when (!e.Message.StartsWith("Parcelninja refused the API", StringComparison.Ordinal))
        {
            return new(OutboundCancellationOutcome.Refused, $"Parcelninja refused to cancel outbound {id}: {e.Message}");
        }
    }

    private static string Id(string shipmentId) =>
        long.TryParse(shipmentId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id.ToString(CultureInfo.InvariantCulture)
            : throw new PermanentConnectorException($"'{shipmentId}' is not a Parcelninja outbound id.");
}
