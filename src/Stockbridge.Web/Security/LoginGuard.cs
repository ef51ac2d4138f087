using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Stockbridge.Web.Security;

/// <summary>
/// Limits password guessing without refusing the right password of anyone else. Each e-mail (known or not, so the answer
/// never tells which exist) is locked for <see cref="StockbridgeWebOptions.LoginLockout"/> after
/// <see cref="StockbridgeWebOptions.LoginFailuresBeforeLockout"/> failures in a row; a lock affects that e-mail only. Each
/// address may fail <see cref="StockbridgeWebOptions.LoginAttemptsPerMinute"/> times a minute; beyond that its wrong
/// passwords are answered "too many attempts", while a right password still signs in. Time is the injected clock.
/// In memory, per node; at most <see cref="MaxTracked"/> entries of each kind are kept (expired ones are dropped first).
/// </summary>
public sealed class LoginGuard(IOptions<StockbridgeWebOptions> options, TimeProvider time)
{
    /// <summary>The most e-mails (and addresses) tracked at once.</summary>
    public const int MaxTracked = 50_000;

    private static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Tally> accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Tally> addresses = new(StringComparer.Ordinal);

    /// <summary>Whether this e-mail is locked now (answer without checking the password).</summary>
    public bool IsLocked(string email)
    {
        var now = time.GetUtcNow();
        return accounts.TryGetValue(Key(email), out var tally) && tally.Until > now && tally.Count >= options.Value.LoginFailuresBeforeLockout;
    }

    /// <summary>Records a failed sign-in; returns whether the address has now failed more often than its limit allows.</summary>
    public bool RecordFailure(string email, string? address)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        Count(accounts, Key(email), now, o.LoginLockout, lockAt: o.LoginFailuresBeforeLockout);
        return Count(addresses, address ?? "unknown", now, AddressWindow) > o.LoginAttemptsPerMinute;
    }

    /// <summary>A right password clears the e-mail's failures.</summary>
    public void RecordSuccess(string email) => accounts.TryRemove(Key(email), out _);

    private static string Key(string email) => email.Trim().ToLowerInvariant();

    // Failures within a window of the first one; a failure after the window (or after a lock ran out) starts again. The
    // failure that reaches lockAt starts a full window from now: the lock.
    private static int Count(ConcurrentDictionary<string, Tally> tallies, string key, DateTimeOffset now, TimeSpan window, int lockAt = int.MaxValue)
    {
        if (tallies.Count >= MaxTracked) Prune(tallies, now);
        return tallies.AddOrUpdate(key, _ => new Tally(1, now + window), (_, t) =>
            t.Until <= now ? new Tally(1, now + window)
            : t.Count + 1 == lockAt ? new Tally(t.Count + 1, now + window)
            : t with { Count = t.Count + 1 }).Count;
    }

    private static void Prune(ConcurrentDictionary<string, Tally> tallies, DateTimeOffset now)
    {
        foreach (var (key, tally) in tallies)
            if (tally.Until <= now) tallies.TryRemove(key, out _);
        // Still full of live entries (a flood of distinct names): drop the ones closest to expiring.
        foreach (var (key, _) in tallies.OrderBy(t => t.Value.Until).Take(Math.Max(0, tallies.Count - (MaxTracked * 9 / 10))))
            tallies.TryRemove(key, out _);
    }

    private sealed record Tally(int Count, DateTimeOffset Until);
}
