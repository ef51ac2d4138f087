using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Database;
using Stockbridge.Connectors.Syspro.Enet;
using Stockbridge.Connectors.Syspro.Orders;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro;

/// <summary>
/// Refunds and cancellations carried into SYSPRO: the sales order is read from SorMaster/SorDetail, a SORTOI change (or cancel)
/// document is posted for the difference, and the order is read again for its value. A repeat finds nothing left to change.
/// </summary>
public sealed partial class SysproConnector : ISupportsOrderChanges
{
    /// <inheritdoc />
    public async Task<OrderChangeResult> ChangeOrderAsync(string sourceOrderCode, Order target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var held = await HeldAsync(sourceOrderCode, cancellationToken);
        if (held.Cancelled) throw new PermanentConnectorException($"Sales order {sourceOrderCode} is cancelled in SYSPRO: there is nothing left to change.", "order_cancelled");
        if (SortoiChangeDocument.Change(held, target, Options) is not { } change)
            return new OrderChangeResult($"sales order {sourceOrderCode} already holds it", held.Value, held.Value);
        await PostChangeAsync(sourceOrderCode, change.Xml, "change", cancellationToken);
        var after = await HeldAsync(sourceOrderCode, cancellationToken);
        return new OrderChangeResult($"sales order {sourceOrderCode} changed: {string.Join("; ", change.Changes)}", held.Value, after.Value);
    }

    /// <inheritdoc />
    public async Task<OrderChangeResult> CancelOrderAsync(string sourceOrderCode, string reason, CancellationToken cancellationToken)
    {
        var held = await HeldAsync(sourceOrderCode, cancellationToken);
        if (held.Cancelled) return new OrderChangeResult($"sales order {sourceOrderCode} was already cancelled", 0, 0);
        await PostChangeAsync(sourceOrderCode, SortoiChangeDocument.Cancel(held), "cancellation", cancellationToken);
        var after = await HeldAsync(sourceOrderCode, cancellationToken);
        if (!after.Cancelled)
            throw new TransientConnectorException($"SORTOI accepted the cancellation of sales order {sourceOrderCode}, but SorMaster does not show it cancelled yet.");
        return new OrderChangeResult($"sales order {sourceOrderCode} cancelled ({reason})", held.Value, 0);
    }

    private async Task<HeldSalesOrder> HeldAsync(string sourceOrderCode, CancellationToken cancellationToken) =>
        await new HeldSalesOrderReader(Database).ReadAsync(sourceOrderCode, cancellationToken)
        ?? throw new PermanentConnectorException($"Sales order {sourceOrderCode} is not in SYSPRO's SorMaster.", "order_not_found");

    private async Task PostChangeAsync(string sourceOrderCode, string document, string what, CancellationToken cancellationToken)
    {
        var parameters = SortoiDocument.Parameters(Options);
        var client = Client;
        var reply = await Sessions.CallAsync(client, userId => client.PostTransactionAsync(userId, "SORTOI", parameters, document, cancellationToken), cancellationToken);
        if (EnetBody.IsError(reply)) throw new PermanentConnectorException($"SYSPRO refused the {what} of sales order {sourceOrderCode}: {reply.Trim()}");
        var errors = EnetXml.Errors(EnetXml.Parse(reply, "SORTOI"));
        if (errors.Count > 0)
            throw new PermanentConnectorException($"SYSPRO refused the {what} of sales order {sourceOrderCode}: {SortoiOutcome.Describe(errors)}", errors[0].Number);
    }
}
