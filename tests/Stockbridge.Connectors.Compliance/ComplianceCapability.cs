using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// Something a connector may or may not do, and how it says so: by its manifest (<see cref="ManifestDeclares"/>), by an
/// interface its connector implements (<see cref="Interface"/>), or by both, in which case the two must agree.
/// </summary>
/// <param name="Name">What it is called in a skip or failure message, e.g. <c>webhooks</c>.</param>
/// <param name="ManifestDeclares">Whether a manifest declares it; null when only the interface says so.</param>
/// <param name="Interface">The interface that carries it; null when only the manifest says so.</param>
public sealed record ComplianceCapability(string Name, Func<ConnectorManifest, bool>? ManifestDeclares, Type? Interface)
{
    /// <summary>Whether the connector has it: the manifest's word when it has one, else the interface's.</summary>
    public bool IsDeclared(ConnectorManifest manifest, IConnector connector)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return ManifestDeclares?.Invoke(manifest) ?? Interface!.IsInstanceOfType(connector);
    }

    /// <summary>Why the manifest and the connector disagree about it, or null when they agree (or only one of them speaks).</summary>
    public string? Disagreement(ConnectorManifest manifest, IConnector connector)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(connector);
        if (ManifestDeclares is null || Interface is null) return null;
        var declared = ManifestDeclares(manifest);
        var implemented = Interface.IsInstanceOfType(connector);
        return (declared, implemented) switch
        {
            (true, false) => $"{manifest.Key}'s manifest declares {Name} but {connector.GetType().Name} does not implement {Interface.Name}",
            (false, true) => $"{manifest.Key}'s {connector.GetType().Name} implements {Interface.Name} but its manifest does not declare {Name}",
            _ => null,
        };
    }
}
