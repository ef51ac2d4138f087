using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Sql.Tests;

/// <summary>The source compliance kit against the Acme ERP in a SQLite file.</summary>
public sealed class SqlComplianceTests : SourceConnectorCompliance<SqlModule>;
