namespace Stockbridge.Connectors.Takealot.Simulator.State;

/// <summary>One sale (an order item) as Takealot's sales endpoints report it.</summary>
public sealed class TakealotSale
{
    /// <summary>The shopper's order (several items share it).</summary>
    public required int OrderId { get; init; }
    /// <summary>This item's id.</summary>
    public required int OrderItemId { get; init; }
    /// <summary>When it was ordered.</summary>
    public required DateTimeOffset OrderDate { get; init; }
    /// <summary>The offer sold.</summary>
    public required TakealotOffer Offer { get; init; }
    /// <summary>How many.</summary>
    public required int Quantity { get; init; }
    /// <summary>The line total the shopper paid, VAT included (rand and cents).</summary>
    public required decimal SellingPrice { get; init; }
    /// <summary>Whether a promotion priced it.</summary>
    public bool Promotion { get; init; }
    /// <summary>The DC the item ships to the customer from.</summary>
    public required TakealotWarehouse Dc { get; init; }
    /// <summary>The shopper's name.</summary>
    public required string Customer { get; init; }
    /// <summary>
    /// Leadtime sales: the merchant warehouse the stock was taken from, and the purchase order Takealot raises on the seller;
    /// null for a sale shipped from Takealot's own DC stock.
    /// </summary>
    public TakealotWarehouse? MerchantWarehouse { get; init; }
    /// <summary>Takealot's purchase order number for a leadtime sale.</summary>
    public int? PoNumber { get; init; }
    /// <summary>The sale's status words.</summary>
    public required string SaleStatus { get; set; }
    /// <summary>The seller's shipment of a leadtime sale, once confirmed.</summary>
    public TakealotShipment? Shipment { get; set; }
    /// <summary>Whether the merchant ships it (leadtime) rather than Takealot from DC stock.</summary>
    public bool IsLeadtime => MerchantWarehouse is not null;
}
