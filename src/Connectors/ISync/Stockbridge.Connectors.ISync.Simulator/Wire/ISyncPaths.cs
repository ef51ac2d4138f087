namespace Stockbridge.Connectors.ISync.Simulator.Wire;

/// <summary>Where the assumed contract's API lives under the base URL.</summary>
public static class ISyncPaths
{
    /// <summary>The API's root path.</summary>
    public const string Api = "/api/v1";
}
