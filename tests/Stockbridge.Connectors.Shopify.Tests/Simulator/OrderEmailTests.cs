using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

/// <summary>An order keeps the e-mail given at its checkout, whatever its customer record says.</summary>
public sealed class OrderEmailTests
{
    [Fact]
    public async Task ReturningCustomer_WithAnotherSpelling_OrderKeepsItsOwnEmail_InRestAndGraphQL()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        await AdminApi.CreateProductAsync(shop, "Mail", 10, "M-1");
        await shop.PlaceOrderAsync(new PlaceOrderRequest { Email = "Jo.Smith@Example.com", LineItems = [new("M-1", 1)] }, TestContext.Current.CancellationToken);
        var second = await shop.PlaceOrderAsync(new PlaceOrderRequest { Email = "jo.smith@example.com", LineItems = [new("M-1", 1)] }, TestContext.Current.CancellationToken);

        var rest = RestPayloads.Order(second, shop.Runtime.State);
        rest["email"]!.GetValue<string>().ShouldBe("jo.smith@example.com");
        rest["contact_email"]!.GetValue<string>().ShouldBe("jo.smith@example.com");
        rest["customer"]!["email"]!.GetValue<string>().ShouldBe("Jo.Smith@Example.com"); // the one customer record, as first given
        var (_, body) = await AdminApi.PostAsync(shop, "query($id: ID!) { order(id: $id) { email customer { email defaultEmailAddress { emailAddress } } } }",
            new { id = Gid.For("Order", second.Id) });
        body["data"]!["order"]!["email"]!.GetValue<string>().ShouldBe("jo.smith@example.com");
        body["data"]!["order"]!["customer"]!["defaultEmailAddress"]!["emailAddress"]!.GetValue<string>().ShouldBe("Jo.Smith@Example.com");
    }
}
