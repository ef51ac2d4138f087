using System.CommandLine;
using Spectre.Console;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge status</c>: the store, the clients, their connections, records and jobs by state.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Show the store, each client's connections, how many records it holds and its jobs by state.");
        command.SetSessionAction(async (session, parse, ct) =>
        {
            AnsiConsole.MarkupLine($"store: [bold]{Markup.Escape(session.Store.Describe())}[/]");
            var clients = await session.Store.Clients.ListAsync(ct);
            if (clients.Count == 0) AnsiConsole.MarkupLine("[yellow]no clients yet[/]: start the hub with `stockbridge run --config <file>`.");
            foreach (var client in clients)
            {
                var table = new Table().Title($"client {Markup.Escape(client.Id)} ({Markup.Escape(client.Name)})").AddColumns("what", "count");
                foreach (var connection in await session.Store.Connections.ListAsync(client.Id, ct))
                    table.AddRow(Markup.Escape($"connection {connection.Id}"), Markup.Escape($"{connection.ConnectorKey}{(connection.Enabled ? "" : " (disabled)")}"));
                foreach (var entity in new[] { RecordEntity.Product, RecordEntity.Customer, RecordEntity.Order })
                    table.AddRow(entity + "s", (await session.Store.Records.CountAsync(client.Id, entity, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                var counts = await session.Store.Jobs.CountByStateAsync(client.Id, ct);
                foreach (var state in Enum.GetValues<JobState>())
                {
                    var n = counts.TryGetValue(state, out var c) ? c : 0;
                    var label = state == JobState.Failed && n > 0 ? $"[red]jobs {state.ToString().ToLowerInvariant()}[/]" : $"jobs {state.ToString().ToLowerInvariant()}";
                    table.AddRow(label, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                AnsiConsole.Write(table);
            }
            return 0;
        });
        return command;
    }
}
