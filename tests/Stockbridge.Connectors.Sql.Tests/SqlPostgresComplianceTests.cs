using Stockbridge.Connectors.Compliance;
using Stockbridge.Connectors.Sql.Tests.Support;

namespace Stockbridge.Connectors.Sql.Tests;

/// <summary>The source compliance kit against the Acme ERP in a private database on the PostgreSQL test server.</summary>
public sealed class SqlPostgresComplianceTests : SourceConnectorCompliance<SqlPostgresModule>;
