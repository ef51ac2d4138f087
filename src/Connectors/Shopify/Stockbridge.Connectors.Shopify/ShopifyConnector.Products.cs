using System.Text;
using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Products;
using Stockbridge.Connectors.Shopify.Settings;

namespace Stockbridge.Connectors.Shopify;

/// <summary>Product push: productSet, several per GraphQL document (aliases p0..p9), one outcome per product.</summary>
public sealed partial class ShopifyConnector
{
    private const string ProductSelection =
        "product { id variants(first: 250) { nodes { id sku inventoryItem { id } } } } userErrors { field message code }";

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return [];
        var location = await DefaultLocationAsync(cancellationToken);
        if (batch.Count >= ShopifyConstants.BulkThreshold) return await PushProductsInBulkAsync(batch, location, cancellationToken);
        var outcomes = new List<PushOutcome>();
        foreach (var chunk in batch.Chunk(ShopifyConstants.ProductSetBatch))
        {
            var (query, variables) = BuildProductSet(chunk, location);
            var data = await MutateAsync(query, variables, chunk.Length * 10, cancellationToken);
            outcomes.AddRange(chunk.Select((push, i) => ProductOutcome(push, data.GetProperty($"p{i}"))));
        }
        return outcomes;
    }

    private (string Query, Dictionary<string, object?> Variables) BuildProductSet(ProductPush[] chunk, string location)
    {
        var declarations = new StringBuilder();
        var fields = new StringBuilder();
        var variables = new Dictionary<string, object?>();
        for (var i = 0; i < chunk.Length; i++)
        {
            declarations.Append($"$i{i}: ProductSetInput!, $k{i}: ProductSetIdentifiers, ");
            fields.Append($"p{i}: productSet(input: $i{i}, identifier: $k{i}, synchronous: true) {{ {ProductSelection} }}\n");
            variables[$"i{i}"] = ProductSetInputBuilder.Input(chunk[i], Settings, location);
            variables[$"k{i}"] = ProductSetInputBuilder.Identifier(chunk[i]);
        }
        return ($"mutation StockbridgeProductSet({declarations.ToString().TrimEnd(',', ' ')}) {{\n{fields}}}", variables);
    }

    private static PushOutcome ProductOutcome(ProductPush push, JsonElement payload)
    {
        var errors = payload.Arr("userErrors").ToList();
        if (errors.Count > 0)
            return new PushOutcome(push.Product.SourceProductCode, null, string.Join("; ", errors.Select(e => $"{e.Str("code")}: {e.Str("message")}")));
        var product = payload.Prop("product") ?? throw new Errors.TransientConnectorException("productSet returned neither a product nor errors.");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in product.Nodes("variants"))
        {
            if (v.Str("sku") is not { } sku) continue;
            ids[$"variant:{sku}"] = v.Str("id")!;
            if (v.Prop("inventoryItem")?.Str("id") is { } item) ids[$"inventory_item:{sku}"] = item;
        }
        return new PushOutcome(push.Product.SourceProductCode, new ChannelLink(product.Str("id")!, ids));
    }
}
