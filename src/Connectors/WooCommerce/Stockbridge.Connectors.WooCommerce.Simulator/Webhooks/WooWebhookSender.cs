using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Webhooks;

/// <summary>
/// Sends the store's webhooks as WooCommerce does, through the kit's <see cref="WebhookDispatcher"/>: the resource's JSON
/// signed with each webhook's own secret (base64 HMAC-SHA256 in <c>X-WC-Webhook-Signature</c>) and the <c>X-WC-Webhook-*</c>
/// headers; an unsigned <c>webhook_id=N</c> form ping when a webhook is created; a webhook disabled after more than
/// <see cref="FailuresBeforeDisabled"/> failed deliveries in a row. WooCommerce does not retry a failed delivery unless the
/// simulator is started with retry delays.
/// </summary>
public sealed class WooWebhookSender : IAsyncDisposable
{
    /// <summary>Failed deliveries in a row a webhook survives; one more disables it.</summary>
    public const int FailuresBeforeDisabled = 5;

    /// <summary>The <c>User-Agent</c> WooCommerce's deliveries carry.</summary>
    public const string UserAgent = "WooCommerce/9.4.0 Hookshot (WordPress/6.7)";

    private readonly WooStore _store;
    private readonly HttpClient _http;

    /// <summary>Creates the sender for a store.</summary>
    public WooWebhookSender(WooStore store, FaultInjector faults, IReadOnlyList<TimeSpan> retryDelays)
    {
        _store = store;
        _http = new HttpClient();
        Dispatcher = new WebhookDispatcher(new WebhookDispatcherOptions
        {
            Signer = UnsignedWebhooks.Instance, // each webhook has its own secret: the signature is made in Headers
            Headers = (d, _) => Headers(d.Body, d.Topic, d.SubscriptionId, d.WebhookId, SecretOf(d.SubscriptionId)),
            RetryDelays = retryDelays,
            DisableAfterConsecutiveFailures = FailuresBeforeDisabled + 1,
        }, faults, store.Time, _http)
        {
            Targets = Targets,
            Disable = Disable,
        };
    }

    /// <summary>The site URL sent in <c>X-WC-Webhook-Source</c> (set once the store listens).</summary>
    public string SourceUrl { get; set; } = "";

    /// <summary>The kit's dispatcher (its log records every attempt).</summary>
    public WebhookDispatcher Dispatcher { get; }

    /// <summary>Creation pings sent so far: the webhook's id and the receiver's status (null when unreachable).</summary>
    public ConcurrentQueue<(int WebhookId, int? Status)> Pings { get; } = new();

    /// <summary>The headers WooCommerce sends with a delivery.</summary>
    public IReadOnlyDictionary<string, string> Headers(ReadOnlySpan<byte> body, string topic, string webhookId, string deliveryId, string secret)
    {
        var dot = topic.IndexOf('.', StringComparison.Ordinal);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["User-Agent"] = UserAgent,
            ["X-WC-Webhook-Source"] = SourceUrl,
            ["X-WC-Webhook-Topic"] = topic,
            ["X-WC-Webhook-Resource"] = dot < 0 ? topic : topic[..dot],
            ["X-WC-Webhook-Event"] = dot < 0 ? "" : topic[(dot + 1)..],
            ["X-WC-Webhook-Signature"] = HmacSha256Base64Signer.Sign(body, secret),
            ["X-WC-Webhook-ID"] = webhookId,
            ["X-WC-Webhook-Delivery-ID"] = deliveryId,
        };
    }

    /// <summary>Publishes a resource's JSON on a topic (e.g. <c>order.created</c>) to every active webhook of that topic.</summary>
    public void Publish(string topic, JsonObject resource) =>
        Dispatcher.Publish(topic, System.Text.Encoding.UTF8.GetBytes(resource.ToJsonString()));

    /// <summary>Sends the unsigned creation ping (<c>webhook_id=N</c>, form-encoded, no topic headers) in the background.</summary>
    public Task PingAsync(WooWebhook webhook)
    {
        var id = webhook.Id;
        var url = webhook.DeliveryUrl;
        return Task.Run(async () =>
        {
            using var content = new FormUrlEncodedContent([new("webhook_id", id.ToString(CultureInfo.InvariantCulture))]);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                using var response = await _http.SendAsync(request, timeout.Token);
                Pings.Enqueue((id, (int)response.StatusCode));
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException)
            {
                Pings.Enqueue((id, null));
            }
        });
    }

    private IReadOnlyList<WebhookTarget> Targets(string topic)
    {
        lock (_store.Gate)
        {
            return [.. _store.Webhooks.Values
                .Where(w => w.Status == "active" && string.Equals(w.Topic, topic, StringComparison.Ordinal))
                .Select(w => new WebhookTarget(w.Id.ToString(CultureInfo.InvariantCulture), w.DeliveryUrl))];
        }
    }

    private string SecretOf(string subscriptionId)
    {
        lock (_store.Gate)
        {
            return _store.Webhooks.TryGetValue(int.Parse(subscriptionId, CultureInfo.InvariantCulture), out var webhook) ? webhook.Secret : "";
        }
    }

    private void Disable(string subscriptionId)
    {
        lock (_store.Gate)
        {
            if (_store.Webhooks.TryGetValue(int.Parse(subscriptionId, CultureInfo.InvariantCulture), out var webhook)) webhook.Status = "disabled";
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Dispatcher.DisposeAsync();
        _http.Dispose();
    }
}
