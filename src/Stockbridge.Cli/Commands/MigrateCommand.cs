using System.CommandLine;
using Stockbridge.Hosting.Stores;

namespace Stockbridge.Cli.Commands;

/// <summary><c>stockbridge migrate</c>: applies pending schema migrations and says what it did.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending schema migrations to the store (also done at every start). Safe to run again.");
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var config = HubSession.LoadConfig(parse);
                var location = parse.GetValue(CommonOptions.Store) ?? config?.StoreLocation ?? "stockbridge.db";
                await using var store = await StoreOpener.OpenAsync(location, StoreOpener.MasterKeysFor(config), TimeProvider.System, ct);
                // OpenAsync already migrated; a second run reports what is current.
                var report = await store.MigrateAsync(ct);
                Console.WriteLine($"{store.Describe()}: schema version {report.CurrentVersion}; up to date.");
                if (store is Stockbridge.Storage.Security.IKeyRingHost { KeyRing.Notice: { } notice }) Console.WriteLine(notice);
                return 0;
            }
            catch (Exception e) when (CommandRunner.Report(e)) { return 2; }
        });
        return command;
    }
}
