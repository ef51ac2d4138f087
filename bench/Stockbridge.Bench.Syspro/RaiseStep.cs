using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Bench.Syspro;

/// <summary>
/// Raises N orders into a SYSPRO simulator that answers every e.net call after a fixed latency, the way the hub's
/// <c>order.raise</c> jobs do: a fresh connector per attempt (the engine makes one per job run and never disposes it),
/// up to <c>--jobs</c> attempts at once, a failed attempt retried later with the engine's default back-off (2 s doubling,
/// ±20 % jitter) and, after any failed attempt, a look-up by PO number before the order is posted again. Reports
/// orders/s, failed attempts per order and why they failed, the e.net calls sent, the simulator's session counts, and
/// checks SorMaster holds every order exactly once. The connection's licence_seats follow the simulator's operator
/// seats (<c>--seats</c>).
/// </summary>
internal static class RaiseStep
{
    public static async Task<int> RunAsync(RaiseArguments args)
    {
        await using var simulator = await SysproSimulator.StartAsync(SimulatorOptions(args));
        if (args.Timeouts > 0)
            simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, Probability = args.Timeouts });
        simulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Target = FaultTarget.Any, LatencyMs = args.LatencyMs });
        var settings = ConnectionSettings(simulator, args);
        using var counter = new CallCounter();
        using var http = new HttpClient(counter, disposeHandler: false);
        var factory = new SysproConnectorFactory();

        var orders = Enumerable.Range(1, args.Orders).Select(i => Order($"#BR{i:D5}", args.Lines)).ToList();
        var queue = new PriorityQueue<(Order Order, int Attempt), long>();
        foreach (var order in orders) queue.Enqueue((order, 1), 0);
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failedAttempts = 0;
        var dead = 0;
        var raised = 0;
        var gate = new Lock();
        var random = new Random(11);
        var clock = Stopwatch.StartNew();
        var progress = Stopwatch.StartNew();

        async Task WorkerAsync()
        {
            while (true)
            {
                (Order Order, int Attempt) next;
                lock (gate)
                {
                    if (raised + dead == orders.Count) return;
                    if (!queue.TryPeek(out next, out var due) || due > clock.ElapsedMilliseconds) next = default;
                    else queue.Dequeue();
                }
                if (next.Order is null)
                {
                    await Task.Delay(20);
                    continue;
                }
                var raiser = (IOrderRaiser)factory.Create(new ConnectionContext("bench", "syspro-bench", settings, http, TimeProvider.System, NullLogger.Instance));
                try
                {
                    if (next.Attempt == 1 || await raiser.FindRaisedOrderAsync(next.Order.ChannelOrderCode, CancellationToken.None) is null)
                        await raiser.RaiseOrderAsync(next.Order, CancellationToken.None);
                    lock (gate) raised++;
                }
                catch (ConnectorException e)
                {
                    Interlocked.Increment(ref failedAttempts);
                    failures.AddOrUpdate(Reason(e), 1, (_, n) => n + 1);
                    lock (gate)
                    {
                        if (e is PermanentConnectorException || next.Attempt >= args.MaxAttempts) dead++;
                        else queue.Enqueue((next.Order, next.Attempt + 1), clock.ElapsedMilliseconds + Backoff(next.Attempt, random));
                    }
                }
                if (progress.Elapsed > TimeSpan.FromSeconds(30))
                {
                    progress.Restart();
                    Console.WriteLine($"  {clock.Elapsed.TotalSeconds:0}s: {raised} raised, {dead} dead, {failedAttempts} failed attempts");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, args.Jobs).Select(_ => Task.Run(WorkerAsync)));
        var seconds = clock.Elapsed.TotalSeconds;
        simulator.Faults.Clear();

        var inSyspro = (await simulator.Company.ListSalesOrdersAsync(CancellationToken.None))
            .Where(o => o.CustomerPoNumber.StartsWith("#BR", StringComparison.Ordinal)).GroupBy(o => o.CustomerPoNumber).ToList();
        Console.WriteLine($"{args.Orders} orders of {args.Lines} line(s), {args.Jobs} jobs at once, {args.Seats} seat(s), e.net latency {args.LatencyMs} ms, " +
                          $"timeouts after commit {args.Timeouts:P0}");
        Console.WriteLine($"raised {raised}, dead-lettered {dead}, in {seconds:0.0}s = {raised / seconds:0.00} orders/s");
        Console.WriteLine($"failed attempts {failedAttempts} = {(double)failedAttempts / args.Orders:0.00} per order");
        foreach (var (reason, count) in failures.OrderByDescending(f => f.Value)) Console.WriteLine($"  {count,6}  {reason}");
        Console.WriteLine($"e.net calls: {string.Join(", ", counter.ByPath.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}");
        Console.WriteLine($"simulator sessions: {simulator.Sessions.Logons} logons, {simulator.Sessions.EndedByLogon} ended by another logon, " +
                          $"{simulator.Sessions.RefusedCalls} calls refused as not logged on");
        Console.WriteLine($"SorMaster: {inSyspro.Count} of {args.Orders} orders present, {inSyspro.Count(g => g.Count() > 1)} raised more than once");
        return inSyspro.Count == raised && inSyspro.All(g => g.Count() == 1) ? 0 : 1;
    }

    private static SysproSimulatorOptions SimulatorOptions(RaiseArguments args) =>
        new() { StockCodes = Math.Max(200, args.Lines), Customers = 20, OperatorSeats = args.Seats };

    private static Dictionary<string, string> ConnectionSettings(RunningSysproSimulator simulator, RaiseArguments args) =>
        new(simulator.ConnectionSettings()) { ["enet_timeout_seconds"] = "30" };

    private static Order Order(string code, int lines) => new()
    {
        Channel = "bench-shop",
        ChannelOrderCode = code,
        SourceCustomerCode = SeedCatalogue.CashCustomer,
        LineItems = [.. Enumerable.Range(1, lines).Select(i => new LineItem { Sku = SeedCatalogue.StockCode(i), Qty = 1, Price = 10m })],
    };

    /// <summary>The engine's default retry delay: 2 s doubling per attempt, ±20 % jitter.</summary>
    private static long Backoff(int attempt, Random random)
    {
        var delay = 2000 * Math.Pow(2, attempt - 1);
        lock (random) return (long)(Math.Min(delay, 600_000) * (0.8 + 0.4 * random.NextDouble()));
    }

    private static string Reason(ConnectorException e)
    {
        var text = e.Message;
        if (text.Contains("session", StringComparison.OrdinalIgnoreCase)) return "session ended (another logon of the operator)";
        if (text.Contains("did not answer", StringComparison.Ordinal) || text.Contains("failed:", StringComparison.Ordinal)) return "no reply (timeout or dropped connection)";
        return text.Length > 90 ? text[..90] : text;
    }
}
