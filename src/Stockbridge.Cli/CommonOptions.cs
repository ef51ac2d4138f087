using System.CommandLine;

namespace Stockbridge.Cli;

/// <summary>Options shared by the commands that open the store.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> Config { get; } = new("--config", "-c")
    {
        Description = "The hub's config file (JSON). Default: stockbridge.json in the current folder, if present.",
        Recursive = true,
    };

    public static Option<string?> Store { get; } = new("--store")
    {
        Description = "The store: a SQLite file path, or a PostgreSQL connection string (Host=…;Database=…) for many nodes; overrides the config file's.",
        Recursive = true,
    };

    public static Option<string?> Client { get; } = new("--client")
    {
        Description = "The client (merchant) id. Default: the only client, when there is one.",
        Recursive = true,
    };
}
