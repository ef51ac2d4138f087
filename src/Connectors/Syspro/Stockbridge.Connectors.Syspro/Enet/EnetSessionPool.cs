using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>
/// The e.net sessions of one connection and operator, shared by every connector instance (job) of the connection in
/// this process: one per licence seat (<c>licence_seats</c>, default 1), each logged on when first needed, reused after
/// that and used by one call at a time, so the connection never has more calls in flight than seats and never logs
/// itself out. When SYSPRO says a session is gone (expired, or ended by a logon elsewhere) the call holding that seat
/// logs on again and sends the same call once more (SYSPRO did nothing with the rejected call, so that is not a retry
/// of work that may have happened); the other calls wait for a seat meanwhile, so a renewal is one logon.
/// </summary>
internal sealed class EnetSessionPool(SysproOptions options, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _free = new(options.LicenceSeats, options.LicenceSeats);
    private readonly ConcurrentStack<EnetSeat> _seats = new(Enumerable.Range(0, options.LicenceSeats).Select(_ => new EnetSeat()));
    private int _relogons;
    private int _leases;
    private EnetClient? _lastClient;

    /// <summary>How many times a dead session was replaced (for tests and diagnostics).</summary>
    public int Relogons => Volatile.Read(ref _relogons);

    /// <summary>Connector instances holding this pool (see <see cref="EnetSessionRegistry"/>).</summary>
    public int AddLease() => Interlocked.Increment(ref _leases);

    /// <summary>Gives a lease back; the count left.</summary>
    public int RemoveLease() => Interlocked.Decrement(ref _leases);

    /// <summary>Runs a call on a free seat's session (logging on first if needed); the call returns the raw reply text.</summary>
    public async Task<string> CallAsync(EnetClient client, Func<string, Task<string>> call, CancellationToken cancellationToken)
    {
        var seat = await TakeAsync(client, cancellationToken);
        try
        {
            seat.UserId ??= await LogonAsync(client, cancellationToken);
            var reply = await call(seat.UserId);
            if (!EnetBody.IsSessionError(reply)) return reply;
            Interlocked.Increment(ref _relogons);
            logger.LogInformation("SYSPRO e.net session of operator {Operator} was ended (expiry or a logon elsewhere); logging on again", options.Operator);
            seat.UserId = null;
            seat.UserId = await LogonAsync(client, cancellationToken);
            reply = await call(seat.UserId);
            if (!EnetBody.IsSessionError(reply)) return reply;
            seat.UserId = null;
            // Rejected for the session again: SYSPRO did nothing, so this is safe to retry later.
            throw new TransientConnectorException(
                $"SYSPRO e.net ended the session of operator '{options.Operator}' again right after logon; is another client using this operator, or is " +
                $"licence_seats ({options.LicenceSeats}) more than the operator's concurrent users in SYSPRO? ({reply.Trim()})");
        }
        finally
        {
            Return(seat);
        }
    }

    /// <summary>
    /// The connection test: takes a seat, logs on if it has no session, reads the e.net version (and, with the SOAP post
    /// transport, the SOAP binding's) and runs <paramref name="check"/> with the session. A session the test opened
    /// itself is logged off again (no seat held after a test); a session jobs are using stays.
    /// </summary>
    public async Task<string> VerifyAsync(EnetClient client, Func<string, Task> check, CancellationToken cancellationToken)
    {
        var seat = await TakeAsync(client, cancellationToken);
        var openedHere = seat.UserId is null;
        try
        {
            seat.UserId ??= await LogonAsync(client, cancellationToken);
            var version = (await client.GetAsync("GetVersion", [], mayCommit: false, cancellationToken)).Trim();
            if (options.PostTransport == EnetPostTransport.Soap) await client.SoapAsync("GetVersion", [], mayCommit: false, cancellationToken);
            await check(seat.UserId);
            return version;
        }
        finally
        {
            if (openedHere) await LogoffAsync(client, seat);
            Return(seat);
        }
    }

    /// <summary>
    /// Waits for every call in flight, then logs every session off (freeing the licence seats). The seats stay usable: a
    /// connector still holding the pool logs on again if it makes another call.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < options.LicenceSeats; i++) await _free.WaitAsync();
        try
        {
            if (_lastClient is { } client)
            {
                foreach (var seat in _seats) await LogoffAsync(client, seat);
            }
        }
        finally
        {
            _free.Release(options.LicenceSeats);
        }
    }

    private async Task<EnetSeat> TakeAsync(EnetClient client, CancellationToken cancellationToken)
    {
        await _free.WaitAsync(cancellationToken);
        _lastClient = client;
        // Last returned, first taken: the busiest seats keep their sessions and idle ones are rarely logged on.
        if (!_seats.TryPop(out var seat)) throw new InvalidOperationException("A free seat was counted but none was in the stack.");
        return seat;
    }

    private void Return(EnetSeat seat)
    {
        _seats.Push(seat);
        _free.Release();
    }

    private async Task<string> LogonAsync(EnetClient client, CancellationToken cancellationToken)
    {
        var reply = await client.GetAsync("Logon",
            [("Operator", options.Operator), ("OperatorPassword", options.OperatorPassword), ("CompanyId", options.CompanyId), ("CompanyPassword", options.CompanyPassword)],
            mayCommit: false, cancellationToken);
        if (EnetBody.IsError(reply) || string.IsNullOrWhiteSpace(reply))
            throw new PermanentConnectorException($"SYSPRO e.net logon of operator '{options.Operator}' to company '{options.CompanyId}' failed: {reply.Trim()}");
        return reply.Trim(); // SYSPRO pads the id with two spaces; it accepts it trimmed
    }

    private static async Task LogoffAsync(EnetClient client, EnetSeat seat)
    {
        if (seat.UserId is not { } userId) return;
        seat.UserId = null;
        try { await client.GetAsync("Logoff", [("UserId", userId)], mayCommit: false, CancellationToken.None); }
        catch (Exception e) when (e is ConnectorException or ObjectDisposedException) { /* the seat is freed when the session times out */ }
    }
}
