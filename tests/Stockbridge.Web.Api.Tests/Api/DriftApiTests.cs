using System.Net;
using Stockbridge.Storage.Records;
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
        var id = await ReconcileSeeder.SeedAsync(host.Store, "acme", acme.ShopId, ReconcileSeeder.Sample, ct);
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
        page.ShouldContain("4 raised orders valued against the source: 1 differs from what the channel charged.");
        page.ShouldContain("<td>#1003</td><td>000000000100007</td><td>587.00</td><td>597.00</td><td class=\"bad\">+10.00</td>");
        raw.ShouldNotContain(globex.ShopId);
        using var globexClient = host.CreateClient(globex.ApiToken);
        (await globexClient.GetJsonAsync("/api/v1/drift")).Body!.AsArray().Single()!["last_sweep_at"].ShouldBeNull();
    }
}
