namespace Stockbridge.Web.Api.Connections;

/// <summary>A connection to create or update. Secrets go in <see cref="Settings"/> by their manifest key; a blank secret keeps the stored one.</summary>
/// <param name="Id">The id (create only; lowercase letters, digits and dashes).</param>
/// <param name="ConnectorKey">The connector's manifest key (create only).</param>
/// <param name="Name">Display name.</param>
/// <param name="Enabled">Whether the engine schedules work for it (default true).</param>
/// <param name="Settings">Values by manifest key.</param>
public sealed record ConnectionInput(string? Id, string? ConnectorKey, string? Name, bool? Enabled, Dictionary<string, string?>? Settings);
