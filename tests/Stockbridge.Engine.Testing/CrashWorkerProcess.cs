using System.Diagnostics;

namespace Stockbridge.Engine.Testing;

/// <summary>Starts <c>Stockbridge.Engine.CrashWorker</c> as a separate process (<c>dotnet &lt;dll&gt;</c>) and SIGKILLs it.</summary>
public sealed class CrashWorkerProcess : IDisposable
{
    private readonly Process process;

    private CrashWorkerProcess(Process process) => this.process = process;

    public bool HasExited => process.HasExited;

    /// <summary>Starts the worker with <paramref name="arguments"/>; its output goes to <paramref name="logPath"/>.</summary>
    public static CrashWorkerProcess Start(string logPath, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(DllPath());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the crash worker");
        var log = TextWriter.Synchronized(new StreamWriter(logPath, append: true) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new CrashWorkerProcess(process);
    }

    /// <summary>SIGKILL (on Linux <see cref="Process.Kill()"/> sends SIGKILL): no shutdown code runs.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    /// <summary>The crash worker's dll, built beside the calling test project in the same configuration.</summary>
    public static string DllPath()
    {
        var baseDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = baseDirectory.Name;
        var configuration = baseDirectory.Parent!.Name;
        var root = baseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Stockbridge.slnx"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException($"no Stockbridge.slnx above {AppContext.BaseDirectory}");
        var dll = Path.Combine(root.FullName, "tests", "Stockbridge.Engine.CrashWorker", "bin", configuration, framework, "Stockbridge.Engine.CrashWorker.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build tests/Stockbridge.Engine.CrashWorker first", dll);
    }

}
