namespace Stockbridge.Engine.Jobs;

/// <summary>The job handlers by kind. Workers only claim kinds that have a handler.</summary>
public sealed class JobHandlerRegistry
{
    private readonly Dictionary<string, IJobHandler> handlers = new(StringComparer.Ordinal);

    /// <summary>Creates the registry; two handlers for one kind is a configuration error.</summary>
    public JobHandlerRegistry(IEnumerable<IJobHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            if (!this.handlers.TryAdd(handler.Kind, handler))
                throw new InvalidOperationException($"Two job handlers are registered for kind '{handler.Kind}'.");
        }
        Kinds = [.. this.handlers.Keys.Order(StringComparer.Ordinal)];
        EventKinds = [.. Kinds.Where(k => this.handlers[k].Lane == JobLane.Events)];
        BackgroundKinds = [.. Kinds.Where(k => this.handlers[k].Lane == JobLane.Background)];
    }

    /// <summary>The kinds of <paramref name="lane"/>, sorted.</summary>
    public IReadOnlyList<string> KindsOf(JobLane lane) => lane == JobLane.Background ? BackgroundKinds : EventKinds;

    private IReadOnlyList<string> EventKinds { get; }

    private IReadOnlyList<string> BackgroundKinds { get; }

    /// <summary>Every kind with a handler, sorted.</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>The handler of <paramref name="kind"/>, or null.</summary>
    public IJobHandler? Find(string kind) => handlers.GetValueOrDefault(kind);
}
