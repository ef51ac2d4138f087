using System.CommandLine;
using Stockbridge.Cli.Commands;
using Stockbridge.Cli.Demo;

namespace Stockbridge.Cli;

/// <summary>The <c>stockbridge</c> command and its sub-commands.</summary>
public static class StockbridgeCommand
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("Stockbridge: keeps every sales channel in step with the ERP, and raises every order into the ERP exactly once.");
        root.Options.Add(CommonOptions.Config);
        root.Options.Add(CommonOptions.Store);
        root.Options.Add(CommonOptions.Client);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());
        root.Subcommands.Add(OrdersCommand.Create());
        root.Subcommands.Add(DriftCommand.Create());
        root.Subcommands.Add(ConnectorsCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(TokensCommand.Create());
        root.Subcommands.Add(SimulateCommand.Create());
        return root;
    }
}
