using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Sql.Tests;

/// <summary>The source compliance kit against the Sql simulator: what Sql does not declare is reported skipped.</summary>
public sealed class SqlComplianceTests : SourceConnectorCompliance<SqlModule>;
