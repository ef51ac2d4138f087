using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>
/// Places an order as the storefront would: prices from the variants, discounts as Shopify applies and allocates them
/// (<see cref="CheckoutDiscounts"/>), tax at the shop's rate on what is charged after discounts (prices include tax),
/// stock taken from the first location holding it, a fulfillment order, and the orders/create webhook.
/// </summary>
public static class OrderPlacer
{
    /// <summary>Places the order; the caller holds the state's gate. Throws <see cref="ArgumentException"/> for an unknown SKU or a bad discount.</summary>
    public static SimOrder Place(ShopState s, PlaceOrderRequest request, decimal taxRate, string currency)
    {
        var variants = request.LineItems.Select(l => s.VariantBySku(l.Sku) ?? throw new ArgumentException($"No variant has SKU '{l.Sku}'.")).ToList();
        if (request.LineItems.Any(l => l.Quantity <= 0)) throw new ArgumentException("Quantities must be positive.");
        var discounts = CheckoutDiscounts.Apply(request, request.LineItems.Select((l, i) => variants[i].Price * l.Quantity).ToList(), request.ShippingLine?.Price);
        var customer = FindOrCreateCustomer(s, request);
        var address = Address(request);
        var lines = request.LineItems.Select((l, i) =>
        {
            var v = variants[i];
            var product = s.Products[v.ProductId];
            var allocations = discounts.Lines[i];
            return new SimLineItem
            {
                Id = s.NewId(), ProductId = product.Id, VariantId = v.Id, Sku = v.Sku, Title = product.Title,
                VariantTitle = v.OptionValues.Count == 0 ? null : v.Title, Vendor = product.Vendor, Quantity = l.Quantity,
                Price = v.Price, DiscountAllocations = allocations,
                TotalDiscount = allocations.Where(a => discounts.Applications[a.ApplicationIndex].TargetSelection == "explicit").Sum(a => a.Amount),
                TaxLines = IncludedTax(v.Price * l.Quantity - allocations.Sum(a => a.Amount), taxRate),
            };
        }).ToList();
        var shipping = request.ShippingLine is { } sl
            ? new List<SimShippingLine>
            {
                new(s.NewId(), sl.Title, sl.Code, sl.Price, IncludedTax(sl.Price - discounts.Shipping.Sum(a => a.Amount), taxRate)) { DiscountAllocations = discounts.Shipping },
            }
            : [];
        var id = s.NewId();
        var order = new SimOrder
        {
            Id = id, Number = s.NextOrderNumber++, Email = request.Email, CreatedAt = s.Now, UpdatedAt = s.Now,
            Currency = currency, TaxesIncluded = true, FinancialStatus = request.FinancialStatus, Note = request.Note,
            CustomerId = customer.Id, ShippingAddress = address, BillingAddress = address, LineItems = lines, ShippingLines = shipping,
            DiscountApplications = discounts.Applications,
            DiscountCodes = discounts.Applications.Where(a => a.Code is not null).Select(a => a.Code!).Distinct().ToList(),
            PoNumber = request.PoNumber, ConfirmationNumber = ConfirmationNumber(id),
        };
        var location = TakeStock(s, lines);
        order.FulfillmentOrders.Add(new SimFulfillmentOrder
        {
            Id = s.NewId(), OrderId = order.Id, LocationId = location,
            Lines = lines.Select(l => new SimFulfillmentOrderLine { Id = s.NewId(), LineItemId = l.Id, TotalQuantity = l.Quantity, RemainingQuantity = l.Quantity }).ToList(),
        });
        s.Orders[order.Id] = order;
        s.Publish("orders/create", RestPayloads.Order(order, s));
        return order;
    }

    // Prices include tax, so the tax is the part of the amount charged (after discounts) that the rate accounts for.
    private static List<SimTaxLine> IncludedTax(decimal charged, decimal taxRate) =>
        taxRate == 0 ? [] : [new SimTaxLine("VAT", taxRate, Math.Round(charged * taxRate / (1 + taxRate), 2))];

    // Nine letters and digits (no 0/O or 1/I), like the TEDILJ8AD a buyer sees on the thank-you page.
    private static string ConfirmationNumber(long orderId)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var n = (ulong)orderId * 0x9E3779B97F4A7C15UL;
        var code = new char[9];
        for (var i = 0; i < code.Length; i++, n /= (ulong)alphabet.Length) code[i] = alphabet[(int)(n % (ulong)alphabet.Length)];
        return new string(code);
    }

    private static SimCustomer FindOrCreateCustomer(ShopState s, PlaceOrderRequest request)
    {
        var existing = s.Customers.Values.FirstOrDefault(c => string.Equals(c.Email, request.Email, StringComparison.OrdinalIgnoreCase));
        if (existing is not null) return existing;
        var customer = new SimCustomer
        {
            Id = s.NewId(), Email = request.Email, FirstName = request.FirstName, LastName = request.LastName,
            CreatedAt = s.Now, UpdatedAt = s.Now, Addresses = Address(request) is { } a ? [a with { Id = s.NewId() }] : [],
        };
        s.Customers[customer.Id] = customer;
        s.Publish("customers/create", RestPayloads.Customer(customer));
        return customer;
    }

    private static SimAddress? Address(PlaceOrderRequest r) => r.ShippingAddress is not { } a ? null : new SimAddress
    {
        FirstName = r.FirstName, LastName = r.LastName, Address1 = a.Address1, City = a.City, Zip = a.Zip,
        CountryCode = a.CountryCode, Country = a.CountryCode == "ZA" ? "South Africa" : a.CountryCode, Province = a.Province, Phone = a.Phone,
    };

    private static long TakeStock(ShopState s, List<SimLineItem> lines)
    {
        var location = s.Locations.First().Id;
        foreach (var line in lines)
        {
            var variant = s.VariantById(line.VariantId!.Value)!;
            var at = s.Locations.FirstOrDefault(l => s.Available(variant.InventoryItemId, l.Id) > 0) ?? s.Locations.First();
            var before = s.Available(variant.InventoryItemId, at.Id) ?? 0;
            s.Levels[(variant.InventoryItemId, at.Id)] = before - line.Quantity;
            s.Publish("inventory_levels/update", RestPayloads.InventoryLevel(variant, at, before - line.Quantity, s.Now));
            location = at.Id;
        }
        return location;
    }
}
