using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>
/// e.net sessions: one per operator, as SYSPRO enforces (a licence seat each). A second Logon for the same operator
/// evicts the first session; calls with the old UserId then fail.
/// </summary>
public sealed class SessionRegistry
{
    private readonly ConcurrentDictionary<string, string> _byOperator = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Opens a session for the operator (evicting any earlier one) and returns its id.</summary>
    public string Logon(string @operator)
    {
        // SYSPRO's session ids are 34 hex characters; the REST reply adds two trailing spaces.
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(17));
        _byOperator[@operator] = id;
        return id;
    }

    /// <summary>The operator a session id belongs to, or null when it is unknown, evicted or logged off.</summary>
    public string? OperatorOf(string? userId)
    {
        var id = userId?.Trim();
        if (string.IsNullOrEmpty(id)) return null;
        foreach (var (op, session) in _byOperator)
        {
            if (string.Equals(session, id, StringComparison.OrdinalIgnoreCase)) return op;
        }
        return null;
    }

    /// <summary>Ends a session; false when it was not open.</summary>
    public bool Logoff(string? userId)
    {
        var op = OperatorOf(userId);
        return op is not null && _byOperator.TryRemove(op, out _);
    }

    /// <summary>Drops every session (or one operator's), as another logon or a server restart would.</summary>
    public int Evict(string? @operator = null)
    {
        if (@operator is not null) return _byOperator.TryRemove(@operator, out _) ? 1 : 0;
        var count = _byOperator.Count;
        _byOperator.Clear();
        return count;
    }
}
