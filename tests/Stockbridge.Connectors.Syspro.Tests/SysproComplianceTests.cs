using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Syspro.Tests;

/// <summary>The source-connector compliance suite, against the SYSPRO simulator.</summary>
public sealed class SysproComplianceTests : SourceConnectorCompliance<SysproModule>;
