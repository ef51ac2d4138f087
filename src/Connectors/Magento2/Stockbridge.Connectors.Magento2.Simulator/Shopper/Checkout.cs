using System.Globalization;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Shopper;

/// <summary>
/// A shopper's checkout on the default store view: enabled, visible products (a configurable's child through its parent)
/// with salable stock; a coupon takes 10 % off each row; VAT on the discounted rows and on flat-rate shipping; stock taken
/// from the sources; the order saved as <c>processing</c> with a parent and a child item per configurable line.
/// </summary>
public static class Checkout
{
    /// <summary>The store view a shopper buys on.</summary>
    public const int StoreId = 1;

    /// <summary>Places the order; a refusal (unknown, hidden or short SKU) is a <see cref="MagentoError"/> 400.</summary>
    public static SalesOrder Place(MagentoStore store, SimulatorSettings settings, string email, IReadOnlyList<(string Sku, decimal Qty)> lines, string? coupon)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(lines);
        return store.Read(s =>
        {
            var items = new List<OrderItem>();
            foreach (var (sku, qty) in lines)
            {
                var product = s.Products.GetValueOrDefault(sku) ?? throw new MagentoError(400, "The product that was requested doesn't exist. Verify the product and try again.");
                var parent = s.ParentOf(sku);
                var shown = parent ?? product;
                if (product.Status != 1 || shown.Status != 1 || shown.Visibility == 1)
                    throw new MagentoError(400, "Product that you are trying to add is not available.");
                if (s.Salable(sku) < qty) throw new MagentoError(400, "The requested qty is not available");
                var price = product.PriceFor(StoreId) ?? 0m;
                var row = Cents(price * qty);
                var discount = coupon is null ? 0m : Cents(row * 0.10m);
                var tax = Cents((row - discount) * settings.TaxRate / 100m);
                var itemId = s.NextId();
                items.Add(new OrderItem
                {
                    ItemId = itemId, ProductId = shown.Id, Sku = sku, Name = shown.NameFor("default"),
                    ProductType = parent is null ? product.TypeId : "configurable", QtyOrdered = qty, Price = price,
                    RowTotal = row, DiscountAmount = discount, TaxPercent = settings.TaxRate, TaxAmount = tax,
                });
                if (parent is not null)
                    items.Add(new OrderItem { ItemId = s.NextId(), ParentItemId = itemId, ProductId = product.Id, Sku = sku, Name = product.NameFor("default"), ProductType = "simple", QtyOrdered = qty });
            }
            foreach (var (sku, qty) in lines) Take(s, sku, qty);
            var name = email.Split('@')[0];
            var address = new OrderAddress("shipping", "Sam", "Shopper", ["1 Long Street"], "Cape Town", "Western Cape", "8001", "ZA", "0210000000", email);
            var now = s.Now();
            var id = s.NextId();
            var order = new SalesOrder
            {
                EntityId = id,
                IncrementId = (s.Orders.Count + 1).ToString("000000000", CultureInfo.InvariantCulture),
                CreatedAt = now,
                UpdatedAt = now,
                CustomerEmail = email,
                CustomerFirstname = "Sam",
                CustomerLastname = name.Length > 0 ? name : "Shopper",
                CouponCode = coupon,
                Items = items,
                Billing = address with { AddressType = "billing" },
                Shipping = address,
                ShippingMethod = "flatrate_flatrate",
                ShippingDescription = "Flat Rate - Fixed",
                ShippingAmount = settings.FlatRateShipping,
                ShippingTaxAmount = Cents(settings.FlatRateShipping * settings.TaxRate / 100m),
            };
            s.Orders[id] = order;
            return order;
        });
    }

    private static void Take(MagentoStore s, string sku, decimal qty)
    {
        foreach (var item in s.SourceItems.Values.Where(i => i.Sku == sku && i.Status == 1).OrderBy(i => i.SourceCode == "default" ? 0 : 1).ToList())
        {
            var taken = Math.Min(item.Quantity, qty);
            s.SourceItems[(item.Sku, item.SourceCode)] = item with { Quantity = item.Quantity - taken };
            qty -= taken;
            if (qty <= 0) return;
        }
    }

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
