using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Database;
using Stockbridge.Connectors.Syspro.Enet;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro;

/// <summary>
/// A SYSPRO connection: reads from the company database (read-only SQL), raises orders through e.net SORTOI.
/// Never retries on its own; the engine does. Its e.net sessions are the connection's, shared with every other
/// connector instance of the connection in this process (<see cref="EnetSessionRegistry"/>); disposing the last one
/// logs them off (freeing the licence seats).
/// </summary>
public sealed partial class SysproConnector : ISourceConnector, ISupportsIncrementalReads, IOrderRaiser, IAsyncDisposable
{
    private readonly ConnectionContext _context;
    private readonly Lazy<SysproOptions> _options;
    private readonly Lazy<EnetSessionPool> _sessions;
    private int _disposed;

    internal SysproConnector(ConnectionContext context)
    {
        _context = context;
        _options = new Lazy<SysproOptions>(() => SysproOptions.From(context));
        _sessions = new Lazy<EnetSessionPool>(() => EnetSessionRegistry.Acquire(context, Options));
    }

    /// <summary>How many times an evicted or expired e.net session of the connection was replaced (by any of its connectors).</summary>
    public int SessionRelogons => _sessions.IsValueCreated ? _sessions.Value.Relogons : 0;

    private SysproOptions Options => _options.Value;
    private EnetSessionPool Sessions => _sessions.Value;
    private EnetClient Client => new(_context.Http, Options);
    private SysproDatabase Database => new(Options);

    /// <inheritdoc />
    public ValueTask DisposeAsync() =>
        _sessions.IsValueCreated && Interlocked.Exchange(ref _disposed, 1) == 0 ? EnetSessionRegistry.ReleaseAsync(_sessions.Value) : ValueTask.CompletedTask;
}
