using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Search;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator.Search;

public sealed class SearchQueryTests
{
    private static IEnumerable<string?> Record(string? field) => field switch
    {
        "sku" => ["AB-1"],
        "updated_at" => ["2026-03-01T10:00:00.0000000Z"],
        "status" => ["ACTIVE"],
        _ => ["Blue Shirt"],
    };

    [Theory]
    [InlineData(null, true)]
    [InlineData("sku:AB-1", true)]
    [InlineData("sku:\"AB-1\"", true)]
    [InlineData("sku:AB-*", true)]
    [InlineData("sku:XY-1", false)]
    [InlineData("sku:XY-1 OR sku:AB-1", true)]
    [InlineData("sku:AB-1 status:draft", false)]
    [InlineData("updated_at:>='2026-03-01T09:59:59Z'", true)]
    [InlineData("updated_at:>'2026-03-01T10:00:00Z'", false)]
    [InlineData("updated_at:<2026-04-01", true)]
    [InlineData("status:active", true)]
    public void Matches_Query_FiltersLikeShopify(string? query, bool expected) =>
        SearchQuery.Parse(query).Matches(Record).ShouldBe(expected);
}
