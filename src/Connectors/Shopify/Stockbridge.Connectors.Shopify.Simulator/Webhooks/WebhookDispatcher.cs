using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Faults;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>
/// Delivers webhooks with Shopify's header set and signature, retries failures later with the original body,
/// deletes a subscription after repeated failures, and applies the drop/duplicate/malformed faults.
/// </summary>
public sealed class WebhookDispatcher(WebhookDispatcherOptions options, FaultSettings faults, Random random, TimeProvider time, HttpClient http)
    : IWebhookSink, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();

    /// <summary>The shop's subscriptions (set once the state exists).</summary>
    public Func<IReadOnlyList<SimWebhookSubscription>> Subscriptions { get; set; } = () => [];

    /// <summary>Called when a subscription must be deleted after repeated failures.</summary>
    public Action<SimWebhookSubscription> DeleteSubscription { get; set; } = _ => { };

    /// <summary>Every attempt so far.</summary>
    public ConcurrentQueue<WebhookDeliveryRecord> Log { get; } = new();

    public void Publish(string topic, JsonObject body)
    {
        var json = Encoding.UTF8.GetBytes(RestPayloads.Serialize(body));
        foreach (var subscription in Subscriptions().Where(s => s.Topic == topic))
        {
            var bytes = Roll(faults.WebhookMalformedRate) ? json[..(json.Length / 2)] : json;
            var delivery = new WebhookDelivery(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), topic, subscription.Uri, subscription.Id, bytes, time.GetUtcNow());
            if (Roll(faults.WebhookDropRate)) { Record(delivery, 1, "dropped", null); continue; }
            Start(delivery, subscription);
            if (Roll(faults.WebhookDuplicateRate)) { Record(delivery, 1, "duplicated", null); Start(delivery, subscription); }
        }
    }

    private bool Roll(double rate)
    {
        lock (random) return rate > 0 && random.NextDouble() < rate;
    }

    private void Start(WebhookDelivery delivery, SimWebhookSubscription subscription)
    {
        var task = Task.Run(() => DeliverAsync(delivery, subscription, _stop.Token));
        _inFlight[task] = 0;
        task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(WebhookDelivery delivery, SimWebhookSubscription subscription, CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            var status = await SendAsync(delivery, ct);
            var ok = status is >= 200 and < 300;
            Record(delivery, attempt, ok ? "delivered" : "failed", status);
            if (ok) { subscription.RecordDelivered(); return; }
            if (attempt > options.RetryDelays.Count) break;
            try { await Task.Delay(options.RetryDelays[attempt - 1], time, ct); }
            catch (OperationCanceledException) { return; }
        }
        Record(delivery, 0, "abandoned", null);
        if (subscription.RecordAbandoned() >= options.DeleteSubscriptionAfterFailures) DeleteSubscription(subscription);
    }

    private async Task<int?> SendAsync(WebhookDelivery d, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, d.Uri) { Content = new ByteArrayContent(d.Body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Topic", d.Topic);
        request.Headers.Add("X-Shopify-Hmac-Sha256", WebhookSigner.Sign(d.Body, options.Secret));
        request.Headers.Add("X-Shopify-Shop-Domain", options.ShopDomain);
        request.Headers.Add("X-Shopify-Webhook-Id", d.WebhookId);
        request.Headers.Add("X-Shopify-Event-Id", d.EventId);
        request.Headers.Add("X-Shopify-API-Version", options.ApiVersion);
        request.Headers.Add("X-Shopify-Triggered-At", d.TriggeredAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }

    private void Record(WebhookDelivery d, int attempt, string outcome, int? status) =>
        Log.Enqueue(new WebhookDeliveryRecord(d.WebhookId, d.Topic, d.Uri, attempt, outcome, status, time.GetUtcNow()));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await Task.WhenAll(_inFlight.Keys).WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException) { }
        _stop.Dispose();
    }
}
