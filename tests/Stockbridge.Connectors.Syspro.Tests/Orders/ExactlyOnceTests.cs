using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Orders;

public sealed class ExactlyOnceTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    [Fact]
    public async Task RaiseOrder_TimeoutAfterCommitOnEveryFirstAttempt_EndsWithExactlyOneSalesOrderPerChannelOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        fixture.Simulator.Faults.Clear();
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, FirstAttemptPerKey = true });
        await using var connector = fixture.Connect();
        var codes = Enumerable.Range(1, 200).Select(i => $"#EO{i:D4}").ToList();

        var attempts = 0;
        var raised = new Dictionary<string, string>();
        foreach (var code in codes)
        {
            var (order, tries) = await ExactlyOnceLoop.RaiseAsync(connector, fixture.SampleOrder(code), ct);
            raised[code] = order.SourceOrderCode;
            attempts += tries;
        }

        fixture.Simulator.Faults.Clear();
        var orders = (await fixture.Simulator.Company.ListSalesOrdersAsync(ct)).Where(o => o.CustomerPoNumber.StartsWith("#EO", StringComparison.Ordinal)).ToList();
        orders.Count.ShouldBe(200);
        orders.Select(o => o.CustomerPoNumber).Order().ShouldBe(codes.Order());
        orders.ShouldAllBe(o => raised[o.CustomerPoNumber] == o.SalesOrder);
        attempts.ShouldBe(400); // every order's first reply was lost, and found on the second pass
        fixture.Simulator.Faults.Injected.ShouldBeGreaterThanOrEqualTo(200);
    }

    [Fact]
    public async Task RaiseOrder_RandomFaultsOnPostsAndQueries_StillExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        fixture.Simulator.Faults.Clear();
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, Probability = 0.3 });
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = FaultTarget.Sortoi, Probability = 0.15 });
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.DropConnection, Target = FaultTarget.Any, Probability = 0.1 });
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.EvictSession, Target = FaultTarget.Any, Probability = 0.1 });
        await using var connector = fixture.Connect();

        for (var i = 1; i <= 100; i++) await ExactlyOnceLoop.RaiseAsync(connector, fixture.SampleOrder($"#CH{i:D3}"), ct, maxAttempts: 30);

        fixture.Simulator.Faults.Clear();
        var orders = (await fixture.Simulator.Company.ListSalesOrdersAsync(ct)).Where(o => o.CustomerPoNumber.StartsWith("#CH", StringComparison.Ordinal)).ToList();
        orders.Count.ShouldBe(100);
        orders.Select(o => o.CustomerPoNumber).Distinct().Count().ShouldBe(100);
        fixture.Simulator.Faults.Injected.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task RaiseOrder_NaiveRetryAfterLostReply_DuplicatesTheOrder()
    {
        // The control: the injected fault really commits, so retrying without asking first raises twice.
        var ct = TestContext.Current.CancellationToken;
        fixture.Simulator.Faults.Clear();
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, FirstAttemptPerKey = true });
        await using var connector = fixture.Connect(new Dictionary<string, string> { ["check_po_numbers"] = "false" });

        for (var i = 1; i <= 5; i++) await ExactlyOnceLoop.RaiseNaivelyAsync(connector, fixture.SampleOrder($"#NV{i}"), ct);

        fixture.Simulator.Faults.Clear();
        var orders = (await fixture.Simulator.Company.ListSalesOrdersAsync(ct)).Where(o => o.CustomerPoNumber.StartsWith("#NV", StringComparison.Ordinal)).ToList();
        orders.Count.ShouldBe(10);
    }

    [Fact]
    public async Task RaiseOrder_DuplicatePoRejectedBySyspro_ReturnsTheExistingSalesOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        fixture.Simulator.Faults.Clear();
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, Count = 1 });
        await using var connector = fixture.Connect();

        await Should.ThrowAsync<Errors.TransientConnectorException>(() => connector.RaiseOrderAsync(fixture.SampleOrder("#DUP1"), ct));
        var again = await connector.RaiseOrderAsync(fixture.SampleOrder("#DUP1"), ct);

        var orders = (await fixture.Simulator.Company.ListSalesOrdersAsync(ct)).Where(o => o.CustomerPoNumber == "#DUP1").ToList();
        orders.Count.ShouldBe(1);
        again.SourceOrderCode.ShouldBe(orders[0].SalesOrder);
    }
}
