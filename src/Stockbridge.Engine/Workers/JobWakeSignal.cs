namespace Stockbridge.Engine.Workers;

/// <summary>Lets in-process producers (the webhook intake) wake idle workers instead of waiting for the next poll.</summary>
public sealed class JobWakeSignal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes every current waiter.</summary>
    public void Wake() =>
        Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>A task that completes on the next <see cref="Wake"/>.</summary>
    public Task WaitAsync() => Volatile.Read(ref next).Task;
}
