using System.Collections.Concurrent;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Simulators.Webhooks;

/// <summary>
/// Delivers a system's webhooks: signs each body with the system's signer, sends its headers, retries a failed
/// delivery on the system's schedule with the same body and id, disables a subscription after the system's number of
/// abandoned deliveries in a row, and applies the webhook faults (drop, duplicate, malformed) of a
/// <see cref="FaultInjector"/>, matched by topic. Every attempt is recorded in <see cref="Log"/>.
/// </summary>
public sealed class WebhookDispatcher(WebhookDispatcherOptions options, FaultInjector faults, TimeProvider time, HttpClient http) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly ConcurrentDictionary<string, int> _failuresInARow = new(StringComparer.Ordinal);

    /// <summary>The subscriptions a topic is delivered to (set once the simulator's state exists).</summary>
    public Func<string, IReadOnlyList<WebhookTarget>> Targets { get; set; } = _ => [];

    /// <summary>Called with a subscription's id when the disable policy stops it.</summary>
    public Action<string> Disable { get; set; } = _ => { };

    /// <summary>Every attempt so far.</summary>
    public ConcurrentQueue<WebhookDeliveryRecord> Log { get; } = new();

    /// <summary>Abandoned deliveries in a row for a subscription.</summary>
    public int ConsecutiveFailures(string subscriptionId) => _failuresInARow.GetValueOrDefault(subscriptionId);

    /// <summary>Sends <paramref name="body"/> to every subscription of <paramref name="topic"/>, in the background.</summary>
    public void Publish(string topic, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(body);
        foreach (var target in Targets(topic))
        {
            var bytes = faults.Match(topic, FaultKind.WebhookMalformed) is null ? body : MalformedPayload.Truncate(body);
            var delivery = new WebhookDelivery(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), topic, target.Uri, target.SubscriptionId, bytes, time.GetUtcNow());
            if (faults.Match(topic, FaultKind.WebhookDrop) is not null) { Record(delivery, 1, WebhookOutcomes.Dropped, null); continue; }
            Start(delivery);
            if (faults.Match(topic, FaultKind.WebhookDuplicate) is null) continue;
            Record(delivery, 1, WebhookOutcomes.Duplicated, null);
            Start(delivery);
        }
    }

    /// <summary>Completes when every delivery started so far has finished (delivered or abandoned).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_inFlight.Keys);

    private void Start(WebhookDelivery delivery)
    {
        var task = Task.Run(() => DeliverAsync(delivery, _stop.Token));
        _inFlight[task] = 0;
        task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            var status = await SendAsync(delivery, ct);
            var ok = status is >= 200 and < 300;
            Record(delivery, attempt, ok ? WebhookOutcomes.Delivered : WebhookOutcomes.Failed, status);
            if (ok)
            {
                _failuresInARow[delivery.SubscriptionId] = 0;
                return;
            }
            if (attempt > options.RetryDelays.Count) break;
            try { await Task.Delay(options.RetryDelays[attempt - 1], time, ct); }
            catch (OperationCanceledException) { return; }
        }
        if (ct.IsCancellationRequested) return;
        Record(delivery, 0, WebhookOutcomes.Abandoned, null);
        var inARow = _failuresInARow.AddOrUpdate(delivery.SubscriptionId, 1, (_, n) => n + 1);
        if (options.DisableAfterConsecutiveFailures is { } limit && inARow >= limit) Disable(delivery.SubscriptionId);
    }

    private async Task<int?> SendAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Uri) { Content = new ByteArrayContent(delivery.Body) };
        request.Content.Headers.ContentType = new(options.ContentType);
        foreach (var (name, value) in options.Headers(delivery, options.Signer.Sign(delivery.Body))) request.Headers.TryAddWithoutValidation(name, value);
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

    /// <summary>Stops retries and waits (up to 5 s) for deliveries in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await Task.WhenAll(_inFlight.Keys).WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException) { }
        _stop.Dispose();
    }
}
