using System.Text.Json;
using Stockbridge.Connectors.WooCommerce.Orders;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

/// <summary>WooCommerce's own sample order (#727, Published/order-727.json) mapped field by field, cents included.</summary>
public sealed class PublishedOrderMappingTests
{
    private static Order Map()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Published", "order-727.json")));
        return WooOrderMapper.Map(document.RootElement);
    }

    [Fact]
    public void Identity_currency_date_and_notes()
    {
        var order = Map();
        order.Channel.ShouldBe("woocommerce");
        order.ChannelOrderCode.ShouldBe("727");
        order.ChannelOrderId.ShouldBe("727");
        order.Currency.ShouldBe("USD");
        order.PlacedAt.ShouldBe(new DateTimeOffset(2017, 3, 22, 19, 28, 2, TimeSpan.Zero));
        order.Notes.ShouldBeNull();
        order.DiscountCodes.ShouldBeEmpty();
    }

    [Fact]
    public void Customer_and_addresses_come_from_billing_and_shipping()
    {
        var order = Map();
        var customer = order.Customer.ShouldNotBeNull();
        customer.SourceCustomerCode.ShouldBe("john.doe@example.com");
        customer.Email.ShouldBe("john.doe@example.com");
        customer.FirstName.ShouldBe("John");
        customer.LastName.ShouldBe("Doe");
        customer.Phone.ShouldBe("(555) 555-5555");
        customer.Company.ShouldBeNull();
        var billing = order.BillingAddress.ShouldNotBeNull();
        billing.Type.ShouldBe("billing");
        billing.Address1.ShouldBe("969 Market");
        billing.Address2.ShouldBeNull();
        billing.City.ShouldBe("San Francisco");
        billing.Province.ShouldBe("CA");
        billing.Zip.ShouldBe("94103");
        billing.CountryCode.ShouldBe("US");
        billing.Phone.ShouldBe("(555) 555-5555");
        var shipping = order.ShippingAddress.ShouldNotBeNull();
        shipping.Type.ShouldBe("shipping");
        shipping.FirstName.ShouldBe("John");
        shipping.Address1.ShouldBe("969 Market");
        shipping.Phone.ShouldBeNull();
    }

    [Fact]
    public void Lines_carry_quantity_unit_price_net_and_tax_to_the_cent()
    {
        var lines = Map().LineItems;
        lines.Length.ShouldBe(2);

        lines[0].Sku.ShouldBe("");
        lines[0].Title.ShouldBe("Woo Single #1");
        lines[0].Qty.ShouldBe(2m);
        lines[0].Price.ShouldBe(3.00m);
        lines[0].TotalDiscount.ShouldBe(0m);
        lines[0].Discounts.ShouldBeEmpty();
        lines[0].NetTotal.ShouldBe(6.00m);
        lines[0].ChannelLineId.ShouldBe("315");
        lines[0].TaxLines.ShouldBe([new TaxLine("State Tax", 0m, 0.45m)]);

        lines[1].Sku.ShouldBe("Bar3");
        lines[1].Title.ShouldBe("Ship Your Idea &ndash; Color: Black, Size: M Test");
        lines[1].Qty.ShouldBe(1m);
        lines[1].Price.ShouldBe(12.00m);
        lines[1].NetTotal.ShouldBe(12.00m);
        lines[1].ChannelLineId.ShouldBe("316");
        lines[1].TaxLines.ShouldBe([new TaxLine("State Tax", 0m, 0.90m)]);
    }

    [Fact]
    public void Shipping_and_totals_add_up_to_the_order_value_ex_tax()
    {
        var order = Map();
        order.ShippingLines.ShouldBe([new ShippingLine("flat_rate", "Flat Rate", 10.00m)]);
        order.Totals.ShouldBe(new OrderTotals(Subtotal: 18.00m, Tax: 1.35m, Shipping: 10.00m, Discount: 0.00m, Total: 29.35m));
        // What the customer paid ex tax: 29.35 total less 1.35 tax.
        OrderValue.ExTax(order).ShouldBe(28.00m);
        (OrderValue.ExTax(order) + order.Totals!.Tax).ShouldBe(order.Totals.Total);
    }
}
