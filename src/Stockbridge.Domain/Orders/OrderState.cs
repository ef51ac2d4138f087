namespace Stockbridge.Domain.Orders;

/// <summary>Where an order is on its way from channel to cash.</summary>
public enum OrderState
{
    Received,
    Validated,
    Raised,
    Fulfilling,
    Fulfilled,
    Invoiced,
    Paid,
    Failed,
    Cancelled,
    Refunded,
}
