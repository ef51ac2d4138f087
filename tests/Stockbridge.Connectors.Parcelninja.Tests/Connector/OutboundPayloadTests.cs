using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Parcelninja.Outbounds;
using Stockbridge.Connectors.Parcelninja.Tests.Support;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Parcelninja.Tests.Connector;

/// <summary>An order as Parcelninja's outbound: its field rules met, or a reason why it cannot go.</summary>
public sealed class OutboundPayloadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("+27 82 555 0101", "0825550101")]
    [InlineData("082-555-0101", "0825550101")]
    [InlineData("27825550101", "0825550101")]
    [InlineData("+44 20 7946 0958", null)]
    [InlineData("", null)]
    public void Phones_become_10_digit_South_African_numbers_or_are_left_out(string phone, string? expected) =>
        Assert.Equal(expected, OutboundPayload.SouthAfricanNumber(phone));

    [Fact]
    public void The_body_carries_the_order_number_address_and_one_item_per_sku_cut_to_50_characters()
    {
        var order = ParcelninjaTestBed.OrderFor("SB-1001", "SKU-A", "SKU-B") with
        {
            ShippingAddress = new Address { FirstName = "Thandi", LastName = "Mokoena", Address1 = new string('x', 70), City = "Rosebank", Zip = "2196", Phone = "+27825550101" },
        };
        order = order with { LineItems = order.LineItems.Add(new LineItem { Sku = "SKU-A", Qty = 1, Price = 10m }) };

        var body = OutboundPayload.For(order);

        Assert.Equal("SB-1001", body["clientId"]!.GetValue<string>());
        Assert.Equal(2, body["typeId"]!.GetValue<int>());
        var info = body["deliveryInfo"]!;
        Assert.Equal("Thandi Mokoena", info["customer"]!.GetValue<string>());
        Assert.Equal(50, info["addressLine1"]!.GetValue<string>().Length);
        Assert.Equal("0825550101", info["contactNo"]!.GetValue<string>());
        Assert.Equal(0, info["deliveryOption"]!["deliveryQuoteId"]!.GetValue<int>());
        Assert.Equal([("SKU-A", 3), ("SKU-B", 2)], body["items"]!.AsArray().Select(i => (i!["itemNo"]!.GetValue<string>(), i["qty"]!.GetValue<int>())));
    }

    [Fact]
    public void Part_units_and_orders_without_lines_cannot_go_and_say_why()
    {
        var half = ParcelninjaTestBed.OrderFor("SB-2", "SKU-A") with { LineItems = [new LineItem { Sku = "SKU-A", Qty = 1.5m, Price = 1m }] };
        Assert.Contains("whole units", Assert.Throws<PermanentConnectorException>(() => OutboundPayload.For(half)).Message, StringComparison.Ordinal);
        var empty = ParcelninjaTestBed.OrderFor("SB-3");
        Assert.Contains("no lines", Assert.Throws<PermanentConnectorException>(() => OutboundPayload.For(empty)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parcelninja_refusing_a_field_is_a_permanent_failure_in_its_own_words()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var order = ParcelninjaTestBed.OrderFor(ParcelninjaTestBed.Code(), "SKU-A");
        order = order with { ShippingAddress = order.ShippingAddress! with { Zip = "21960" } };

        var failure = await Assert.ThrowsAsync<PermanentConnectorException>(() => bed.Connector.CreateShipmentAsync(order, Ct));

        Assert.Contains("400", failure.Message, StringComparison.Ordinal);
        Assert.Contains("postalCode '21960'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_credentials_fail_the_connection_test_without_the_password()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var result = await bed.Connect(bed.Simulator.BadCredentialSettings).TestConnectionAsync(Ct);

        Assert.False(result.Ok);
        var check = Assert.Single(result.Checks);
        Assert.Contains("Authorization has been denied", check.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(bed.Simulator.BadCredentialSettings["password"], check.Detail, StringComparison.Ordinal);
        Assert.True((await bed.Connector.TestConnectionAsync(Ct)).Ok);
    }
}
