namespace Stockbridge.Connectors.Fulfillment;

/// <summary>A channel that accepts fulfilments with tracking back onto its orders.</summary>
public interface ISupportsFulfillmentPush
{
    /// <summary>Creates the fulfilment on the channel order (with tracking number, company and URL).</summary>
    Task PushFulfillmentAsync(Domain.Orders.Order order, Domain.Orders.Fulfillment fulfillment, CancellationToken cancellationToken);
}
