using System.Collections.Concurrent;
using Stockbridge.Engine.Jobs;

namespace Stockbridge.Engine.Tests.Support;

/// <summary>A handler whose behaviour per call is scripted by the test; it records every call.</summary>
internal sealed class ScriptedHandler(string kind, Func<JobContext, CancellationToken, Task<string?>> behaviour) : IJobHandler
{
    public ConcurrentQueue<JobContext> Calls { get; } = new();

    public string Kind => kind;

    public JobLane Lane { get; init; } = JobLane.Events;

    public Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        Calls.Enqueue(context);
        return behaviour(context, cancellationToken);
    }

    public static ScriptedHandler Failing(string kind, Func<int, Exception?> errorForCall)
    {
        var calls = 0;
        return new ScriptedHandler(kind, (_, _) =>
        {
            var error = errorForCall(Interlocked.Increment(ref calls));
            return error is null ? Task.FromResult<string?>("""{"ok":true}""") : Task.FromException<string?>(error);
        });
    }
}
