using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;
using Stockbridge.Simulators.Seeding;

namespace Stockbridge.Simulators.Tests.Support;

/// <summary>
/// The smallest simulator a kit user writes: a counter behind <c>POST /api/items</c> (commits, then answers the new
/// count as JSON), faults through the kit's middleware and <c>/admin/faults</c>, and an admin seed endpoint.
/// </summary>
public sealed class TinySimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _items;

    private TinySimulator(WebApplication app, Uri baseUrl, FaultInjector faults)
    {
        _app = app;
        BaseUrl = baseUrl;
        Faults = faults;
    }

    public Uri BaseUrl { get; }
    public FaultInjector Faults { get; }
    /// <summary>Items committed so far (the system's state).</summary>
    public int Items => Volatile.Read(ref _items);

    public static async Task<TinySimulator> StartAsync(FaultReplies? replies = null)
    {
        var faults = new FaultInjector(seed: 1);
        var builder = SimulatorWebApp.CreateBuilder(0);
        var app = builder.Build();
        TinySimulator? self = null;
        app.UseFaults(faults, http => http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) ? http.Request.Path.Value : null, replies);
        app.MapPost("/api/items", () => Results.Json(new { count = Interlocked.Increment(ref self!._items) }));
        var admin = app.MapSimulatorAdmin();
        admin.MapFaults(faults);
        admin.MapJsonPost<SeedItems>("/seed", (body, _) =>
        {
            ArgumentOutOfRangeException.ThrowIfNegative(body.Count);
            Interlocked.Add(ref self!._items, body.Count);
            return Task.FromResult(Results.Ok(new { count = self.Items }));
        });
        admin.MapPost("/items/{id:int}", (int id) => AdminJson.ChangeAsync(() => throw new KeyNotFoundException($"No item {id}.")));
        var baseUrl = await SimulatorWebApp.StartAsync(app);
        self = new TinySimulator(app, baseUrl, faults);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
