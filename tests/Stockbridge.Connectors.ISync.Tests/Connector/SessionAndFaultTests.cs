using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.ISync.Simulator.Hosting;
using Stockbridge.Connectors.ISync.Simulator.Wire;
using Stockbridge.Connectors.ISync.Tests.Support;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.ISync.Tests.Connector;

public sealed class SessionAndFaultTests(ISyncSimulatorFixture fixture) : IClassFixture<ISyncSimulatorFixture>, IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => fixture.Simulator.Faults.Clear();

    [Fact]
    public async Task A_token_near_its_stated_lifetime_is_renewed_before_use_without_a_refusal()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        await using var isync = await ISyncSimulatorHost.StartAsync(new ISyncSimulatorOptions { Products = 3, Time = clock, TokenLifetime = TimeSpan.FromMinutes(30) }, Ct);
        using var http = new HttpClient();
        var connector = (ISyncConnector)new ISyncConnectorFactory().Create(
            new ConnectionContext("c", "x", isync.ConnectionSettings, http, clock, NullLogger.Instance));

        (await connector.FindRaisedOrderAsync("#NONE", Ct)).ShouldBeNull();
        clock.Advance(TimeSpan.FromMinutes(29.5));
        (await connector.FindRaisedOrderAsync("#NONE", Ct)).ShouldBeNull();
        clock.Advance(TimeSpan.FromMinutes(31));
        (await connector.FindRaisedOrderAsync("#NONE", Ct)).ShouldBeNull();

        connector.Logins.ShouldBe(3); // at 0, at 29.5 (30 minutes less the margin) and at 60.5 minutes
        isync.Company.Logins.ShouldBe(3);
    }

    [Fact]
    public async Task A_session_ended_twice_in_a_row_is_transient_and_says_so()
    {
        var connector = fixture.Connect();
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.EvictSession, Target = ISyncOperations.FindOrders, Count = 2 });

        var error = await Should.ThrowAsync<TransientConnectorException>(() => connector.FindRaisedOrderAsync("#TWICE", Ct));

        error.Message.ShouldContain("TokenExpired");
        error.OutcomeUnknown.ShouldBeFalse();
    }

    [Fact]
    public async Task A_malformed_product_page_is_transient_naming_the_call()
    {
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.MalformedResponse, Target = ISyncOperations.Products, Count = 1 });

        var error = await Should.ThrowAsync<TransientConnectorException>(async () =>
        {
            await foreach (var _ in fixture.Connect().ReadProductsAsync(Ct)) { }
        });

        error.Message.ShouldContain("GET products");
        error.Message.ShouldContain("not JSON");
    }

    [Fact]
    public async Task A_malformed_answer_to_a_committed_post_is_resolved_by_the_PONumber_look_up()
    {
        var code = TestOrders.Code("#MAL");
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.MalformedResponse, Target = ISyncOperations.CreateOrder, Count = 1 });

        var raised = await fixture.Connect().RaiseOrderAsync(TestOrders.Simple(code), Ct);

        fixture.Simulator.Company.FindOrders(code).ShouldHaveSingleItem().OrderNumber.ShouldBe(raised.SourceOrderCode);
    }

    [Fact]
    public async Task A_throttled_call_is_rate_limited_with_iSyncs_code()
    {
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Target = ISyncOperations.FindOrders, Count = 1 });

        var error = await Should.ThrowAsync<RateLimitedException>(() => fixture.Connect().FindRaisedOrderAsync("#THROTTLE", Ct));

        error.Message.ShouldContain("429 RateLimited");
    }

    [Fact]
    public async Task A_product_changed_after_its_group_was_read_is_read_again_later_in_the_same_run()
    {
        var connector = fixture.Connect(new Dictionary<string, string> { ["page_size"] = "5" });
        var prices = new List<decimal?>();
        await foreach (var changed in connector.ReadChangedProductsAsync(null, Ct))
        {
            if (changed.Record.SourceProductCode != "ISY-0002") continue;
            prices.Add(changed.Record.Variants[0].Price);
            if (prices.Count == 1) fixture.Simulator.Company.ChangeItem("ISY-0002", i => i.SellingPrice = 4321.09m);
        }

        prices.Count.ShouldBe(2);
        prices[^1].ShouldBe(4321.09m);
    }
}
