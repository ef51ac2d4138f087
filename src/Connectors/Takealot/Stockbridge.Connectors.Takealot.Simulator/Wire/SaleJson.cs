using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Simulator.State;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>A sale as the sales endpoints and webhooks give it (<c>Sale</c>); dates are South African time (UTC+2), as Takealot shows them [guess].</summary>
public static class SaleJson
{
    /// <summary>South African Standard Time, which has no daylight saving.</summary>
    public static readonly TimeSpan Sast = TimeSpan.FromHours(2);

    /// <summary>A timestamp as Takealot writes it: <c>yyyy-MM-dd HH:mm:ss</c> in South African time.</summary>
    public static string Date(DateTimeOffset at) => at.ToOffset(Sast).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The <c>Sale</c> of one order item.</summary>
    public static JsonObject Of(TakealotSale sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return new JsonObject
        {
            ["order_id"] = sale.OrderId,
            ["order_item_id"] = sale.OrderItemId,
            ["order_date"] = Date(sale.OrderDate),
            ["sale_status"] = sale.SaleStatus,
            ["offer_id"] = sale.Offer.OfferId,
            ["tsin"] = sale.Offer.Product.TsinId,
            ["sku"] = sale.Offer.Sku,
            ["product_title"] = sale.Offer.Product.Title,
            ["takealot_url_mobi"] = string.Create(CultureInfo.InvariantCulture, $"https://m.takealot.com/x/PLID{sale.Offer.Product.TsinId}"),
            ["quantity"] = sale.Quantity,
            ["selling_price"] = sale.SellingPrice,
            ["dc"] = sale.Dc.Code,
            ["customer_dc"] = sale.Dc.Code,
            ["customer"] = sale.Customer,
            ["promotion"] = sale.Promotion,
            ["shipment_id"] = sale.Shipment?.ShipmentId,
            ["shipment_state_id"] = sale.Shipment is null ? null : 1,
            ["po_number"] = sale.PoNumber,
            ["shipment_name"] = sale.Shipment?.TrackingNumber,
            ["stock_source_region"] = sale.MerchantWarehouse?.Code ?? sale.Dc.Code,
        };
    }
}
