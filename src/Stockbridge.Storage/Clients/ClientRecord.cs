namespace Stockbridge.Storage.Clients;

/// <summary>A client: one merchant (tenant).</summary>
/// <param name="Id">Stable id (slug), e.g. <c>acme</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record ClientRecord(string Id, string Name, DateTimeOffset CreatedAt);
