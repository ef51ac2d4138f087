using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;
using Stockbridge.Demo;
using Stockbridge.Domain.Orders;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Queries;

namespace Stockbridge.Cli.Demo;

/// <summary>Live progress: what the hub holds, what it pushed, orders by state, failures — redrawn every half second.</summary>
internal sealed class DemoProgress(SyncStatusQuery status, DemoEnvironment world, DemoTraffic traffic, DemoNames names)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public async Task ShowAsync(CancellationToken stop)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            await PrintLinesAsync(stop);
            return;
        }
        await AnsiConsole.Live(new Text("starting…")).AutoClear(false).StartAsync(async live =>
        {
            while (!stop.IsCancellationRequested)
            {
                live.UpdateTarget(await RenderAsync());
                try { await Task.Delay(500, stop); } catch (OperationCanceledException) { break; }
            }
            live.UpdateTarget(await RenderAsync());
        });
    }

    private async Task PrintLinesAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try { await Task.Delay(5000, stop); } catch (OperationCanceledException) { break; }
            var s = await status.GetAsync(DemoIds.Client, CancellationToken.None);
            Console.WriteLine($"[{_clock.Elapsed:mm\\:ss}] products {s.Products} (on {names.Channel} {Linked(s)}) · orders placed {traffic.PlacedOrders.Count}, raised {Raised(s)} · ERP changes {traffic.ErpChanges} · jobs pending {s.JobsByState.GetValueOrDefault(JobState.Pending)}, failed {s.FailedJobs}");
        }
    }

    private async Task<IRenderable> RenderAsync()
    {
        var s = await status.GetAsync(DemoIds.Client, CancellationToken.None);
        var table = new Table().Border(TableBorder.Rounded).Title($"running for {_clock.Elapsed:mm\\:ss} — Ctrl-C stops").AddColumns("", "count");
        table.AddRow(Markup.Escape($"products in the hub (from {names.Erp})"), s.Products.ToString(Inv));
        table.AddRow(Markup.Escape($"products on {names.Channel}"), Linked(s).ToString(Inv));
        table.AddRow("customers in the hub", s.Customers.ToString(Inv));
        table.AddRow(Markup.Escape($"price and stock changes made in {names.Erp}"), traffic.ErpChanges.ToString(Inv));
        table.AddRow(Markup.Escape($"orders placed on {names.Channel}"), traffic.PlacedOrders.Count.ToString(Inv));
        table.AddRow(Markup.Escape($"orders raised into {names.Erp}"), $"[green]{Raised(s)}[/]");
        table.AddRow("jobs waiting", s.JobsByState.GetValueOrDefault(JobState.Pending).ToString(Inv));
        table.AddRow("jobs failed (see stockbridge jobs list --state failed)", s.FailedJobs == 0 ? "0" : $"[red]{s.FailedJobs}[/]");

        var chart = new BarChart().Width(60).Label("[bold]orders by state[/]");
        foreach (var state in new[] { OrderState.Received, OrderState.Raised, OrderState.Failed })
            chart.AddItem(state.ToString().ToLowerInvariant(), s.OrdersByState.GetValueOrDefault(state), state switch { OrderState.Raised => Color.Green, OrderState.Failed => Color.Red, _ => Color.Yellow });
        var jobs = new BreakdownChart().Width(60);
        foreach (var (state, count) in s.JobsByState.Where(j => j.Value > 0))
            jobs.AddItem("jobs " + state.ToString().ToLowerInvariant(), count, state switch { JobState.Succeeded => Color.Green, JobState.Failed => Color.Red, JobState.Running => Color.Blue, _ => Color.Grey });
        return new Rows(table, chart, jobs);
    }

    private long Linked(SyncStatus s) => s.ProductsLinkedByConnection.GetValueOrDefault(world.ChannelConnection);

    private static long Raised(SyncStatus s) =>
        s.OrdersByState.Where(o => o.Key is not (OrderState.Received or OrderState.Validated or OrderState.Failed or OrderState.Cancelled)).Sum(o => o.Value);

    private static readonly IFormatProvider Inv = System.Globalization.CultureInfo.InvariantCulture;
}
