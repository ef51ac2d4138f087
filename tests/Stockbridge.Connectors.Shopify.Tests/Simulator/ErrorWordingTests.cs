using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

/// <summary>Parse and validation errors in the wording and shape of Shopify's GraphQL server.</summary>
public sealed class ErrorWordingTests
{
    [Fact]
    public async Task ParseError_NamesTheTokenAndWhere_WithNothingElse()
    {
        await using var shop = await StartAsync();
        var (status, body) = await AdminApi.PostAsync(shop, "query { shop { name } ) }");
        status.ShouldBe(200);
        JsonNode.DeepEquals(body, JsonNode.Parse("""{"errors":[{"message":"Parse error on \")\" (RPAREN) at [1, 23]","locations":[{"line":1,"column":23}]}]}""")).ShouldBeTrue(body.ToJsonString());
    }

    [Fact]
    public async Task UnfinishedDocument_IsUnexpectedEndOfDocument()
    {
        await using var shop = await StartAsync();
        var (_, body) = await AdminApi.PostAsync(shop, "{ shop { name }");
        JsonNode.DeepEquals(body, JsonNode.Parse("""{"errors":[{"message":"Unexpected end of document","locations":[]}]}""")).ShouldBeTrue(body.ToJsonString());
    }

    [Fact]
    public async Task UnknownField_IsUndefinedField()
    {
        await using var shop = await StartAsync();
        var (_, body) = await AdminApi.PostAsync(shop, "{ shop { nope } }");
        var error = body["errors"]![0]!;
        error["message"]!.GetValue<string>().ShouldBe("Field 'nope' doesn't exist on type 'Shop'");
        error["extensions"]!.ToJsonString().ShouldBe("""{"code":"undefinedField","typeName":"Shop","fieldName":"nope"}""");
    }

    [Fact]
    public async Task UnknownArgument_IsArgumentNotAccepted()
    {
        await using var shop = await StartAsync();
        var (_, body) = await AdminApi.PostAsync(shop, "{ products(frist: 2) { nodes { id } } }");
        var error = body["errors"]![0]!;
        error["message"]!.GetValue<string>().ShouldBe("Field 'products' doesn't accept argument 'frist'");
        error["extensions"]!.ToJsonString().ShouldBe("""{"code":"argumentNotAccepted","name":"products","typeName":"Field","argumentName":"frist"}""");
    }

    private static Task<ShopifySimulatorHost> StartAsync() =>
        ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
}
