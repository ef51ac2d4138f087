using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>Raw Admin GraphQL calls, as any HTTP client would make them.</summary>
public static class AdminApi
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public static async Task<(int Status, JsonNode Body)> PostAsync(ShopifySimulatorHost shop, string query, object? variables = null,
        string? token = null, string version = "2026-04")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, shop.AdminGraphqlUrl(version))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Add("X-Shopify-Access-Token", token ?? shop.AccessToken);
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonNode.Parse(text)!);
    }

    /// <summary>Creates a product with one variant per SKU (stocked at the first location) and returns the variants' inventory item ids by SKU.</summary>
    public static async Task<Dictionary<string, string>> CreateProductAsync(ShopifySimulatorHost shop, string title, int quantity, params string[] skus)
    {
        var location = await shop.StateAsync(s => global::Stockbridge.Connectors.Shopify.Simulator.State.Gid.For("Location", s.Locations[0].Id));
        var input = new
        {
            title,
            variants = skus.Select(sku => new
            {
                optionValues = new[] { new { optionName = "Title", name = sku } },
                sku,
                price = "10.00",
                inventoryQuantities = new[] { new { locationId = location, name = "available", quantity } },
            }),
        };
        var (_, body) = await PostAsync(shop, "mutation($i: ProductSetInput!) { productSet(input: $i) { product { variants(first: 50) { nodes { sku inventoryItem { id } } } } userErrors { message } } }", new { i = input });
        return body["data"]!["productSet"]!["product"]!["variants"]!["nodes"]!.AsArray()
            .ToDictionary(n => n!["sku"]!.GetValue<string>(), n => n!["inventoryItem"]!["id"]!.GetValue<string>());
    }
}
