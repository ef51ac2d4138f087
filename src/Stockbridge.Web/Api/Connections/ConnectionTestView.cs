using Stockbridge.Connectors;

namespace Stockbridge.Web.Api.Connections;

/// <summary>The outcome of "test connection": ok when every check passed.</summary>
public sealed record ConnectionTestView(bool Ok, IReadOnlyList<ConnectionCheck> Checks);
