using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Stockbridge.Sync.Queries;
using Stockbridge.Sync.Reconcile;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge drift</c>: what the last reconcile sweep of each channel found and healed.</summary>
internal static class DriftCommand
{
    public static Command Create()
    {
        var command = new Command("drift", "Print the drift report: per channel connection, products checked, drifted and healed, orders taken in, and raised orders whose value in the source differs from what the channel charged.");
        command.SetSessionAction(async (session, parse, ct) =>
        {
            var client = await session.ResolveClientAsync(parse, ct);
            await using var services = HubServices.ForQueries(session.Store);
            var reports = await services.GetRequiredService<DriftReportQuery>().ForClientAsync(client, ct);
            if (reports.Count == 0) AnsiConsole.MarkupLine("no channel connections");
            foreach (var r in reports)
            {
                var table = new Table().Title(Markup.Escape($"{r.ConnectionName} ({r.ConnectionId})")).AddColumns("", "");
                table.AddRow("last sweep", r.LastSweepAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never");
                table.AddRow("checked", r.Checked.ToString(CultureInfo.InvariantCulture));
                table.AddRow("drifted", r.Drifted == 0 ? "0" : $"[yellow]{r.Drifted}[/]");
                table.AddRow("healed", r.Healed.ToString(CultureInfo.InvariantCulture));
                table.AddRow("orders taken in", r.OrdersTakenIn.ToString(CultureInfo.InvariantCulture));
                foreach (var e in r.Examples) table.AddRow("example", Markup.Escape($"{e.Sku} ({e.ProductCode}): {e.Detail}"));
                table.AddRow("orders valued", r.ValuesSkipped is { } why ? Markup.Escape($"none: {why}") : r.OrdersValued.ToString(CultureInfo.InvariantCulture));
                table.AddRow("order value differences", r.ValueDifferences == 0 ? "0" : $"[red]{r.ValueDifferences}[/]");
                foreach (var v in r.ValueFindings ?? []) table.AddRow("value differs", Markup.Escape(ValueLine(r.ConnectionName, v)));
                AnsiConsole.Write(table);
            }
            return 0;
        });
        return command;
    }

    /// <summary>One order whose value differs, with both values and the lines that differ.</summary>
    internal static string ValueLine(string channel, OrderValueFinding v) => string.Create(CultureInfo.InvariantCulture,
        $"{v.ChannelOrderCode} (source order {v.SourceOrderCode}): {channel} charged {v.ChannelValue:0.00} ex tax, the source holds {(v.SourceValue is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "no order")} ({v.Difference:+0.00;-0.00}); {string.Join("; ", v.Lines)}");
}
