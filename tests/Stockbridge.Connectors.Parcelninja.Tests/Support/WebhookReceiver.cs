using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Parcelninja.Tests.Support;

/// <summary>A webhook receiver on 127.0.0.1 that records every POST and answers 200.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var app = SimulatorWebApp.CreateBuilder(0).Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/parcelninja/{token}", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
            receiver!.Received.Enqueue(new ReceivedWebhook(headers, buffer.ToArray()));
            return Results.Ok();
        });
        var baseUrl = await SimulatorWebApp.StartAsync(app, TestContext.Current.CancellationToken);
        receiver = new WebhookReceiver(app, new Uri(baseUrl, "parcelninja/" + Guid.NewGuid().ToString("N")));
        return receiver;
    }

    /// <summary>Waits (up to 10 s of real time: deliveries are real HTTP) until <paramref name="count"/> matching posts have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<ReceivedWebhook, bool> which, int count = 1)
    {
        var deadline = Environment.TickCount64 + 10_000;
        while (Received.Count(which) < count && Environment.TickCount64 < deadline) await Task.Delay(20, TestContext.Current.CancellationToken);
        return [.. Received.Where(which)];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
