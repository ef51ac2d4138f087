using Spectre.Console;
using Stockbridge.Demo;
using Stockbridge.Sync.Queries;

namespace Stockbridge.Cli.Demo;

/// <summary>The closing summary: the checks against the ERP and the channel themselves, and any problem in words.</summary>
internal static class DemoSummary
{
    public static void Print(DemoVerdict verdict, DemoTraffic traffic, SyncStatus status, DemoNames names)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]summary[/]").AddColumns("check", "result");
        table.AddRow(Markup.Escape($"orders placed on {names.Channel}"), verdict.OrdersPlaced.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("  of them for a trade account (the rest: cash account)", traffic.AccountOrders.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("  of them with a discount code", traffic.DiscountedOrders.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow(Markup.Escape($"raised exactly once in {names.Erp}"), Mark(verdict.OrdersRaisedOnce == verdict.OrdersPlaced, verdict.OrdersRaisedOnce));
        table.AddRow(Markup.Escape($"{names.Erp} order value = what the shopper paid ex tax, to the cent"), Mark(verdict.OrdersValueMatched == verdict.OrdersPlaced, verdict.OrdersValueMatched));
        table.AddRow(Markup.Escape($"{names.Channel} order carries its {names.Erp} number"), verdict.OrdersWithoutErpNumberField > 0 && verdict.OrdersMarked == 0
            ? Markup.Escape($"n/a: {names.Channel} orders have no field for it ({verdict.OrdersWithoutErpNumberField})")
            : Mark(verdict.OrdersMarked + verdict.OrdersWithoutErpNumberField == verdict.OrdersPlaced, verdict.OrdersMarked));
        if (verdict.OrdersFulfilled is { } fulfilled)
            table.AddRow(Markup.Escape($"shipped by {names.Fulfillment}, tracking on the {names.Channel} order"), Mark(fulfilled == verdict.OrdersPlaced, fulfilled));
        table.AddRow(Markup.Escape($"SKUs where {names.Channel} stock = projection"), Mark(!verdict.Problems.Any(p => p.StartsWith("stock", StringComparison.Ordinal)), verdict.SkusChecked));
        table.AddRow(Markup.Escape($"price and stock changes carried from {names.Erp}"), traffic.ErpChanges.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("failed jobs", status.FailedJobs == 0 ? "[green]0[/]" : $"[red]{status.FailedJobs}[/]");
        AnsiConsole.Write(table);
        foreach (var problem in verdict.Problems.Take(20)) AnsiConsole.MarkupLine($"[red]✗[/] {Markup.Escape(problem)}");
        if (verdict.Problems.Count > 20) AnsiConsole.MarkupLine($"[red]… and {verdict.Problems.Count - 20} more[/]");
        AnsiConsole.MarkupLine(verdict.Ok && verdict.OrdersPlaced > 0 ? $"[green bold]✓ every order raised exactly once at the value the shopper paid; {Markup.Escape(names.Channel)}'s stock matches the projection[/]" : "[red bold]✗ the demo's checks failed[/]");
    }

    private static string Mark(bool ok, int count) => ok ? $"[green]✓ {count}[/]" : $"[red]✗ {count}[/]";
}
