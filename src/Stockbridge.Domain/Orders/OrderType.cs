namespace Stockbridge.Domain.Orders;

/// <summary>Whether the ERP document raised is a sales order or an invoice.</summary>
public enum OrderType
{
    Order,
    Invoice,
}
