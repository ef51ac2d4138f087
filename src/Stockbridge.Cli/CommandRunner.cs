using System.CommandLine;
using Spectre.Console;
using Stockbridge.Hosting.Configuration;

namespace Stockbridge.Cli;

/// <summary>Runs a command body and turns known failures into a clear message and a non-zero exit code.</summary>
internal static class CommandRunner
{
    public static void SetSessionAction(this Command command, Func<HubSession, ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await using var session = await HubSession.OpenAsync(parse, ct);
                return await body(session, parse, ct);
            }
            catch (Exception e) when (Report(e)) { return 2; }
        });

    /// <summary>Prints a known failure; false for an unknown one (which then propagates with its stack).</summary>
    public static bool Report(Exception e)
    {
        switch (e)
        {
            case ConfigException config:
                Console.Error.WriteLine($"The config file has {config.Errors.Count} problem(s):");
                foreach (var error in config.Errors) Console.Error.WriteLine("  " + error);
                return true;
            case CommandException or NotSupportedException or Stockbridge.Storage.Security.KeyRingException:
                Console.Error.WriteLine(e.Message);
                return true;
            default:
                return false;
        }
    }
}
