namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>One licence seat of a connection's operator: at most one e.net session, used by one call at a time.</summary>
internal sealed class EnetSeat
{
    /// <summary>The session id (SYSPRO's UserId) while logged on; null before the first logon or after the session was given up.</summary>
    public string? UserId { get; set; }
}
