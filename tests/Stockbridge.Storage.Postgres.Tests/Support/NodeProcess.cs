using System.Diagnostics;
using System.Text;

namespace Stockbridge.Storage.Postgres.Tests.Support;

/// <summary>A <c>Stockbridge.Storage.Postgres.NodeWorker</c> process: a real hub node, stopped with a real SIGKILL.</summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>True once the node printed <c>ready</c> (its engine is running).</summary>
    public bool Ready { get; private set; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static NodeProcess Start(string name, params string[] arguments)
    {
        var separator = Path.DirectorySeparatorChar;
        var directory = AppContext.BaseDirectory.Replace(
            $"{separator}Stockbridge.Storage.Postgres.Tests{separator}", $"{separator}Stockbridge.Storage.Postgres.NodeWorker{separator}", StringComparison.Ordinal);
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(directory, "Stockbridge.Storage.Postgres.NodeWorker.dll"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("The node worker did not start.");
        var node = new NodeProcess(process, name);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Runs the worker to its end (e.g. <c>prepare</c>) and fails with its output when it does not exit 0.</summary>
    public static async Task RunToEndAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        using var node = Start("once", arguments);
        await node._process.WaitForExitAsync(cancellationToken);
        if (node._process.ExitCode != 0) throw new InvalidOperationException($"node worker {string.Join(' ', arguments[0])} failed: {node.Output}");
    }

    /// <summary>SIGKILL on Unix: no finally blocks, no lease released, no outcome recorded.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        if (line.StartsWith("ready", StringComparison.Ordinal)) Ready = true;
        lock (_output) _output.AppendLine(line);
    }
}
