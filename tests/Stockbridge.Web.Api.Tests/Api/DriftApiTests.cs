using System.Net;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Reconcile;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Api;

public sealed class DriftApiTests
{
    [Fact]
    public async Task Drift_AfterASweep_ReportsTheTokensClientOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await WebTestHost.StartAsync(cancellationToken: ct);
        var acme = await SeedData.SeedAsync(host.Store, "acme", 3, ct);
        var globex = await SeedData.SeedAsync(host.Store, "globex", 3, ct);
        var result = new ReconcileResult(3, 1, 0, 0, 4, 1, ["P002"], [new DriftFinding("P002", "SKU-2", "qty: channel 7, hub 5")],
            OrdersValued: 4, ValueDifferences: 1, ValueFindings: [new OrderValueFinding("#1003", "000000000100007", 587m, 597m, ["SKU-2: Shop 195.67, SYSPRO 205.67"])]);
        var id = await host.Store.Jobs.EnqueueAsync(new JobRequest("acme", acme.ShopId, SyncJobKinds.Reconcile, null, "{}"), ct);
        var claimed = (await host.Store.Jobs.ClaimAsync(new ClaimRequest("test", 10, TimeSpan.FromMinutes(1), [SyncJobKinds.Reconcile]), ct)).Single(c => c.Job.Id == id);
        (await host.Store.Jobs.CompleteAsync(id, claimed.LeaseToken, WireJson.Serialize(result), ct)).ShouldBeTrue();
        await host.Store.Records.AppendAuditAsync(new AuditEntry("acme", RecordEntity.Product, "P002", TimeProvider.System.GetUtcNow(), "drift", acme.ShopId, id, "qty differs", null), ct);

        using var client = host.CreateClient(acme.ApiToken);
        var (status, body, raw, _) = await client.GetJsonAsync("/api/v1/drift");

        status.ShouldBe(HttpStatusCode.OK);
        var report = body!.AsArray().Single()!;
        report["connection_id"]!.GetValue<string>().ShouldBe(acme.ShopId);
        report["checked"]!.GetValue<int>().ShouldBe(3);
        report["drifted"]!.GetValue<int>().ShouldBe(1);
        report["examples"]![0]!["detail"]!.GetValue<string>().ShouldBe("qty: channel 7, hub 5");
        report["orders_valued"]!.GetValue<int>().ShouldBe(4);
        var value = report["value_findings"]![0]!;
        (value["channel_order_code"]!.GetValue<string>(), value["channel_value"]!.GetValue<decimal>(), value["source_value"]!.GetValue<decimal>())
            .ShouldBe(("#1003", 587m, 597m));
        value["lines"]![0]!.GetValue<string>().ShouldBe("SKU-2: Shop 195.67, SYSPRO 205.67");

        using var console = new ConsoleSession(host.BaseAddress);
        (await console.SignInAsync(acme.Admin, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = (await console.GetAsync("/console/drift")).Html;
        page.ShouldContain("4 raised orders valued against the source: 1 differ from what the channel charged.");
        page.ShouldContain("<td>#1003</td><td>000000000100007</td><td>587.00</td><td>597.00</td><td class=\"bad\">10.00</td>");
        raw.ShouldNotContain(globex.ShopId);
        using var globexClient = host.CreateClient(globex.ApiToken);
        (await globexClient.GetJsonAsync("/api/v1/drift")).Body!.AsArray().Single()!["last_sweep_at"].ShouldBeNull();
    }
}
