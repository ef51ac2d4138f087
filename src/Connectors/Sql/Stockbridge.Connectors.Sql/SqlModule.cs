using Stockbridge.Connectors.Sql.Simulator;

namespace Stockbridge.Connectors.Sql;

/// <summary>The SQL source's one registration: its factory and its sample "Acme ERP" database. The catalogue lists it in one line.</summary>
public sealed class SqlModule() : ConnectorModule(new SqlConnectorFactory(), new SqlSimulatorDescriptor());
