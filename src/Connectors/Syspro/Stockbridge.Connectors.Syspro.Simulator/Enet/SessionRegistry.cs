using System.Security.Cryptography;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>
/// e.net sessions, as SYSPRO's state file keeps them: each Logon gets its own UserId and takes one of the operator's
/// licence seats ("concurrent users", 1 for an ordinary operator). A Logon while every seat is taken ends the session
/// that has been idle longest (with one seat: a second logon of the operator ends the first); calls with an ended
/// UserId are refused. Counts logons, sessions ended by another logon and refused calls, so a test can show a client
/// that never collides with itself.
/// </summary>
public sealed class SessionRegistry(int seatsPerOperator = 1, TimeProvider? time = null)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Session> _byUserId = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private int _logons;
    private int _endedByLogon;
    private int _refusedCalls;

    /// <summary>How many sessions one operator may hold at once (its licence seats).</summary>
    public int SeatsPerOperator { get; } = seatsPerOperator >= 1 ? seatsPerOperator : throw new ArgumentOutOfRangeException(nameof(seatsPerOperator));

    /// <summary>Successful logons so far.</summary>
    public int Logons { get { lock (_lock) return _logons; } }

    /// <summary>Sessions ended because a logon of the same operator needed their seat.</summary>
    public int EndedByLogon { get { lock (_lock) return _endedByLogon; } }

    /// <summary>Calls refused because their UserId was not (or no longer) logged on.</summary>
    public int RefusedCalls { get { lock (_lock) return _refusedCalls; } }

    /// <summary>Sessions open now.</summary>
    public int Open { get { lock (_lock) return _byUserId.Count; } }

    /// <summary>Opens a session for the operator (ending its longest-idle one when every seat is taken); returns its id.</summary>
    public string Logon(string @operator)
    {
        // SYSPRO's session ids are 34 hex characters; the REST reply adds two trailing spaces.
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(17));
        lock (_lock)
        {
            var held = _byUserId.Where(s => string.Equals(s.Value.Operator, @operator, StringComparison.OrdinalIgnoreCase)).ToList();
            if (held.Count >= SeatsPerOperator)
            {
                _byUserId.Remove(held.MinBy(s => s.Value.LastUsed).Key);
                _endedByLogon++;
            }
            _byUserId[id] = new Session(@operator, _time.GetUtcNow());
            _logons++;
        }
        return id;
    }

    /// <summary>The operator a session id belongs to, or null when it is unknown, ended or logged off (nothing counted).</summary>
    public string? OperatorOf(string? userId)
    {
        var id = userId?.Trim();
        if (string.IsNullOrEmpty(id)) return null;
        lock (_lock) return _byUserId.GetValueOrDefault(id)?.Operator;
    }

    /// <summary>
    /// A business-object call with this session id: the session's operator (and the session counts as used now), or
    /// null when the call is refused as not logged on (counted).
    /// </summary>
    public string? Use(string? userId)
    {
        var id = userId?.Trim() ?? "";
        lock (_lock)
        {
            if (id.Length > 0 && _byUserId.TryGetValue(id, out var session))
            {
                session.LastUsed = _time.GetUtcNow();
                return session.Operator;
            }
            _refusedCalls++;
            return null;
        }
    }

    /// <summary>Ends a session; false when it was not open.</summary>
    public bool Logoff(string? userId)
    {
        var id = userId?.Trim();
        if (string.IsNullOrEmpty(id)) return false;
        lock (_lock) return _byUserId.Remove(id);
    }

    /// <summary>Drops every session (or one operator's), as another logon, an expiry or a server restart would.</summary>
    public int Evict(string? @operator = null)
    {
        lock (_lock)
        {
            var ended = _byUserId.Where(s => @operator is null || string.Equals(s.Value.Operator, @operator, StringComparison.OrdinalIgnoreCase))
                .Select(s => s.Key).ToList();
            foreach (var id in ended) _byUserId.Remove(id);
            return ended.Count;
        }
    }

    private sealed class Session(string @operator, DateTimeOffset lastUsed)
    {
        public string Operator { get; } = @operator;
        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
