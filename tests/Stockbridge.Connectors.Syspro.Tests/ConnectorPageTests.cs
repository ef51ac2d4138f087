using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Syspro.Tests;

/// <summary>docs/connectors/syspro.md is generated from the manifest; this keeps the committed page from drifting.</summary>
public sealed class ConnectorPageTests
{
    [Fact]
    public void CommittedPage_IsWhatTheManifestRenders() => ConnectorPageDrift.Check(new SysproConnectorFactory().Manifest);
}
