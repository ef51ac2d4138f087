using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Syspro.Simulator.Database.Records;
using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Queries;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// A shopper's discounted Shopify order is raised into SYSPRO at what the shopper paid ex tax; an ERP user then changes a line's
/// price in SYSPRO, and the next reconcile sweep reports the order with both values, in the drift report and in
/// <c>stockbridge drift</c>.
/// </summary>
public sealed class OrderValueDriftEndToEndTests
{
    [Fact]
    public async Task DiscountedOrder_RaisedAtThePaidValue_AndAnErpEditShowsInTheDriftReport()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { StockCodes = 12, PullIntervalSeconds = 1 }, ct);
        var sku = await ShopStock.FirstSkuInStockAsync(hub, ct);

        var placed = await hub.World.Shop.PlaceOrderAsync(new PlaceOrderRequest
        {
            Email = "value.check@example.com", LineItems = [new PlaceOrderLine(sku, 2)],
            ShippingLine = new PlaceOrderShipping("Courier", "courier", 95m), DiscountCode = "TAKE100", DiscountAmount = 100m,
        }, ct);
        var salesOrder = await Eventually.GetAsync(() => hub.World.Syspro.Company.FindSalesOrderByPoAsync(placed.Name, null, ct), $"order {placed.Name} in SYSPRO", ct);

        // What the shopper paid ex tax, from the simulator's own order: prices include 15% VAT, 100 off the lines.
        var lineTax = placed.LineItems.SelectMany(l => l.TaxLines).Sum(t => t.Price);
        var shippingTax = placed.ShippingLines.SelectMany(l => l.TaxLines).Sum(t => t.Price);
        var paidExTax = placed.LineItems.Sum(l => l.Price * l.Quantity) - 100m - lineTax + 95m - shippingTax;
        salesOrder.Value.ShouldBe(paidExTax, "SYSPRO's sales order carries the discount: its value is what the shopper paid ex tax");

        var line = salesOrder.Lines.First(l => l.LineType == "1");
        await hub.World.Syspro.Company.ChangeOrderLinePriceAsync(salesOrder.SalesOrder, line.Line, line.Price + 10m, ct);
        var edited = (await hub.World.Syspro.Company.FindSalesOrderAsync(salesOrder.SalesOrder, ct))!;
        edited.Value.ShouldBe(paidExTax + 20m);

        await hub.Store.Jobs.EnqueueAsync(new JobRequest(DemoIds.Client, DemoIds.Shopify, SyncJobKinds.Reconcile, "value-check", "{}"), ct);
        var report = await Eventually.GetAsync(async () =>
        {
            var r = (await hub.Services.GetRequiredService<DriftReportQuery>().ForClientAsync(DemoIds.Client, ct)).Single(x => x.ConnectionId == DemoIds.Shopify);
            return r.ValueFindings?.FirstOrDefault(f => f.ChannelOrderCode == placed.Name) is not null ? r : null;
        }, "the reconcile sweep's value finding", ct);

        var finding = report.ValueFindings!.Single(f => f.ChannelOrderCode == placed.Name);
        finding.ChannelValue.ShouldBe(paidExTax);
        finding.SourceValue.ShouldBe(paidExTax + 20m);
        finding.SourceOrderCode.ShouldBe(salesOrder.SalesOrder.Trim());
        finding.Lines.ShouldHaveSingleItem().ShouldStartWith(line.StockCode.Trim());
        report.ValueDifferences.ShouldBe(1);

        var cli = await RunCliAsync(hub.World, ct, "drift", "--config", hub.World.ConfigPath);
        cli.ExitCode.ShouldBe(0, cli.Output);
        cli.Output.ShouldContain(placed.Name);
        cli.Output.ShouldContain(paidExTax.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        cli.Output.ShouldContain((paidExTax + 20m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<(int ExitCode, string Output)> RunCliAsync(DemoEnvironment world, CancellationToken ct, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = world.WorkDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "stockbridge.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "400";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout + await stderr);
    }
}
