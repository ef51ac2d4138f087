using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 that records webhooks; it can fail its first N deliveries with 500.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, int failFirst)
    {
        _app = app;
        _failuresLeft = failFirst;
    }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();
    public Uri Url { get; private set; } = null!;

    /// <summary>Called for each accepted delivery (after it is recorded).</summary>
    public Action<ReceivedWebhook>? OnReceived { get; set; }

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failFirst);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            if (Interlocked.Decrement(ref receiver._failuresLeft) >= 0) return Results.StatusCode(500);
            var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
            var webhook = new ReceivedWebhook(headers, buffer.ToArray());
            receiver.Received.Enqueue(webhook);
            receiver.OnReceived?.Invoke(webhook);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    /// <summary>Waits until <paramref name="done"/> holds or the time is up.</summary>
    public static async Task WaitUntilAsync(Func<bool> done, TimeSpan limit)
    {
        var until = DateTimeOffset.UtcNow + limit;
        while (!done() && DateTimeOffset.UtcNow < until) await Task.Delay(20);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
