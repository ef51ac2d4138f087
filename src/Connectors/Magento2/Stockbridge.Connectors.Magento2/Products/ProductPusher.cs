using System.Text.Json.Nodes;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento2.Api;
using Stockbridge.Connectors.Magento2.Settings;

namespace Stockbridge.Connectors.Magento2.Products;

/// <summary>
/// A product push: option values made sure of, every simple product and configurable parent saved (synchronously, or
/// through the bulk API from the connection's threshold), the options and child links each parent lacks added, base
/// prices per store from the configured tiers, and the quantities. A refusal fails only its own product's outcome, with
/// Magento's message and the SKU.
/// </summary>
public sealed class ProductPusher(MagentoRestClient api, Magento2Settings settings, CatalogWriter writer, StockWriter stock)
{
    /// <summary>Pushes the batch; one outcome per push, in order.</summary>
    public async Task<IReadOnlyList<PushOutcome>> PushAsync(IReadOnlyList<ProductPush> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var errors = new string?[batch.Count];
        var bulk = batch.Sum(p => p.Product.Variants.Length) >= settings.BulkThreshold;
        var attributes = new AttributeOptions(api);
        var saves = new List<WriteItem>();
        var parents = new List<WriteItem>();
        var optionValues = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var push = batch[i];
            try
            {
                if (ProductBodies.IsConfigurable(push.Product))
                {
                    foreach (var v in push.Product.Variants)
                    {
                        var values = await ChildValuesAsync(attributes, push, v, ct);
                        optionValues[v.Sku] = values;
                        saves.Add(new WriteItem(i, v.Sku, ProductBodies.Simple(push, v, settings, values)));
                    }
                    parents.Add(new WriteItem(i, ProductBodies.ParentSku(push.Product), ProductBodies.Configurable(push, settings)));
                }
                else
                {
                    saves.AddRange(push.Product.Variants.Select(v => new WriteItem(i, v.Sku, ProductBodies.Simple(push, v, settings, null))));
                }
            }
            catch (PermanentConnectorException e)
            {
                errors[i] = e.Message;
            }
        }
        await RunAsync(WriteStep.SaveProduct, [.. saves.Concat(parents).Where(w => errors[w.Push] is null)], bulk, errors, ct);
        await LinkAsync(batch, parents.Where(p => errors[p.Push] is null).ToList(), attributes, optionValues, bulk, errors, ct);
        await PricesAsync(batch, errors, ct);
        await StockAsync(batch, errors, ct);
        return [.. batch.Select((push, i) => errors[i] is { } error
            ? new PushOutcome(push.Product.SourceProductCode, null, error)
            : new PushOutcome(push.Product.SourceProductCode, Link(push)))];
    }

    private static ChannelLink Link(ProductPush push)
    {
        var ids = push.Product.Variants.ToDictionary(v => "sku:" + v.Sku, v => v.Sku, StringComparer.Ordinal);
        var external = ProductBodies.IsConfigurable(push.Product) ? ProductBodies.ParentSku(push.Product) : push.Product.Variants.FirstOrDefault()?.Sku ?? push.Product.SourceProductCode;
        return new ChannelLink(external, ids);
    }

    private static async Task<Dictionary<string, int>> ChildValuesAsync(AttributeOptions attributes, ProductPush push, Domain.Catalog.Variant v, CancellationToken ct)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var given = new[] { v.Option1, v.Option2, v.Option3 };
        for (var k = 0; k < Math.Min(3, push.Product.Options.Length); k++)
        {
            var code = AttributeOptions.Code(push.Product.Options[k]);
            var label = string.IsNullOrWhiteSpace(given[k])
                ? throw new PermanentConnectorException($"{v.Sku}: the variant has no value for option '{push.Product.Options[k]}', which its configurable product varies on.")
                : given[k]!.Trim();
            values[code] = await attributes.ValueAsync(code, label, ct);
        }
        return values;
    }

    /// <summary>Adds the options and child links each saved parent lacks (read back by SKU in pages of 100).</summary>
    private async Task LinkAsync(IReadOnlyList<ProductPush> batch, List<WriteItem> parents, AttributeOptions attributes,
        Dictionary<string, Dictionary<string, int>> optionValues, bool bulk, string?[] errors, CancellationToken ct)
    {
        if (parents.Count == 0) return;
        var skus = parents.Select(p => p.Sku).Concat(parents.SelectMany(p => batch[p.Push].Product.Variants.Select(v => v.Sku))).Distinct(StringComparer.Ordinal).ToList();
        var held = await api.ReadProductsAsync(skus, settings.StoreCode, ct);
        var options = new List<WriteItem>();
        var children = new List<WriteItem>();
        foreach (var parent in parents)
        {
            var product = batch[parent.Push].Product;
            if (!held.TryGetValue(parent.Sku, out var saved)) { errors[parent.Push] = $"{parent.Sku}: Magento does not show the configurable product after saving it."; continue; }
            var ext = saved["extension_attributes"] as JsonObject;
            var haveOptions = (ext?["configurable_product_options"] as JsonArray ?? []).OfType<JsonObject>().Select(o => o["attribute_id"]?.ToString()).ToHashSet(StringComparer.Ordinal);
            var haveLinks = (ext?["configurable_product_links"] as JsonArray ?? []).Select(l => l?.ToString()).ToHashSet(StringComparer.Ordinal);
            for (var k = 0; k < Math.Min(3, product.Options.Length); k++)
            {
                var code = AttributeOptions.Code(product.Options[k]);
                var id = (await attributes.IdAsync(code, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (haveOptions.Contains(id)) continue;
                var values = product.Variants.Select(v => optionValues[v.Sku][code]).Distinct().Select(value => (JsonNode)new JsonObject { ["value_index"] = value });
                options.Add(new WriteItem(parent.Push, parent.Sku, new JsonObject
                {
                    ["option"] = new JsonObject { ["attribute_id"] = id, ["label"] = product.Options[k], ["position"] = k, ["values"] = new JsonArray([.. values]) },
                }));
            }
            foreach (var v in product.Variants)
                if (!held.TryGetValue(v.Sku, out var child) || !haveLinks.Contains(child["id"]?.ToString()))
                    children.Add(new WriteItem(parent.Push, parent.Sku, new JsonObject { ["childSku"] = v.Sku }));
        }
        await RunAsync(WriteStep.AddOption, options, bulk, errors, ct);
        await RunAsync(WriteStep.AddChild, [.. children.Where(c => errors[c.Push] is null)], bulk, errors, ct);
    }

    /// <summary>Base prices per store id from the configured tiers (when there are any), 20 a call.</summary>
    private async Task PricesAsync(IReadOnlyList<ProductPush> batch, string?[] errors, CancellationToken ct)
    {
        if (settings.PriceTiersByStore.Count == 0) return;
        var prices = new List<(int Push, JsonObject Price)>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (errors[i] is not null) continue;
            foreach (var v in batch[i].Product.Variants)
                foreach (var (storeId, tier) in settings.PriceTiersByStore)
                    if (v.PriceTiers.TryGetValue(tier, out var price))
                        prices.Add((i, new JsonObject { ["sku"] = v.Sku, ["price"] = price, ["store_id"] = storeId }));
        }
        foreach (var chunk in prices.Chunk(20))
        {
            var refused = await api.SendAsync(HttpMethod.Post, "products/base-prices", new JsonObject { ["prices"] = new JsonArray([.. chunk.Select(c => (JsonNode)c.Price)]) }, ct) as JsonArray ?? [];
            foreach (var refusal in refused.OfType<JsonObject>())
            {
                var sku = (refusal["parameters"] as JsonObject)?["SKU"]?.ToString();
                var owner = chunk.FirstOrDefault(c => c.Price["sku"]?.ToString() == sku);
                var index = owner.Price is null ? chunk[0].Push : owner.Push;
                errors[index] ??= $"{sku}: base price refused: {MagentoErrorReader.Render(refusal)}";
            }
        }
    }

    private async Task StockAsync(IReadOnlyList<ProductPush> batch, string?[] errors, CancellationToken ct)
    {
        var pushes = new List<(int Push, StockPush Stock)>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (errors[i] is not null) continue;
            foreach (var v in batch[i].Product.Variants.Where(v => v.InventoryManagement && (v.Qty is not null || v.QtyAvailability.Count > 0)))
                pushes.Add((i, new StockPush(v.Sku, null, v.Qty ?? v.QtyAvailability.Values.Sum(), null, null)));
        }
        if (pushes.Count == 0) return;
        var outcomes = await stock.PushAsync([.. pushes.Select(p => p.Stock)], ct);
        for (var j = 0; j < outcomes.Count; j++)
            if (outcomes[j].Error is { } error) errors[pushes[j].Push] ??= error;
    }

    private async Task RunAsync(WriteStep step, List<WriteItem> items, bool bulk, string?[] errors, CancellationToken ct)
    {
        if (items.Count == 0) return;
        var results = await writer.RunAsync(step, items, bulk, ct);
        for (var j = 0; j < items.Count; j++)
            if (results[j] is { } error) errors[items[j].Push] ??= error.Contains(items[j].Sku, StringComparison.Ordinal) ? error : $"{items[j].Sku}: {error}";
    }
}
