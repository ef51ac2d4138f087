using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>
/// The process's e.net session pools, one per connection and e.net settings (<see cref="EnetSessionKey"/>). The engine
/// makes a connector per job and may never dispose it, so the sessions live here rather than in a connector: every job
/// of a connection shares its pool. A connector takes a lease when it first needs e.net and gives it back when disposed;
/// the last lease given back logs the sessions off. When a connection's e.net settings change, the pool of the old
/// settings is retired: it logs off once its calls in flight are done.
/// </summary>
internal static class EnetSessionRegistry
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<EnetSessionKey, EnetSessionPool> Pools = [];

    /// <summary>The pool of this connection and settings (made on first use), with a lease taken on it.</summary>
    public static EnetSessionPool Acquire(ConnectionContext context, SysproOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = EnetSessionKey.For(context, options);
        List<EnetSessionPool> retired = [];
        EnetSessionPool pool;
        lock (Gate)
        {
            if (!Pools.TryGetValue(key, out var existing))
            {
                foreach (var old in Pools.Where(p => p.Key.SameConnection(key)).ToList())
                {
                    Pools.Remove(old.Key);
                    retired.Add(old.Value);
                }
                existing = new EnetSessionPool(options, context.Logger);
                Pools[key] = existing;
            }
            existing.AddLease();
            pool = existing;
        }
        foreach (var old in retired) _ = RetireAsync(old, context.Logger);
        return pool;
    }

    /// <summary>Gives a connector's lease back; the last one logs the pool's sessions off.</summary>
    public static async ValueTask ReleaseAsync(EnetSessionPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        lock (Gate)
        {
            if (pool.RemoveLease() > 0) return;
            foreach (var entry in Pools.Where(p => ReferenceEquals(p.Value, pool)).ToList()) Pools.Remove(entry.Key);
        }
        await pool.DisposeAsync();
    }

    private static async Task RetireAsync(EnetSessionPool pool, ILogger logger)
    {
        await pool.DisposeAsync();
        logger.LogInformation("The e.net settings of a SYSPRO connection changed: the sessions of the old settings were logged off");
    }
}
