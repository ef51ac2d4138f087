using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Takealot.Tests.Support;

/// <summary>A local endpoint that keeps every webhook delivered to it as the hub receives it: raw body bytes and lowercase headers.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Where to deliver.</summary>
    public Uri Url { get; }

    /// <summary>Every delivery, in arrival order.</summary>
    public ConcurrentQueue<WebhookRequest> Received { get; } = new();

    /// <summary>Starts on a free port.</summary>
    public static async Task<WebhookReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var app = SimulatorWebApp.CreateBuilder(0).Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
            receiver!.Received.Enqueue(new WebhookRequest(buffer.ToArray(), headers));
            return Results.Ok();
        });
        var baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        receiver = new WebhookReceiver(app, new Uri(baseUrl, "hook"));
        return receiver;
    }

    /// <summary>Waits (bounded) for a delivery matching <paramref name="match"/>.</summary>
    public async Task<WebhookRequest> WaitForAsync(Func<WebhookRequest, bool> match, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Received.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50, cancellationToken);
        }
        throw new Xunit.Sdk.XunitException($"no matching webhook in 5 s ({Received.Count} received)");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
