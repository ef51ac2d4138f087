using System.Diagnostics;

namespace Stockbridge.Bench.Nodes;

/// <summary>A node worker process (tests/Stockbridge.Storage.Postgres.NodeWorker, built next to this bench).</summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodeProcess(Process process) => _process = process;

    public Task Ready => _ready.Task;

    public static NodeProcess Start(params string[] arguments)
    {
        var separator = Path.DirectorySeparatorChar;
        var directory = AppContext.BaseDirectory.Replace(
            $"{separator}bench{separator}Stockbridge.Bench.Nodes{separator}",
            $"{separator}tests{separator}Stockbridge.Storage.Postgres.NodeWorker{separator}", StringComparison.Ordinal);
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(directory, "Stockbridge.Storage.Postgres.NodeWorker.dll"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var node = new NodeProcess(Process.Start(info) ?? throw new InvalidOperationException("The node worker did not start."));
        node._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("ready", StringComparison.Ordinal) == true || e.Data?.StartsWith("migrated", StringComparison.Ordinal) == true)
                node._ready.TrySetResult();
        };
        node._process.Exited += (_, _) => node._ready.TrySetException(new InvalidOperationException($"node worker {arguments[0]} exited"));
        node._process.EnableRaisingEvents = true;
        node._process.BeginOutputReadLine();
        return node;
    }

    public async Task WaitForExitAsync()
    {
        await _process.WaitForExitAsync();
        if (_process.ExitCode != 0) throw new InvalidOperationException($"node worker exited with {_process.ExitCode}");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
