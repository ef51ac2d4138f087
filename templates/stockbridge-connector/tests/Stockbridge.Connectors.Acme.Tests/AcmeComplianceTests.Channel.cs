using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Acme.Tests;

/// <summary>The channel compliance kit against the Acme simulator: what Acme does not declare is reported skipped.</summary>
public sealed class AcmeComplianceTests : ChannelConnectorCompliance<AcmeModule>;
