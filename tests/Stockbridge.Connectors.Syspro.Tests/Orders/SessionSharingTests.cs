using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Connectors.Syspro.Tests.Support;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro.Tests.Orders;

/// <summary>
/// The engine makes a connector per job (and never disposes it): these tests do the same, with a connection id of
/// their own so no other test shares its sessions, and count what the simulator saw. The simulator's operator has one
/// licence seat, so a connection's first logon ends a session another test's connection left open: tests that count
/// sessions ended start from none open.
/// </summary>
public sealed class SessionSharingTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>, IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentRaises_UnderLatencyAndTimeoutsAfterCommit_NoSessionErrorsAndEveryOrderOnce()
    {
        var sessions = fixture.Simulator.Sessions;
        sessions.Evict(); // sessions other tests' connections left open with this operator
        var (logons, ended, refused) = (sessions.Logons, sessions.EndedByLogon, sessions.RefusedCalls);
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, Probability = 0.1 });
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMs = 150 });
        var codes = Enumerable.Range(1, 40).Select(i => $"#CC{i:D3}").ToList();
        var queue = new Queue<string>(codes);

        // Four jobs at once (the engine's default per connection), each attempt with a fresh connector.
        async Task JobAsync()
        {
            while (true)
            {
                string? code;
                lock (queue)
                {
                    if (!queue.TryDequeue(out code)) return;
                }
                await ExactlyOnceLoop.RaiseAsync(new RaiserPerAttempt(() => fixture.Connect(connectionId: "shared-latency")), fixture.SampleOrder(code), Ct, maxAttempts: 10);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => JobAsync()));
        fixture.Simulator.Faults.Clear();

        (sessions.RefusedCalls - refused).ShouldBe(0);
        (sessions.EndedByLogon - ended).ShouldBe(0);
        (sessions.Logons - logons).ShouldBe(1);
        fixture.Simulator.Faults.InjectedByKind.GetValueOrDefault(FaultKind.TimeoutAfterCommit).ShouldBeGreaterThan(0);
        var stored = (await fixture.Simulator.Company.ListSalesOrdersAsync(Ct)).Where(o => o.CustomerPoNumber.StartsWith("#CC", StringComparison.Ordinal)).ToList();
        stored.Select(o => o.CustomerPoNumber).Order(StringComparer.Ordinal).ShouldBe(codes);
    }

    [Fact]
    public async Task ExpiredSession_ManyCallsAtOnce_RenewedByOneLogon()
    {
        var sessions = fixture.Simulator.Sessions;
        await fixture.Connect(connectionId: "shared-expiry").FindRaisedOrderAsync("#none", Ct);
        sessions.Evict(fixture.Simulator.Operator).ShouldBe(1); // as SYSPRO's idle timeout would
        var (logons, refused) = (sessions.Logons, sessions.RefusedCalls);

        var connectors = Enumerable.Range(0, 8).Select(_ => fixture.Connect(connectionId: "shared-expiry")).ToList();
        await Task.WhenAll(connectors.Select(c => c.FindRaisedOrderAsync("#none", Ct)));

        (sessions.Logons - logons).ShouldBe(1);
        (sessions.RefusedCalls - refused).ShouldBe(1); // the one call that found the session gone, before it logged on again
        connectors[0].SessionRelogons.ShouldBe(1);
    }

    [Fact]
    public async Task TestConnection_WhileJobsHoldTheSession_KeepsIt()
    {
        var sessions = fixture.Simulator.Sessions;
        sessions.Evict(); // sessions other tests' connections left open with this operator
        var job = fixture.Connect(connectionId: "shared-test");
        await job.RaiseOrderAsync(fixture.SampleOrder("#TC1"), Ct);
        var (logons, ended) = (sessions.Logons, sessions.EndedByLogon);

        var result = await fixture.Connect(connectionId: "shared-test").TestConnectionAsync(Ct);
        await job.RaiseOrderAsync(fixture.SampleOrder("#TC2"), Ct);

        result.Ok.ShouldBeTrue();
        (sessions.Logons - logons).ShouldBe(0);
        (sessions.EndedByLogon - ended).ShouldBe(0);
        job.SessionRelogons.ShouldBe(0);
    }

    [Fact]
    public async Task TwoLicenceSeats_ConcurrentRaises_TwoSessionsAndNoCollision()
    {
        await using var simulator = await SysproSimulator.StartAsync(new SysproSimulatorOptions { StockCodes = 50, Customers = 20, OperatorSeats = 2 }, Ct);
        simulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMs = 100 });
        using var http = new HttpClient();
        var settings = simulator.ConnectionSettings();
        settings["licence_seats"].ShouldBe("2");

        await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Connect().RaiseOrderAsync(
            TestOrders.For($"#TS{i:D2}", SeedCatalogue.CashCustomer, SeedCatalogue.StockCode(1)), Ct)));

        simulator.Sessions.Logons.ShouldBe(2);
        simulator.Sessions.EndedByLogon.ShouldBe(0);
        simulator.Sessions.RefusedCalls.ShouldBe(0);
        (await simulator.Company.ListSalesOrdersAsync(Ct)).Count(o => o.CustomerPoNumber.StartsWith("#TS", StringComparison.Ordinal)).ShouldBe(12);

        SysproConnector Connect() =>
            (SysproConnector)new SysproConnectorFactory().Create(new ConnectionContext("client-1", "two-seats", settings, http, TimeProvider.System,
                Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
    }

    public void Dispose() => fixture.Simulator.Faults.Clear();

    /// <summary>A raiser that makes a new connector for every call, as the engine makes one per job run.</summary>
    private sealed class RaiserPerAttempt(Func<SysproConnector> connect) : Source.IOrderRaiser
    {
        public Task<Source.RaisedOrder> RaiseOrderAsync(Order order, CancellationToken cancellationToken) => connect().RaiseOrderAsync(order, cancellationToken);

        public Task<Source.RaisedOrder?> FindRaisedOrderAsync(string channelOrderCode, CancellationToken cancellationToken) =>
            connect().FindRaisedOrderAsync(channelOrderCode, cancellationToken);
    }
}
