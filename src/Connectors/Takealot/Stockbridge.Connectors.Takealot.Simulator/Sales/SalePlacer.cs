using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Webhooks;
using Stockbridge.Connectors.Takealot.Simulator.Wire;

namespace Stockbridge.Connectors.Takealot.Simulator.Sales;

/// <summary>
/// Takes a shopper's order on Takealot: one order id, one sale (order item) per line and stock location. A leadtime sale
/// takes the seller's leadtime stock (Takealot decrements it itself) and raises a purchase order on the seller; a
/// Takealot-fulfilled sale takes a DC's stock. Refused (409) when an offer is not buyable or short. Webhooks follow:
/// New Leadtime Order per leadtime item, Sale Status Changed per DC item.
/// </summary>
public sealed class SalePlacer(TakealotState state, TakealotWebhooks webhooks)
{
    /// <summary>VAT in South Africa: selling prices include it.</summary>
    public const decimal VatRate = 0.15m;

    /// <summary>Places the order; returns its sales.</summary>
    public IReadOnlyList<TakealotSale> Place(SaleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Lines.Count == 0) throw new TakealotRequestException(400, "An order needs at least one line.");
        var sales = state.Read(s => Take(s, request));
        foreach (var sale in sales)
        {
            if (sale.IsLeadtime) webhooks.Publish(TakealotWebhookEvents.NewLeadtimeOrder, LeadtimeBody(sale));
            else webhooks.Publish(TakealotWebhookEvents.SaleStatusChanged, new JsonObject
            {
                ["sale"] = SaleJson.Of(sale),
                ["event_timestamp_utc"] = sale.OrderDate.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        return sales;
    }

    /// <summary>What the shopper paid ex VAT, to the cent, as the hub must carry it: each line's VAT-inclusive total less its VAT.</summary>
    public static decimal PaidExVat(IEnumerable<TakealotSale> sales) =>
        sales.Sum(s => Math.Round(s.SellingPrice / (1 + VatRate), 2, MidpointRounding.AwayFromZero));

    private static List<TakealotSale> Take(TakealotState s, SaleRequest request)
    {
        foreach (var (sku, quantity) in request.Lines)
        {
            var offer = s.BySku(sku) ?? throw new TakealotRequestException(409, $"SKU '{sku}' is not on Takealot");
            if (quantity <= 0) throw new TakealotRequestException(400, $"SKU '{sku}': the quantity must be more than 0");
            if (offer.Status != "Buyable") throw new TakealotRequestException(409, $"SKU '{sku}' is {offer.Status}");
            var available = request.Kind == SaleKind.Leadtime ? (offer.LeadtimeDays > 0 ? offer.LeadtimeTotal : 0) : offer.DcStock.Values.Sum();
            if (available < quantity) throw new TakealotRequestException(409, $"SKU '{sku}': only {available} available {(request.Kind == SaleKind.Leadtime ? "as leadtime stock" : "at Takealot's DCs")}");
        }
        var orderId = s.NextNumber();
        var now = s.Time.GetUtcNow();
        var sales = new List<TakealotSale>();
        foreach (var (sku, quantity) in request.Lines)
        {
            var offer = s.BySku(sku)!;
            var stock = request.Kind == SaleKind.Leadtime ? offer.LeadtimeStock : offer.DcStock;
            var left = quantity;
            foreach (var warehouseId in stock.Keys.ToList())
            {
                var taken = Math.Min(left, stock[warehouseId]);
                if (taken == 0) continue;
                stock[warehouseId] -= taken;
                left -= taken;
                var warehouse = s.Warehouse(warehouseId)!;
                var gross = (decimal)taken * offer.SellingPrice;
                var sale = new TakealotSale
                {
                    OrderId = orderId,
                    OrderItemId = s.NextNumber(),
                    OrderDate = now,
                    Offer = offer,
                    Quantity = taken,
                    SellingPrice = request.Promotion ? Math.Round(gross * 0.9m, 0, MidpointRounding.AwayFromZero) : gross,
                    Promotion = request.Promotion,
                    Dc = request.Kind == SaleKind.Leadtime ? s.Dcs[0] : warehouse,
                    Customer = request.Customer,
                    MerchantWarehouse = request.Kind == SaleKind.Leadtime ? warehouse : null,
                    PoNumber = request.Kind == SaleKind.Leadtime ? s.NextNumber() : null,
                    SaleStatus = request.Kind == SaleKind.Leadtime ? "New Leadtime Order" : "Shipped to Customer",
                };
                sales.Add(sale);
                s.Sales.Add(sale);
                if (left == 0) break;
            }
        }
        return sales;
    }

    private static JsonObject LeadtimeBody(TakealotSale sale) => new()
    {
        ["order_id"] = sale.OrderId,
        ["order_item_id"] = sale.OrderItemId,
        ["offer"] = new JsonObject
        {
            ["offer_id"] = sale.Offer.OfferId,
            ["sku"] = sale.Offer.Sku,
            ["barcode"] = sale.Offer.Product.Barcode,
            ["leadtime_stock"] = new JsonArray([.. sale.Offer.LeadtimeStock.Select(p => (JsonNode)new JsonObject { ["merchant_warehouse_id"] = p.Key, ["quantity"] = p.Value })]),
        },
        ["warehouse"] = new JsonObject { ["warehouse_id"] = sale.Dc.Id, ["name"] = sale.Dc.Name },
        ["facility"] = new JsonObject { ["code"] = sale.Dc.Code },
        ["quantity"] = sale.Quantity,
        ["total_selling_price"] = sale.SellingPrice,
        ["event_date"] = SaleJson.Date(sale.OrderDate),
    };
}
