using System.Globalization;

namespace Stockbridge.Storage.Postgres.NodeWorker;

/// <summary>How a node runs: job slots, whether it runs the scheduled pull, how long each job's work takes, and whether jobs write the effect ledger.</summary>
internal sealed record NodeOptions(int Slots, bool Pull, int WorkMilliseconds, bool Effects = true)
{
    public static NodeOptions Parse(IReadOnlyList<string> args)
    {
        var options = new NodeOptions(Slots: 8, Pull: true, WorkMilliseconds: 2);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--slots" => options with { Slots = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--no-pull" => options with { Pull = false },
                "--no-effects" => options with { Effects = false },
                "--work-ms" => options with { WorkMilliseconds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }
}
