using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento2.Api;

namespace Stockbridge.Connectors.Magento2.Products;

/// <summary>
/// Runs a step's writes synchronously (one call per SKU; a refusal fails only that item) or through the asynchronous bulk
/// API (one call per 5,000; the bulk's per-operation results read back once the consumer ran them). Each item's result is
/// null (written) or Magento's reason.
/// </summary>
public sealed class CatalogWriter(MagentoRestClient api, TimeProvider time, TimeSpan bulkWait)
{
    /// <summary>Magento's asynchronous input limit (when the input limits are on).</summary>
    public const int BulkChunk = 5000;

    /// <summary>Writes the items; each one's error, or null.</summary>
    public Task<string?[]> RunAsync(WriteStep step, IReadOnlyList<WriteItem> items, bool bulk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(items);
        return bulk ? BulkAsync(step, items, ct) : SyncAsync(step, items, ct);
    }

    private async Task<string?[]> SyncAsync(WriteStep step, IReadOnlyList<WriteItem> items, CancellationToken ct)
    {
        var errors = new string?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            try { await api.SendAsync(step.Method, step.SyncRoute(items[i].Sku), items[i].Body, ct); }
            catch (PermanentConnectorException e) { errors[i] = e.Message; }
        }
        return errors;
    }

    private async Task<string?[]> BulkAsync(WriteStep step, IReadOnlyList<WriteItem> items, CancellationToken ct)
    {
        var errors = new string?[items.Count];
        for (var start = 0; start < items.Count; start += BulkChunk)
        {
            var chunk = items.Skip(start).Take(BulkChunk).ToList();
            var bodies = new JsonArray([.. chunk.Select(item =>
            {
                var body = (JsonObject)item.Body.DeepClone();
                if (step.SkuInBody) body["sku"] = item.Sku;
                return (JsonNode)body;
            })]);
            var route = "async/bulk/V1 " + step.BulkRoute;
            var answer = await api.SendAsync(step.Method, step.BulkRoute, bodies, ct, form: "async/bulk/V1")
                ?? throw new TransientConnectorException($"{step.Method} {route}: Magento answered no bulk uuid", outcomeUnknown: true);
            var uuid = answer["bulk_uuid"]?.ToString() ?? throw new TransientConnectorException($"{step.Method} {route}: Magento answered no bulk uuid", outcomeUnknown: true);
            foreach (var requestItem in (answer["request_items"] as JsonArray ?? []).OfType<JsonObject>())
                if (requestItem["status"]?.ToString() == "rejected" && Index(requestItem["id"]) is { } rejected && rejected < chunk.Count)
                    errors[start + rejected] = $"{chunk[rejected].Sku}: Magento rejected the request item of bulk {uuid}";
            var status = await WaitAsync(uuid, ct);
            var retriable = new List<string>();
            foreach (var op in (status["operations_list"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (Index(op["id"]) is not { } index || index >= chunk.Count || errors[start + index] is not null) continue;
                var code = op["status"]?.GetValue<int>() ?? 0;
                var message = $"bulk {uuid} operation {index} ({OperationStatus(code)}): {op["result_message"]?.ToString() ?? "no message"}";
                if (code == 2) retriable.Add($"{chunk[index].Sku}: {message}");
                else if (code != 1) errors[start + index] = message;
            }
            // Failed but retriable (a lock wait, a deadlock): the push is tried again later; saves by SKU are safe to repeat.
            if (retriable.Count > 0)
                throw new TransientConnectorException($"{retriable.Count} operation(s) failed and may be retried, e.g. {retriable[0]}", outcomeUnknown: true);
        }
        return errors;
    }

    private async Task<JsonObject> WaitAsync(string uuid, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + bulkWait;
        var pause = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var status = await api.GetAsync($"bulk/{Uri.EscapeDataString(uuid)}/status", null, ct) as JsonObject
                ?? throw new TransientConnectorException($"GET bulk/{uuid}/status: Magento answered nothing");
            var open = (status["operations_list"] as JsonArray ?? []).OfType<JsonObject>().Count(o => o["status"]?.GetValue<int>() == 4);
            if (open == 0) return status;
            if (time.GetUtcNow() >= deadline)
                throw new TransientConnectorException(string.Create(CultureInfo.InvariantCulture,
                    $"bulk {uuid}: {open} operation(s) still open after {bulkWait.TotalSeconds:0} s; is Magento's async.operations.all consumer running (cron or supervisor)?"));
            await Task.Delay(pause, time, ct);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 2000));
        }
    }

    private static int? Index(JsonNode? id) => id is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;

    private static string OperationStatus(int code) => code switch
    {
        2 => "failed, retriable",
        3 => "failed, the input must change",
        4 => "open",
        5 => "rejected",
        _ => "status " + code.ToString(CultureInfo.InvariantCulture),
    };
}
