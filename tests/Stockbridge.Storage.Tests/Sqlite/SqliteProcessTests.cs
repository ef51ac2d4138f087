using Microsoft.Extensions.Time.Testing;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Tests.Sqlite;

/// <summary>Several OS processes over one file, and a process killed mid-write.</summary>
public sealed class SqliteProcessTests : IAsyncLifetime
{
    private readonly SqliteStoreFixture _fixture = new();
    // In the past, so jobs enqueued here are due for the child processes, which use the system clock.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private IStore _store = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = await _fixture.CreateEmptyAsync(_time);
        await _store.MigrateAsync(Ct);
        await _store.Clients.UpsertAsync(new ClientRecord("acme", "Acme", _time.GetUtcNow()), Ct);
        await _store.Connections.SaveAsync(new ConnectionRecord { ClientId = "acme", Id = "acme-shopify", ConnectorKey = "shopify", Name = "shop" }, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Fact]
    public async Task Append_ProcessKilledMidStream_EveryAcknowledgedDeliveryAndItsJobSurvive()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var acknowledged = new List<(string DeliveryId, long InboxId)>();
        using (var writer = CrashWriterProcess.Start("append", _fixture.OptionsOf(_store).Path, "acme", "acme-shopify"))
        {
            while (acknowledged.Count < 300)
            {
                var line = await writer.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException($"writer exited: {writer.Errors}");
                var parts = line.Split(' ');
                acknowledged.Add((parts[0], long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
            }
            writer.Kill();
        }

        await using var reopened = await _fixture.OpenAgainAsync(_store, _time);
        foreach (var (deliveryId, inboxId) in acknowledged)
        {
            var entry = (await reopened.Inbox.GetAsync("acme", inboxId, Ct)).ShouldNotBeNull($"delivery {deliveryId} was acknowledged but is gone");
            entry.Delivery.DeliveryId.ShouldBe(deliveryId);
            (await reopened.Jobs.GetAsync("acme", entry.JobId, Ct)).ShouldNotBeNull().Payload.ShouldBe($$"""{"inbox_id":{{inboxId}}}""");
        }
        (await reopened.Inbox.CountAsync("acme", "acme-shopify", Ct)).ShouldBeGreaterThanOrEqualTo(acknowledged.Count);
    }

    [Fact]
    public async Task Claim_ThreeProcessesAtOnce_EachJobClaimedExactlyOnce()
    {
        const int jobCount = 600;
        var ids = await _store.Jobs.EnqueueManyAsync(
            Enumerable.Range(0, jobCount).Select(i => new JobRequest("acme", "acme-shopify", "product.push", $"SKU-{i}", "{}")).ToList(), Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var path = _fixture.OptionsOf(_store).Path;
        using var w1 = CrashWriterProcess.Start("claim", path, "p1");
        using var w2 = CrashWriterProcess.Start("claim", path, "p2");
        using var w3 = CrashWriterProcess.Start("claim", path, "p3");

        var results = await Task.WhenAll(w1.ReadToExitAsync(timeout.Token), w2.ReadToExitAsync(timeout.Token), w3.ReadToExitAsync(timeout.Token));

        results.Select(r => r.ExitCode).ShouldAllBe(code => code == 0, w1.Errors + w2.Errors + w3.Errors);
        var claimed = results.SelectMany(r => r.Lines).Select(long.Parse).ToList();
        claimed.Count.ShouldBe(jobCount);
        claimed.Order().ShouldBe(ids.Order());
        (await _store.Jobs.CountByStateAsync("acme", Ct))[JobState.Succeeded].ShouldBe(jobCount);
    }
}
