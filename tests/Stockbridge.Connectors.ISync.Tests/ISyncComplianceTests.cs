using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.ISync.Tests;

/// <summary>The source compliance kit against the ISync simulator: what ISync does not declare is reported skipped.</summary>
public sealed class ISyncComplianceTests : SourceConnectorCompliance<ISyncModule>;
