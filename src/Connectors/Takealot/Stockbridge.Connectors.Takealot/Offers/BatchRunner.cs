using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Takealot.Api;

namespace Stockbridge.Connectors.Takealot.Offers;

/// <summary>
/// Sends offer writes as batches (<c>POST /v2/offers/batch</c>, at most 10,000 items each) and waits for each to complete by
/// reading <c>GET /v2/offers/batch/{id}</c> with growing pauses, up to <see cref="MaxWait"/>; the results come back in item order.
/// A batch still pending after that is a transient failure (the hub retries; offer writes are absolute, so a repeat is harmless).
/// </summary>
public sealed class BatchRunner(TakealotClient client, TimeProvider time)
{
    /// <summary>Takealot's limit.</summary>
    public const int MaxItems = 10_000;

    /// <summary>How long to wait for one batch.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    /// <summary>The result of each item, in order.</summary>
    public async Task<IReadOnlyList<BatchResult>> RunAsync(IReadOnlyList<JsonObject> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var results = new List<BatchResult>(items.Count);
        foreach (var chunk in items.Chunk(MaxItems)) results.AddRange(await RunOneAsync(chunk, cancellationToken));
        return results;
    }

    private async Task<IReadOnlyList<BatchResult>> RunOneAsync(JsonObject[] items, CancellationToken cancellationToken)
    {
        var body = new JsonArray([.. items.Select(i => (JsonNode)i.DeepClone())]);
        var batch = await client.SendAsync(HttpMethod.Post, "v2/offers/batch", body, cancellationToken)
            ?? throw new PermanentConnectorException("Takealot POST /v2/offers/batch: 404 (is the Seller API URL right?)");
        var id = batch["batch_id"]?.ToString() ?? throw new TransientConnectorException("Takealot accepted a batch but gave no batch_id", outcomeUnknown: true);
        var started = time.GetUtcNow();
        var pause = TimeSpan.FromMilliseconds(100);
        while (Status(batch) == 1)
        {
            if (time.GetUtcNow() - started > MaxWait)
                throw new TransientConnectorException($"Takealot batch {id} was still pending after {MaxWait.TotalSeconds:0} s", outcomeUnknown: true);
            await Task.Delay(pause, time, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            batch = await client.GetAsync("v2/offers/batch/" + Uri.EscapeDataString(id), cancellationToken)
                ?? throw new TransientConnectorException($"Takealot batch {id} is not found", outcomeUnknown: true);
        }
        var results = batch["result"] as JsonArray ?? [];
        if (results.Count != items.Length)
            throw new TransientConnectorException($"Takealot batch {id} completed with {results.Count} results for {items.Length} items", outcomeUnknown: true);
        return [.. results.Select(BatchResult.Read)];
    }

    private static int Status(JsonNode batch) => batch["status"]?["id"] is JsonValue v && v.TryGetValue<int>(out var id) ? id : 0;
}
