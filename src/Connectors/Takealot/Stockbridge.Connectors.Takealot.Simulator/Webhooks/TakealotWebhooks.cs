using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.Takealot.Simulator.Webhooks;

/// <summary>
/// Takealot's webhooks: a JSON body signed with lowercase hex HMAC-SHA256 of the raw bytes under the webhook's secret
/// (<c>X-Takealot-Signature</c>), the event in <c>X-Takealot-Event</c> and a delivery UUID in <c>X-Takealot-Delivery</c>; 5 s
/// to answer 2xx, 3 retries over 6 minutes, and a webhook with more than 80 % of its deliveries failed over 8 hours is
/// disabled by Takealot [obs: consolidated third-party reference].
/// </summary>
public sealed class TakealotWebhooks : IAsyncDisposable
{
    /// <summary>Takealot's schedule: 3 retries over 6 minutes (spacing [guess]).</summary>
    public static readonly IReadOnlyList<TimeSpan> TakealotRetryDelays = [TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2)];

    /// <summary>The window the failure share is measured over.</summary>
    public static readonly TimeSpan DisableWindow = TimeSpan.FromHours(8);

    /// <summary>The failure share above which a webhook is disabled.</summary>
    public const decimal DisableShare = 0.8m;

    /// <summary>Deliveries in the window before the share counts [guess: Takealot publishes no minimum].</summary>
    public const int DisableMinimumDeliveries = 5;

    private readonly TakealotState _state;
    private readonly TimeProvider _time;
    private readonly HttpClient _http = new();

    /// <summary>Sends with <paramref name="secret"/>, retrying on <paramref name="retryDelays"/>.</summary>
    public TakealotWebhooks(TakealotState state, string secret, IReadOnlyList<TimeSpan> retryDelays, FaultInjector faults, TimeProvider time)
    {
        _state = state;
        _time = time;
        Secret = secret;
        Dispatcher = new WebhookDispatcher(new WebhookDispatcherOptions
        {
            Signer = new HmacSha256HexSigner(secret),
            Headers = Headers,
            RetryDelays = retryDelays,
            Timeout = TimeSpan.FromSeconds(5),
        }, faults, time, _http)
        {
            Targets = _ => state.Read(s => s.Webhooks.Where(w => w.Status == "Active").Select(w => new WebhookTarget(w.Id, w.Uri)).ToList()),
        };
    }

    /// <summary>The webhooks' secret.</summary>
    public string Secret { get; }

    /// <summary>The dispatcher (its log holds every attempt).</summary>
    public WebhookDispatcher Dispatcher { get; }

    /// <summary>Sends an event to every active webhook, after applying the disable policy.</summary>
    public void Publish(string eventName, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        ApplyDisablePolicy();
        Dispatcher.Publish(eventName, System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()));
    }

    /// <summary>The headers Takealot sends with a body signed <paramref name="signature"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Headers(WebhookDelivery delivery, string? signature)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        yield return new("X-Takealot-Event", delivery.Topic);
        yield return new("X-Takealot-Delivery", delivery.WebhookId);
        if (signature is not null) yield return new("X-Takealot-Signature", signature);
    }

    /// <summary>Disables each active webhook whose finished deliveries over the last 8 hours failed more than 80 % of the time.</summary>
    public void ApplyDisablePolicy()
    {
        var since = _time.GetUtcNow() - DisableWindow;
        var finished = Dispatcher.Log.Where(r => r.At >= since && r.Outcome is WebhookOutcomes.Delivered or WebhookOutcomes.Abandoned).ToList();
        _state.Read(s =>
        {
            foreach (var webhook in s.Webhooks.Where(w => w.Status == "Active"))
            {
                var mine = finished.Where(r => r.Uri == webhook.Uri).ToList();
                var failed = mine.Count(r => r.Outcome == WebhookOutcomes.Abandoned);
                if (mine.Count >= DisableMinimumDeliveries && failed > DisableShare * mine.Count) webhook.Status = "Disabled by Takealot";
            }
            return 0;
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Dispatcher.DisposeAsync();
        _http.Dispose();
    }
}
