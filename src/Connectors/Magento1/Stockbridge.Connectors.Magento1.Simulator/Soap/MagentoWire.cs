using System.Globalization;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Types;
using Stockbridge.Connectors.Magento1.Simulator.State;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>The store's records in Magento's wire types (amounts and dates as strings, as Magento's WSDL types them).</summary>
public static class MagentoWire
{
    /// <summary>The fields <c>salesOrderList</c> filters on.</summary>
    public static IReadOnlySet<string> OrderFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "increment_id", "order_id", "created_at", "updated_at", "status", "state", "customer_email", "grand_total" };

    /// <summary>The fields <c>catalogProductList</c> filters on.</summary>
    public static IReadOnlySet<string> ProductFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "product_id", "entity_id", "sku", "name", "type", "type_id", "set", "status", "updated_at", "created_at" };

    /// <summary>An order's filterable field.</summary>
    public static string? OrderField(MagentoOrder order, string field)
    {
        ArgumentNullException.ThrowIfNull(order);
        return field switch
        {
            "increment_id" => order.IncrementId,
            "order_id" => Text(order.Id),
            "created_at" => MagentoStore.FormatDate(order.CreatedAt),
            "updated_at" => MagentoStore.FormatDate(order.UpdatedAt),
            "status" => order.Status,
            "state" => order.State,
            "customer_email" => order.Email,
            "grand_total" => MagentoStore.FormatAmount(order.GrandTotal),
            _ => null,
        };
    }

    /// <summary>A product's filterable field.</summary>
    public static string? ProductField(MagentoProduct product, string field)
    {
        ArgumentNullException.ThrowIfNull(product);
        return field switch
        {
            "product_id" or "entity_id" => Text(product.Id),
            "sku" => product.Sku,
            "name" => product.Name,
            "type" or "type_id" => product.Type,
            "set" => Text(product.SetId),
            "status" => Text(product.Status),
            "updated_at" => MagentoStore.FormatDate(product.UpdatedAt),
            "created_at" => MagentoStore.FormatDate(product.CreatedAt),
            _ => null,
        };
    }

    /// <summary>A product as <c>catalogProductList</c> lists it.</summary>
    public static CatalogProductEntity ListEntry(MagentoProduct p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new() { ProductId = Text(p.Id), Sku = p.Sku, Name = p.Name, Set = Text(p.SetId), Type = p.Type, CategoryIds = [], WebsiteIds = ["1"] };
    }

    /// <summary>A product as <c>catalogProductInfo</c> returns it.</summary>
    public static CatalogProductReturnEntity Info(MagentoProduct p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var attributes = p.Attributes.Select(a => new AssociativeEntity { Key = a.Key, Value = a.Value }).ToList();
        if (p.ChildSkus.Count > 0) attributes.Add(new AssociativeEntity { Key = "associated_skus", Value = string.Join(',', p.ChildSkus) });
        return new()
        {
            ProductId = Text(p.Id), Sku = p.Sku, Set = Text(p.SetId), Type = p.Type, TypeId = p.Type, Categories = [], Websites = ["1"],
            CreatedAt = MagentoStore.FormatDate(p.CreatedAt), UpdatedAt = MagentoStore.FormatDate(p.UpdatedAt),
            Name = p.Name, Description = p.Description, ShortDescription = p.ShortDescription, Weight = p.Weight,
            Status = Text(p.Status), Visibility = Text(p.Visibility), Price = MagentoStore.FormatAmount(p.Price),
            SpecialPrice = p.SpecialPrice is { } s ? MagentoStore.FormatAmount(s) : null, TaxClassId = p.TaxClassId,
            AdditionalAttributes = [.. attributes],
        };
    }

    /// <summary>A product's stock item.</summary>
    public static CatalogInventoryStockItemEntity Stock(MagentoProduct p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new() { ProductId = Text(p.Id), Sku = p.Sku, Qty = MagentoStore.FormatAmount(p.Qty), IsInStock = p.IsInStock ? "1" : "0" };
    }

    /// <summary>An order as <c>salesOrderList</c> lists it.</summary>
    public static SalesOrderListEntity ListEntry(MagentoOrder o, string currency)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new()
        {
            IncrementId = o.IncrementId, StoreId = "1", CreatedAt = MagentoStore.FormatDate(o.CreatedAt), UpdatedAt = MagentoStore.FormatDate(o.UpdatedAt),
            TaxAmount = MagentoStore.FormatAmount(o.Tax), ShippingAmount = MagentoStore.FormatAmount(o.Shipping), DiscountAmount = MagentoStore.FormatAmount(-o.Discount),
            Subtotal = MagentoStore.FormatAmount(o.Subtotal), GrandTotal = MagentoStore.FormatAmount(o.GrandTotal), TotalPaid = MagentoStore.FormatAmount(o.GrandTotal),
            OrderCurrencyCode = currency, CustomerEmail = o.Email, CustomerFirstname = o.Firstname, CustomerLastname = o.Lastname,
            Status = o.Status, State = o.State, OrderId = Text(o.Id),
            BillingFirstname = o.Firstname, BillingLastname = o.Lastname, ShippingFirstname = o.Firstname, ShippingLastname = o.Lastname,
        };
    }

    /// <summary>An order in full as <c>salesOrderInfo</c> returns it.</summary>
    public static SalesOrderEntity Info(MagentoOrder o, string currency)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new()
        {
            IncrementId = o.IncrementId, StoreId = "1", CreatedAt = MagentoStore.FormatDate(o.CreatedAt), UpdatedAt = MagentoStore.FormatDate(o.UpdatedAt),
            TaxAmount = MagentoStore.FormatAmount(o.Tax), ShippingAmount = MagentoStore.FormatAmount(o.Shipping), ShippingTaxAmount = MagentoStore.FormatAmount(o.ShippingTax),
            DiscountAmount = MagentoStore.FormatAmount(-o.Discount), Subtotal = MagentoStore.FormatAmount(o.Subtotal),
            GrandTotal = MagentoStore.FormatAmount(o.GrandTotal), TotalPaid = MagentoStore.FormatAmount(o.GrandTotal), OrderCurrencyCode = currency,
            ShippingMethod = "flatrate_flatrate", ShippingDescription = "Flat Rate - Fixed", CustomerEmail = o.Email,
            CustomerFirstname = o.Firstname, CustomerLastname = o.Lastname, CouponCode = o.CouponCode,
            DiscountDescription = o.CouponCode, Status = o.Status, State = o.State, OrderId = Text(o.Id),
            BillingAddress = Address(o, "billing"), ShippingAddress = Address(o, "shipping"),
            Items = [.. o.Lines.Select(l => Item(o, l))],
            Payment = new SalesOrderPaymentEntity { Method = "checkmo", AmountOrdered = MagentoStore.FormatAmount(o.GrandTotal), AmountPaid = MagentoStore.FormatAmount(o.GrandTotal) },
            StatusHistory = [.. o.History.AsEnumerable().Reverse().Select(h => new SalesOrderStatusHistoryEntity { CreatedAt = MagentoStore.FormatDate(h.CreatedAt), Comment = h.Comment, Status = h.Status, IsCustomerNotified = h.CustomerNotified ? "1" : "0" })],
        };
    }

    /// <summary>A shipment as <c>salesOrderShipmentInfo</c> returns it.</summary>
    public static SalesOrderShipmentEntity Shipment(MagentoShipment s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            IncrementId = s.IncrementId, OrderIncrementId = s.Order.IncrementId, CreatedAt = MagentoStore.FormatDate(s.CreatedAt), ShipmentId = Text(s.Id),
            TotalQty = MagentoStore.FormatAmount(s.Items.Values.Sum()),
            Tracks = [.. s.Tracks.Select(t => new SalesOrderShipmentTrackEntity { TrackId = Text(t.Id), CarrierCode = t.Carrier, Title = t.Title, Number = t.Number })],
        };
    }

    private static SalesOrderItemEntity Item(MagentoOrder o, MagentoOrderLine l) => new()
    {
        ItemId = Text(l.ItemId), OrderId = Text(o.Id), ProductId = Text(l.ProductId), ProductType = "simple", Sku = l.Sku, Name = l.Name,
        QtyOrdered = MagentoStore.FormatAmount(l.Qty), QtyShipped = MagentoStore.FormatAmount(l.QtyShipped), Price = MagentoStore.FormatAmount(l.Price),
        OriginalPrice = MagentoStore.FormatAmount(l.Price), TaxPercent = MagentoStore.FormatAmount(l.TaxPercent), TaxAmount = MagentoStore.FormatAmount(l.Tax),
        DiscountAmount = MagentoStore.FormatAmount(l.Discount), RowTotal = MagentoStore.FormatAmount(l.RowTotal),
        PriceInclTax = MagentoStore.FormatAmount(l.Price * (1 + l.TaxPercent / 100m)), RowTotalInclTax = MagentoStore.FormatAmount(l.RowTotal + l.Tax),
    };

    private static SalesOrderAddressEntity Address(MagentoOrder o, string type) => new()
    {
        AddressType = type, Firstname = o.Firstname, Lastname = o.Lastname, Street = "1 Long Street", City = "Cape Town",
        Region = "Western Cape", Postcode = "8001", CountryId = "ZA", Telephone = "0210000000", Email = o.Email,
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
