namespace Stockbridge.Simulators.Hosting;

/// <summary>For a simulator's own Program: waits until Ctrl+C or the process is asked to stop.</summary>
public static class SimulatorConsole
{
    /// <summary>Completes on Ctrl+C (which is then not passed on) or process exit.</summary>
    public static Task WaitForStopAsync()
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
        return stop.Task;
    }
}
