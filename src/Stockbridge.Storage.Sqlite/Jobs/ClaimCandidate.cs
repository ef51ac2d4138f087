namespace Stockbridge.Storage.Sqlite.Jobs;

internal sealed class ClaimCandidate
{
    public long Id { get; set; }
    public string ClientId { get; set; } = "";
    public string? ConnectionId { get; set; }
    public string Kind { get; set; } = "";
    public string? Key { get; set; }
    public string State { get; set; } = "";
    public string? LeaseOwner { get; set; }
    public int Priority { get; set; }
    public long NextRunAt { get; set; }
}
