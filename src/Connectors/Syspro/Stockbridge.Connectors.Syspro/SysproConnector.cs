using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Database;
using Stockbridge.Connectors.Syspro.Enet;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro;

/// <summary>
/// A SYSPRO connection: reads from the company database (read-only SQL), raises orders through e.net SORTOI.
/// Never retries on its own; the engine does. Dispose it to log the e.net session off (freeing its licence seat).
/// </summary>
public sealed partial class SysproConnector : ISourceConnector, ISupportsIncrementalReads, IOrderRaiser, IAsyncDisposable
{
    private readonly ConnectionContext _context;
    private readonly Lazy<SysproOptions> _options;
    private readonly Lazy<EnetSession> _session;

    internal SysproConnector(ConnectionContext context)
    {
        _context = context;
        _options = new Lazy<SysproOptions>(() => SysproOptions.From(context));
        _session = new Lazy<EnetSession>(() => new EnetSession(Client, Options, context.Logger));
    }

    /// <summary>How many times an evicted or expired e.net session was replaced.</summary>
    public int SessionRelogons => _session.IsValueCreated ? _session.Value.Relogons : 0;

    private SysproOptions Options => _options.Value;
    private EnetClient Client => new(_context.Http, Options);
    private SysproDatabase Database => new(Options);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _session.IsValueCreated ? _session.Value.DisposeAsync() : ValueTask.CompletedTask;
}
