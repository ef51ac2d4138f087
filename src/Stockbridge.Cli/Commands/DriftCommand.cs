using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Stockbridge.Sync.Queries;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge drift</c>: what the last reconcile sweep of each channel found and healed.</summary>
internal static class DriftCommand
{
    public static Command Create()
    {
        var command = new Command("drift", "Print the drift report: per channel connection, products checked, drifted and healed, and orders taken in.");
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
                AnsiConsole.Write(table);
            }
            return 0;
        });
        return command;
    }
}
