namespace Stockbridge.Connectors.Sql.Tests.Support;

/// <summary>The sql connector with its Acme ERP on the PostgreSQL test server.</summary>
public sealed class SqlPostgresModule() : ConnectorModule(new SqlConnectorFactory(), new ServerSimulatorDescriptor("postgresql", TestDatabaseServer.Postgres));
