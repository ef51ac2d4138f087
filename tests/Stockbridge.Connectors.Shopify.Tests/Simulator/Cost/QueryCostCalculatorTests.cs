using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.Cost;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator.Cost;

public sealed class QueryCostCalculatorTests
{
    [Theory]
    [InlineData("{ shop { name } }", 1)]
    [InlineData("{ products(first: 10) { nodes { id title } } }", 12)]
    [InlineData("{ products(first: 10) { edges { node { id } } pageInfo { hasNextPage } } }", 12)]
    [InlineData("{ products(first: 10) { nodes { id variants(first: 5) { nodes { sku } } } } }", 2 + 10 * (1 + 2 + 5))]
    [InlineData("mutation { a: orderUpdate(input: {id: \"1\"}) { order { id } } b: orderUpdate(input: {id: \"2\"}) { order { id } } }", 20)]
    [InlineData("query { ...F } fragment F on Query { products(first: 3) { nodes { id } } }", 5)]
    [InlineData("{ not valid", 1)]
    public void Calculate_Document_CostsWhatShopifyCharges(string query, int expected) =>
        QueryCostCalculator.Calculate(query, null, null).ShouldBe(expected);

    [Fact]
    public void Calculate_PageSizeFromAVariable_UsesTheVariable()
    {
        var variables = new Inputs(new Dictionary<string, object?> { ["n"] = 50 });
        QueryCostCalculator.Calculate("query($n: Int!) { orders(first: $n) { nodes { id } } }", null, variables).ShouldBe(52);
    }
}
