using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Connectors.WooCommerce.Products;
using Stockbridge.Connectors.WooCommerce.Settings;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>
/// Product pushes: products/batch in pages of at most 100 items, then each variable product's variations/batch in pages of
/// at most 100. An element WooCommerce refuses (inside an HTTP 200 answer) fails only its own product's outcome, with
/// WooCommerce's message; a failed request fails the whole call. A create refused because its SKU is taken is most often
/// the first attempt of a retried push whose answer was lost: the record is found by SKU and updated instead, so a retry
/// never makes a second product.
/// </summary>
public sealed partial class WooCommerceConnector
{
    /// <summary>WooCommerce's code for a SKU another product or variation already has.</summary>
    private const string DuplicateSkuCode = "product_invalid_sku";

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var pushes = batch.ToArray();
        var outcomes = new PushOutcome?[pushes.Length];
        var productIds = new string?[pushes.Length];
        var duplicates = await WriteProductsAsync(pushes, [.. Enumerable.Range(0, pushes.Length)], outcomes, productIds, cancellationToken);
        var found = new List<int>();
        foreach (var i in duplicates)
        {
            if (ProductPayloadBuilder.ParentSku(pushes[i].Product) is not { } sku
                || await FindIdBySkuAsync("products", sku, cancellationToken) is not { } id) continue;
            pushes[i] = pushes[i] with { Link = new ChannelLink(id, pushes[i].Link?.Ids ?? new Dictionary<string, string>()) };
            outcomes[i] = null;
            found.Add(i);
        }
        if (found.Count > 0) await WriteProductsAsync(pushes, found, outcomes, productIds, cancellationToken);
        for (var i = 0; i < pushes.Length; i++)
        {
            if (outcomes[i] is not null) continue;
            var push = pushes[i];
            var productId = productIds[i]!;
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            string? error = null;
            if (ProductPayloadBuilder.IsVariable(push.Product))
                error = await PushVariationsAsync(push, productId, ids, cancellationToken);
            else
                ids[ProductPayloadBuilder.ProductKey(push.Product.Variants[0].Sku)] = productId;
            outcomes[i] = new PushOutcome(push.Product.SourceProductCode, new ChannelLink(productId, ids), error);
        }
        return [.. outcomes.Select(o => o!)];
    }

    /// <summary>Writes the products at <paramref name="indexes"/>; the indexes whose create was refused for a duplicate SKU.</summary>
    private async Task<List<int>> WriteProductsAsync(ProductPush[] pushes, List<int> indexes, PushOutcome?[] outcomes, string?[] productIds, CancellationToken ct)
    {
        var duplicates = new List<int>();
        foreach (var page in indexes.Chunk(WooCommerceConstants.PageSize))
        {
            var creates = page.Where(i => pushes[i].Link?.ExternalId is not { Length: > 0 }).ToList();
            var updates = page.Except(creates).ToList();
            var answer = await Client.WriteAsync(HttpMethod.Post, "products/batch", new Dictionary<string, object?>
            {
                ["create"] = creates.Select(i => ProductPayloadBuilder.Product(pushes[i], Settings)).ToList(),
                ["update"] = updates.Select(i => ProductPayloadBuilder.Product(pushes[i], Settings)).ToList(),
            }, ct);
            duplicates.AddRange(ReadBatch(answer, "create", creates, pushes, outcomes, productIds));
            ReadBatch(answer, "update", updates, pushes, outcomes, productIds);
        }
        return duplicates;
    }

    /// <summary>Writes a variable product's variations; their ids go into <paramref name="ids"/>; the first refusal's message, or null.</summary>
    private async Task<string?> PushVariationsAsync(ProductPush push, string productId, Dictionary<string, string> ids, CancellationToken ct)
    {
        var path = $"products/{productId}/variations";
        var known = new Dictionary<string, string>(push.Link?.Ids ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var errors = await WriteVariationsAsync(push, path, push.Product.Variants.ToList(), known, ids, ct);
        var retry = new List<Domain.Catalog.Variant>();
        foreach (var v in push.Product.Variants.Where(v => errors.TryGetValue(v.Sku, out var e) && e.Code == DuplicateSkuCode))
        {
            if (await FindIdBySkuAsync(path, v.Sku, ct) is not { } id) continue;
            known[ProductPayloadBuilder.VariationKey(v.Sku)] = id;
            errors.Remove(v.Sku);
            retry.Add(v);
        }
        if (retry.Count > 0)
            foreach (var (sku, error) in await WriteVariationsAsync(push, path, retry, known, ids, ct)) errors[sku] = error;
        return push.Product.Variants.Where(v => errors.ContainsKey(v.Sku)).Select(v => $"Variation {v.Sku}: {errors[v.Sku].Message}").FirstOrDefault();
    }

    /// <summary>Writes <paramref name="variants"/> (updates where <paramref name="known"/> names them); refusals by SKU.</summary>
    private async Task<Dictionary<string, (string Message, string? Code)>> WriteVariationsAsync(
        ProductPush push, string path, List<Domain.Catalog.Variant> variants, Dictionary<string, string> known, Dictionary<string, string> ids, CancellationToken ct)
    {
        var linked = push with { Link = new ChannelLink(push.Link?.ExternalId ?? "", known) };
        var errors = new Dictionary<string, (string Message, string? Code)>(StringComparer.Ordinal);
        foreach (var page in variants.Chunk(WooCommerceConstants.PageSize))
        {
            var creates = page.Where(v => known.GetValueOrDefault(ProductPayloadBuilder.VariationKey(v.Sku)) is not { Length: > 0 }).ToList();
            var updates = page.Except(creates).ToList();
            var answer = await Client.WriteAsync(HttpMethod.Post, path + "/batch", new Dictionary<string, object?>
            {
                ["create"] = creates.Select(v => ProductPayloadBuilder.Variation(linked, v, Settings)).ToList(),
                ["update"] = updates.Select(v => ProductPayloadBuilder.Variation(linked, v, Settings)).ToList(),
            }, ct);
            foreach (var (list, name) in new[] { (creates, "create"), (updates, "update") })
            {
                var items = answer.Arr(name).ToList();
                for (var j = 0; j < list.Count; j++)
                {
                    var sku = list[j].Sku;
                    if (j >= items.Count) errors[sku] = ("WooCommerce's batch answer has no element for this variation.", null);
                    else if (WooErrorReader.ItemError(items[j]) is { } error) errors[sku] = (error, WooErrorReader.ItemErrorCode(items[j]));
                    else if (items[j].Str("id") is { } id && id != "0") ids[ProductPayloadBuilder.VariationKey(sku)] = id;
                    else errors[sku] = ("WooCommerce's batch answer gives this variation no id.", null);
                }
            }
        }
        return errors;
    }

    /// <summary>The id of the record under <paramref name="path"/> whose SKU is exactly <paramref name="sku"/>, or null.</summary>
    private async Task<string?> FindIdBySkuAsync(string path, string sku, CancellationToken ct)
    {
        var page = await Client.GetPageAsync(path, [new("sku", sku)], 1, ct);
        return page.Items.ValueKind == JsonValueKind.Array
            ? page.Items.EnumerateArray().Where(p => p.Str("sku") == sku).Select(p => p.Str("id")).FirstOrDefault(id => id is not null and not "0")
            : null;
    }

    /// <summary>Reads one array of a products/batch answer; the indexes refused for a duplicate SKU.</summary>
    private static List<int> ReadBatch(JsonElement answer, string name, List<int> sent, ProductPush[] pushes, PushOutcome?[] outcomes, string?[] productIds)
    {
        var duplicates = new List<int>();
        var items = answer.Arr(name).ToList();
        for (var j = 0; j < sent.Count; j++)
        {
            var i = sent[j];
            var key = pushes[i].Product.SourceProductCode;
            if (j >= items.Count)
                outcomes[i] = new PushOutcome(key, null, "WooCommerce's batch answer has no element for this product.");
            else if (WooErrorReader.ItemError(items[j]) is { } error)
            {
                outcomes[i] = new PushOutcome(key, pushes[i].Link, error);
                if (WooErrorReader.ItemErrorCode(items[j]) == DuplicateSkuCode) duplicates.Add(i);
            }
            else if (items[j].Str("id") is { } id && id != "0")
                productIds[i] = id;
            else
                outcomes[i] = new PushOutcome(key, null, "WooCommerce's batch answer gives this product no id.");
        }
        return duplicates;
    }
}
