using System.Text;
using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Products;

namespace Stockbridge.Connectors.Shopify;

/// <summary>
/// Large catalogues: one JSONL line of productSet variables per product, uploaded to a staged target, run as a bulk
/// mutation (not charged against the cost bucket), polled until done, results matched back by line number.
/// </summary>
public sealed partial class ShopifyConnector
{
    private async Task<IReadOnlyList<PushOutcome>> PushProductsInBulkAsync(IReadOnlyList<ProductPush> batch, string location, CancellationToken ct)
    {
        var jsonl = new StringBuilder();
        foreach (var push in batch)
            jsonl.Append(JsonSerializer.Serialize(new { input = ProductSetInputBuilder.Input(push, Settings, location), identifier = ProductSetInputBuilder.Identifier(push) })).Append('\n');
        var path = await UploadAsync(Encoding.UTF8.GetBytes(jsonl.ToString()), ct);
        var started = (await MutateAsync(BulkQueries.Run, new { m = BulkQueries.ProductSetPerLine, path }, 10, ct)).GetProperty("bulkOperationRunMutation");
        if (started.Arr("userErrors").FirstOrDefault() is { ValueKind: JsonValueKind.Object } error)
        {
            var message = $"bulkOperationRunMutation: {error.Str("code")}: {error.Str("message")}";
            throw error.Str("code") is "OPERATION_IN_PROGRESS" or "LIMIT_REACHED"
                ? new RateLimitedException(message, TimeSpan.FromSeconds(30)) : new PermanentConnectorException(message, error.Str("code"));
        }
        var id = started.Prop("bulkOperation")!.Value.Str("id");
        var url = await WaitForBulkAsync(id!, ct);
        var lines = await DownloadLinesAsync(url, ct);
        return [.. batch.Select((push, i) => lines.TryGetValue(i, out var line) && line.Prop("data")?.Prop("productSet") is { } payload
            ? ProductOutcome(push, payload)
            : new PushOutcome(push.Product.SourceProductCode, null, "The bulk operation returned no result for this product: " + (lines.TryGetValue(i, out var l) ? l.ToString() : "missing line")))];
    }

    private async Task<string> UploadAsync(byte[] file, CancellationToken ct)
    {
        var input = new[] { new { resource = "BULK_MUTATION_VARIABLES", filename = "stockbridge-products.jsonl", mimeType = "text/jsonl", httpMethod = "POST" } };
        var target = (await MutateAsync(BulkQueries.StagedUpload, new { input }, 10, ct)).GetProperty("stagedUploadsCreate").Arr("stagedTargets").FirstOrDefault();
        if (target.ValueKind != JsonValueKind.Object) throw new TransientConnectorException("stagedUploadsCreate returned no target.");
        using var form = new MultipartFormDataContent();
        var parameters = target.Arr("parameters").ToList();
        foreach (var p in parameters) form.Add(new StringContent(p.Str("value") ?? ""), p.Str("name")!);
        form.Add(new ByteArrayContent(file), "file", "stockbridge-products.jsonl");
        try
        {
            using var response = await context.Http.PostAsync(target.Str("url"), form, ct);
            if (!response.IsSuccessStatusCode) throw new TransientConnectorException($"The staged upload answered {(int)response.StatusCode}.");
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"The staged upload failed: {e.Message}", e);
        }
        return parameters.First(p => p.Str("name") == "key").Str("value")!;
    }

    private async Task<string> WaitForBulkAsync(string id, CancellationToken ct)
    {
        var wait = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var op = (await QueryAsync(BulkQueries.Current, null, 1, ct)).Prop("currentBulkOperation");
            if (op is { } current && current.Str("id") == id)
            {
                switch (current.Str("status"))
                {
                    case "COMPLETED": return current.Str("url") ?? throw new TransientConnectorException("The bulk operation finished without a result URL.");
                    case "FAILED" or "CANCELED" or "EXPIRED":
                        throw new TransientConnectorException($"The bulk operation ended {current.Str("status")} ({current.Str("errorCode")}).");
                }
            }
            await Task.Delay(wait, context.Time, ct);
            wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 2000));
        }
    }

    private async Task<Dictionary<int, JsonElement>> DownloadLinesAsync(string url, CancellationToken ct)
    {
        string text;
        try { text = await context.Http.GetStringAsync(url, ct); }
        catch (HttpRequestException e) { throw new TransientConnectorException($"The bulk results could not be read: {e.Message}", e); }
        var lines = new Dictionary<int, JsonElement>();
        foreach (var raw in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(raw);
            if (doc.RootElement.Int("__lineNumber") is { } n) lines[n] = doc.RootElement.Clone();
        }
        return lines;
    }
}
