using System.Diagnostics;

namespace Stockbridge.Demo;

/// <summary>
/// The hub as a separate OS process (<c>dotnet stockbridge.dll run --config …</c>), so a test or a soak can kill it with
/// SIGKILL the way a crash, an OOM kill or a pulled plug would, and start it again on the same store.
/// </summary>
/// <param name="cliPath">The path of <c>stockbridge.dll</c>, e.g. <c>Path.Combine(AppContext.BaseDirectory, "stockbridge.dll")</c>.</param>
/// <param name="configPath">The hub config file (<see cref="DemoEnvironment.ConfigPath"/>).</param>
/// <param name="hubUrl">The URL the hub listens on (<see cref="DemoEnvironment.HubUrl"/>).</param>
/// <param name="time">The clock for the start-up deadline; null: the system clock.</param>
public sealed class HubProcess(string cliPath, string configPath, Uri hubUrl, TimeProvider? time = null) : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private Process? _process;

    /// <summary>How many times the hub was started.</summary>
    public int Starts { get; private set; }
    /// <summary>How many times the hub was SIGKILLed.</summary>
    public int Kills { get; private set; }

    /// <summary>Starts the hub and waits until <c>/healthz</c> answers (60 s at most).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(configPath)! };
        info.ArgumentList.Add(cliPath);
        info.ArgumentList.Add("run");
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(configPath);
        // Short leases so a killed node's jobs are taken over in seconds, not the default half minute.
        info.Environment["Stockbridge__Engine__Lease"] = "00:00:04";
        info.Environment["Stockbridge__Sync__SchedulerTick"] = "00:00:01";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Starts++;
        await WaitHealthyAsync(cancellationToken);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, nothing graceful.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
        Kills++;
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (_time.GetElapsedTime(started) < StartTimeout)
        {
            if (_process is { HasExited: true }) throw new InvalidOperationException($"the hub exited with code {_process.ExitCode} while starting");
            try
            {
                using var response = await Http.GetAsync(new Uri(hubUrl, "healthz"), cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException("the hub did not answer /healthz within 60 s");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }
}
