using System.Text.Json.Nodes;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento2.Api;
using Stockbridge.Connectors.Magento2.Settings;

namespace Stockbridge.Connectors.Magento2.Products;

/// <summary>
/// Quantities: MSI source items (the push's location through the warehouse mapping, else the default source), 20 a call
/// so Magento's input limit never refuses them, a refused call retried item by item so one bad SKU fails only itself;
/// or the legacy stock item per SKU. In stock while the quantity is above zero.
/// </summary>
public sealed class StockWriter(MagentoRestClient api, Magento2Settings settings)
{
    /// <summary>Magento's synchronous input limit (when the input limits are on).</summary>
    public const int SyncChunk = 20;

    /// <summary>The MSI source a push's location maps to.</summary>
    public string SourceFor(string? location) =>
        location is not null && settings.Sources.TryGetValue(location, out var source) ? source : settings.DefaultSource;

    /// <summary>Writes the quantities; one outcome per push, in order.</summary>
    public async Task<IReadOnlyList<PushOutcome>> PushAsync(IReadOnlyList<StockPush> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var errors = new string?[batch.Count];
        if (settings.StockApi == "legacy")
        {
            for (var i = 0; i < batch.Count; i++)
                errors[i] = await TryAsync(HttpMethod.Put, $"products/{Uri.EscapeDataString(batch[i].Sku)}/stockItems/1",
                    new JsonObject { ["stockItem"] = new JsonObject { ["qty"] = batch[i].Quantity, ["is_in_stock"] = batch[i].Quantity > 0 } }, batch[i].Sku, ct);
        }
        else
        {
            var indexes = Enumerable.Range(0, batch.Count).ToList();
            foreach (var chunk in indexes.Chunk(SyncChunk))
            {
                var error = await TryAsync(HttpMethod.Post, "inventory/source-items", Body(chunk.Select(i => batch[i])), null, ct);
                if (error is null) continue;
                if (chunk.Length == 1) { errors[chunk[0]] = $"{batch[chunk[0]].Sku}: {error}"; continue; }
                foreach (var i in chunk)
                    errors[i] = await TryAsync(HttpMethod.Post, "inventory/source-items", Body([batch[i]]), batch[i].Sku, ct);
            }
        }
        return [.. batch.Select((push, i) => new PushOutcome(push.Sku, errors[i] is null ? push.Link : null, errors[i]))];
    }

    private JsonObject Body(IEnumerable<StockPush> pushes) => new()
    {
        ["sourceItems"] = new JsonArray([.. pushes.Select(p => (JsonNode)new JsonObject
        {
            ["sku"] = p.Sku,
            ["source_code"] = SourceFor(p.Location),
            ["quantity"] = Math.Max(0m, p.Quantity),
            ["status"] = p.Quantity > 0 ? 1 : 0,
        })]),
    };

    private async Task<string?> TryAsync(HttpMethod method, string route, JsonObject body, string? sku, CancellationToken ct)
    {
        try
        {
            await api.SendAsync(method, route, body, ct);
            return null;
        }
        catch (PermanentConnectorException e)
        {
            return sku is null ? e.Message : $"{sku}: {e.Message}";
        }
    }
}
