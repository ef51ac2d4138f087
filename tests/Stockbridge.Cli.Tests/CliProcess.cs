using System.Diagnostics;

namespace Stockbridge.Cli.Tests;

/// <summary>Runs the built <c>stockbridge</c> command as a separate process, as a user would.</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "stockbridge.dll");

    /// <summary>An operator key made for this test run (CI machines have none in their environment).</summary>
    public static string MasterKey { get; } = Stockbridge.Storage.Security.OperatorKey.Generate();

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args) => StartInfo(workingDirectory, MasterKey, args);

    public static ProcessStartInfo StartInfo(string workingDirectory, string? masterKey, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment[Stockbridge.Storage.Security.OperatorKey.EnvironmentVariable] = masterKey;
        return info;
    }

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(StartInfo(workingDirectory, args));

    public static async Task<CliResult> RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
