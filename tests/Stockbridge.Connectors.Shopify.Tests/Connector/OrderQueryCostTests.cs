using Stockbridge.Connectors.Shopify.Orders;
using Stockbridge.Connectors.Shopify.Simulator.Cost;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

/// <summary>The points the connector reserves for its order queries are what Shopify's cost calculation charges, and under its 1,000-point cap.</summary>
public sealed class OrderQueryCostTests
{
    [Theory]
    [InlineData(OrderQueries.One, OrderQueries.OneCost)]
    [InlineData(OrderQueries.Since, OrderQueries.SinceCost)]
    [InlineData(OrderQueries.MoreLines, OrderQueries.MoreLinesCost)]
    [InlineData(OrderQueries.Index, OrderQueries.IndexCost)]
    public void ReservedPoints_EqualTheCalculatedCost(string query, int reserved)
    {
        QueryCostCalculator.Calculate(query, null, null).ShouldBe(reserved);
        reserved.ShouldBeLessThanOrEqualTo(QueryCostCalculator.MaxQueryCost);
    }
}
