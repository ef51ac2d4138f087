using Stockbridge.Connectors.Catalog;
using System.CommandLine;
using Spectre.Console;
using Stockbridge.Connectors.Docs;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge connectors list|docs &lt;key&gt;</c>.</summary>
internal static class ConnectorsCommand
{
    public static Command Create()
    {
        var command = new Command("connectors", "The connectors this build knows and their getting-started pages.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Docs());
        return command;
    }

    private static Command List()
    {
        var list = new Command("list", "List the connectors: key, name, roles and capabilities.");
        list.SetAction(_ =>
        {
            var table = new Table().AddColumns("key", "name", "kind", "capabilities");
            foreach (var f in ConnectorCatalog.Factories.OrderBy(f => f.Manifest.Key, StringComparer.Ordinal))
            {
                var m = f.Manifest;
                table.AddRow(m.Key, Markup.Escape(m.DisplayName), Flags(m.Kind), Flags(m.Capabilities));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return list;
    }

    private static Command Docs()
    {
        var key = new Argument<string>("key") { Description = "The connector's key, as `connectors list` shows it." };
        var docs = new Command("docs", "Print a connector's getting-started page (Markdown), generated from its manifest.") { key };
        docs.SetAction(parse =>
        {
            var wanted = parse.GetValue(key)!;
            var factory = ConnectorCatalog.Find(wanted)?.Factory;
            if (factory is null)
            {
                Console.Error.WriteLine($"unknown connector '{wanted}'; known: {string.Join(", ", ConnectorCatalog.Modules.Select(m => m.Key).Order())}");
                return 2;
            }
            Console.Out.Write(ConnectorPage.Render(factory.Manifest));
            return 0;
        });
        return docs;
    }

    private static string Flags<T>(T value) where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(v)).Select(v => v.ToString().ToLowerInvariant()));
}
