using Stockbridge.Connectors.Compliance;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests;

public sealed class SysproComplianceTests(SysproSimulatorFixture fixture) : SourceConnectorCompliance<SysproSimulatorFixture>(fixture);
