using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>
/// The connector's one e.net session. Calls are serialised through it (SYSPRO allows one session per operator), it logs
/// on when first needed and reuses the session id after that. When SYSPRO says the session is gone (another logon of
/// the operator evicted it, or it expired) it logs on again and sends the same call once more: a rejected session means
/// SYSPRO did nothing, so that is not a retry of work that may have happened.
/// </summary>
internal sealed class EnetSession(EnetClient client, SysproOptions options, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _userId;

    /// <summary>How many times a dead session was replaced (for tests and diagnostics).</summary>
    public int Relogons { get; private set; }

    /// <summary>Runs a call with the session id; the call returns the raw reply text.</summary>
    public async Task<string> CallAsync(Func<string, Task<string>> call, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _userId ??= await LogonAsync(cancellationToken);
            var reply = await call(_userId);
            if (!EnetBody.IsSessionError(reply)) return reply;
            Relogons++;
            logger.LogInformation("SYSPRO e.net session of operator {Operator} was ended (another logon or expiry); logging on again", options.Operator);
            _userId = await LogonAsync(cancellationToken);
            reply = await call(_userId);
            if (!EnetBody.IsSessionError(reply)) return reply;
            _userId = null;
            // Rejected for the session again: SYSPRO did nothing, so this is safe to retry later.
            throw new TransientConnectorException(
                $"SYSPRO e.net ended the session of operator '{options.Operator}' again right after logon; is another client using this operator? ({reply.Trim()})");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Logs on afresh (used by the connection test); returns the e.net version.</summary>
    public async Task<string> VerifyAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _userId = await LogonAsync(cancellationToken);
            return (await client.GetAsync("GetVersion", [], mayCommit: false, cancellationToken)).Trim();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> LogonAsync(CancellationToken cancellationToken)
    {
        var reply = await client.GetAsync("Logon",
            [("Operator", options.Operator), ("OperatorPassword", options.OperatorPassword), ("CompanyId", options.CompanyId), ("CompanyPassword", options.CompanyPassword)],
            mayCommit: false, cancellationToken);
        if (EnetBody.IsError(reply) || string.IsNullOrWhiteSpace(reply))
            throw new PermanentConnectorException($"SYSPRO e.net logon of operator '{options.Operator}' to company '{options.CompanyId}' failed: {reply.Trim()}");
        return reply.Trim(); // SYSPRO pads the id with two spaces; it accepts it trimmed
    }

    /// <summary>Logs the session off (freeing its licence seat); the next call logs on again.</summary>
    public async Task LogoffAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_userId is null) return;
            try { await client.GetAsync("Logoff", [("UserId", _userId)], mayCommit: false, cancellationToken); }
            catch (ConnectorException) { /* the seat is freed when the session times out */ }
            _userId = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ends the session, freeing its licence seat.</summary>
    public async ValueTask DisposeAsync()
    {
        await LogoffAsync(CancellationToken.None);
        _gate.Dispose();
    }
}
