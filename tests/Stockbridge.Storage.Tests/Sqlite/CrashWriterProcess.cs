using System.Diagnostics;
using System.Text;

namespace Stockbridge.Storage.Tests.Sqlite;

/// <summary>A separate <c>Stockbridge.Storage.CrashWriter</c> process over a store file: real OS locks, real SIGKILL.</summary>
internal sealed class CrashWriterProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private CrashWriterProcess(Process process) => _process = process;

    public string Errors
    {
        get { lock (_errors) return _errors.ToString(); }
    }

    public static CrashWriterProcess Start(params string[] arguments)
    {
        var separator = Path.DirectorySeparatorChar;
        var directory = AppContext.BaseDirectory.Replace(
            $"{separator}Stockbridge.Storage.Tests{separator}", $"{separator}Stockbridge.Storage.CrashWriter{separator}", StringComparison.Ordinal);
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(directory, "Stockbridge.Storage.CrashWriter.dll"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        var process = Process.Start(info) ?? throw new InvalidOperationException("The crash writer did not start.");
        var writer = new CrashWriterProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (writer._errors) writer._errors.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        return writer;
    }

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await _process.StandardOutput.ReadLineAsync(cancellationToken);

    /// <summary>SIGKILL on Unix: no finally blocks, no flush, no graceful close.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<(int ExitCode, IReadOnlyList<string> Lines)> ReadToExitAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await ReadLineAsync(cancellationToken) is { } line) lines.Add(line);
        await _process.WaitForExitAsync(cancellationToken);
        return (_process.ExitCode, lines);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
