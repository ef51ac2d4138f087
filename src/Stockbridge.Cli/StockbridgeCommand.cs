using System.CommandLine;
using Stockbridge.Cli.Commands;

namespace Stockbridge.Cli;

/// <summary>The <c>stockbridge</c> command and its sub-commands.</summary>
public static class StockbridgeCommand
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("Stockbridge: keeps every sales channel in step with the ERP, and raises every order into the ERP exactly once.");
        root.Subcommands.Add(ConnectorsCommand.Create());
        return root;
    }
}
