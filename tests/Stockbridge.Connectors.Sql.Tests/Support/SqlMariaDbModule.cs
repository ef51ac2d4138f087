namespace Stockbridge.Connectors.Sql.Tests.Support;

/// <summary>The sql connector with its Acme ERP on the MariaDB test server.</summary>
public sealed class SqlMariaDbModule() : ConnectorModule(new SqlConnectorFactory(), new ServerSimulatorDescriptor("mysql", TestDatabaseServer.MariaDb));
