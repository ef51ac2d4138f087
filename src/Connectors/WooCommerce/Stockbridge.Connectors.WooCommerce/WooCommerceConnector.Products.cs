using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Connectors.WooCommerce.Products;
using Stockbridge.Connectors.WooCommerce.Settings;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>
/// Product pushes: products/batch in pages of at most 100 items, then each variable product's variations/batch in pages of
/// at most 100. An element WooCommerce refuses (inside an HTTP 200 answer) fails only its own product's outcome, with
/// WooCommerce's message; a failed request fails the whole call.
/// </summary>
public sealed partial class WooCommerceConnector
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new PushOutcome[batch.Count];
        var productIds = new string?[batch.Count];
        foreach (var page in Enumerable.Range(0, batch.Count).Chunk(WooCommerceConstants.PageSize))
        {
            var creates = page.Where(i => batch[i].Link?.ExternalId is not { Length: > 0 }).ToList();
            var updates = page.Except(creates).ToList();
            var answer = await Client.WriteAsync(HttpMethod.Post, "products/batch", new Dictionary<string, object?>
            {
                ["create"] = creates.Select(i => ProductPayloadBuilder.Product(batch[i], Settings)).ToList(),
                ["update"] = updates.Select(i => ProductPayloadBuilder.Product(batch[i], Settings)).ToList(),
            }, cancellationToken);
            ReadBatch(answer, "create", creates, batch, outcomes, productIds);
            ReadBatch(answer, "update", updates, batch, outcomes, productIds);
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is not null) continue;
            var push = batch[i];
            var productId = productIds[i]!;
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            string? error = null;
            if (ProductPayloadBuilder.IsVariable(push.Product))
                error = await PushVariationsAsync(push, productId, ids, cancellationToken);
            else
                ids[ProductPayloadBuilder.ProductKey(push.Product.Variants[0].Sku)] = productId;
            outcomes[i] = new PushOutcome(push.Product.SourceProductCode, new ChannelLink(productId, ids), error);
        }
        return outcomes;
    }

    /// <summary>Writes a variable product's variations; their ids go into <paramref name="ids"/>; the first refusal's message, or null.</summary>
    private async Task<string?> PushVariationsAsync(ProductPush push, string productId, Dictionary<string, string> ids, CancellationToken ct)
    {
        string? firstError = null;
        foreach (var page in push.Product.Variants.Chunk(WooCommerceConstants.PageSize))
        {
            var creates = page.Where(v => push.Link?.Ids.GetValueOrDefault(ProductPayloadBuilder.VariationKey(v.Sku)) is not { Length: > 0 }).ToList();
            var updates = page.Except(creates).ToList();
            var answer = await Client.WriteAsync(HttpMethod.Post, $"products/{productId}/variations/batch", new Dictionary<string, object?>
            {
                ["create"] = creates.Select(v => ProductPayloadBuilder.Variation(push, v, Settings)).ToList(),
                ["update"] = updates.Select(v => ProductPayloadBuilder.Variation(push, v, Settings)).ToList(),
            }, ct);
            foreach (var (list, name) in new[] { (creates, "create"), (updates, "update") })
            {
                var items = answer.Arr(name).ToList();
                for (var j = 0; j < list.Count; j++)
                {
                    var sku = list[j].Sku;
                    if (j >= items.Count)
                    {
                        firstError ??= $"WooCommerce did not answer for variation {sku}.";
                        continue;
                    }
                    if (WooErrorReader.ItemError(items[j]) is { } error) firstError ??= $"Variation {sku}: {error}";
                    else if (items[j].Str("id") is { } id && id != "0") ids[ProductPayloadBuilder.VariationKey(sku)] = id;
                }
            }
        }
        return firstError;
    }

    private static void ReadBatch(JsonElement answer, string name, List<int> sent, IReadOnlyList<ProductPush> batch, PushOutcome[] outcomes, string?[] productIds)
    {
        var items = answer.Arr(name).ToList();
        for (var j = 0; j < sent.Count; j++)
        {
            var i = sent[j];
            var key = batch[i].Product.SourceProductCode;
            if (j >= items.Count)
                outcomes[i] = new PushOutcome(key, null, "WooCommerce's batch answer has no element for this product.");
            else if (WooErrorReader.ItemError(items[j]) is { } error)
                outcomes[i] = new PushOutcome(key, batch[i].Link, error);
            else if (items[j].Str("id") is { } id && id != "0")
                productIds[i] = id;
            else
                outcomes[i] = new PushOutcome(key, null, "WooCommerce's batch answer gives this product no id.");
        }
    }
}
