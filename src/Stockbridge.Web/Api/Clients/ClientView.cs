namespace Stockbridge.Web.Api.Clients;

/// <summary>A client as the API shows it.</summary>
public sealed record ClientView(string Id, string Name, DateTimeOffset CreatedAt);
