using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Orders;

public sealed class EnetFaultTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>, IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RaiseOrder_SessionEvictedByAnotherLogon_LogsOnAgainAndRaises()
    {
        await using var connector = fixture.Connect();
        await connector.RaiseOrderAsync(fixture.SampleOrder("#S1"), Ct);
        await fixture.LogonElsewhereAsync(); // the same operator logs on in another client

        var raised = await connector.RaiseOrderAsync(fixture.SampleOrder("#S2"), Ct);

        raised.SourceOrderCode.ShouldNotBeNullOrEmpty();
        connector.SessionRelogons.ShouldBe(1);
    }

    [Fact]
    public async Task RaiseOrder_EvictSessionFault_Recovered()
    {
        await using var connector = fixture.Connect();
        await connector.FindRaisedOrderAsync("#nothing", Ct);
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.EvictSession, Target = FaultTarget.Sortoi, Count = 1 });

        (await connector.RaiseOrderAsync(fixture.SampleOrder("#S3"), Ct)).SourceOrderCode.ShouldNotBeNullOrEmpty();
        connector.SessionRelogons.ShouldBe(1);
    }

    [Fact]
    public async Task RaiseOrder_SessionEvictedAgainRightAfterLogon_TransientAndNothingRaised()
    {
        await using var connector = fixture.Connect();
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.EvictSession, Target = FaultTarget.Sortoi, Count = 2 });

        var error = await Should.ThrowAsync<TransientConnectorException>(() => connector.RaiseOrderAsync(fixture.SampleOrder("#S4"), Ct));

        error.OutcomeUnknown.ShouldBeFalse();
        error.Message.ShouldContain("another client");
        (await connector.FindRaisedOrderAsync("#S4", Ct)).ShouldBeNull();
    }

    [Theory]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.DropConnection)]
    [InlineData(FaultKind.TimeoutAfterCommit)]
    public async Task RaiseOrder_TransportFault_TransientWithOutcomeUnknown(FaultKind kind)
    {
        fixture.Simulator.Faults.Add(new FaultRule { Kind = kind, Target = FaultTarget.Sortoi, Count = 1 });
        await using var connector = fixture.Connect();

        var error = await Should.ThrowAsync<TransientConnectorException>(() => connector.RaiseOrderAsync(fixture.SampleOrder($"#T-{kind}"), Ct));

        error.OutcomeUnknown.ShouldBeTrue();
        var committed = await connector.FindRaisedOrderAsync($"#T-{kind}", Ct);
        (committed is not null).ShouldBe(kind == FaultKind.TimeoutAfterCommit);
    }

    [Fact]
    public async Task RaiseOrder_SlowerThanTimeout_TransientWithOutcomeUnknown()
    {
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Target = FaultTarget.Sortoi, Count = 1, LatencyMs = 3000 });
        await using var connector = fixture.Connect(new Dictionary<string, string> { ["enet_timeout_seconds"] = "1" });

        var error = await Should.ThrowAsync<TransientConnectorException>(() => connector.RaiseOrderAsync(fixture.SampleOrder("#SLOW1"), Ct));
        error.OutcomeUnknown.ShouldBeTrue();
        error.Message.ShouldContain("did not answer within 1s");
    }

    [Fact]
    public async Task RaiseOrder_LowerCaseJsonQuotedStatusOnlyReplies_StillReturnsTheNumber()
    {
        fixture.Simulator.Quirks.LowerCaseElements = true;
        fixture.Simulator.Quirks.JsonQuotedBody = true;
        fixture.Simulator.Quirks.SortoiStatusOnlyReply = true;
        await using var connector = fixture.Connect();

        var raised = await connector.RaiseOrderAsync(fixture.SampleOrder("#Q1"), Ct);
        var error = await Should.ThrowAsync<PermanentConnectorException>(() => connector.RaiseOrderAsync(fixture.OrderWithUnknownSku("#Q2"), Ct));

        (await fixture.Simulator.Company.FindSalesOrderByPoAsync("#Q1", null, Ct))!.SalesOrder.ShouldBe(raised.SourceOrderCode);
        error.Message.ShouldContain("not found");
    }

    [Fact]
    public async Task ReadProducts_DoesNotNeedEnet()
    {
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError });
        var any = false;
        await foreach (var _ in fixture.Connect().ReadProductsAsync(Ct)) { any = true; break; }
        any.ShouldBeTrue();
    }

    public void Dispose()
    {
        fixture.Simulator.Faults.Clear();
        fixture.Simulator.Quirks.LowerCaseElements = false;
        fixture.Simulator.Quirks.JsonQuotedBody = false;
        fixture.Simulator.Quirks.SortoiStatusOnlyReply = false;
    }
}
