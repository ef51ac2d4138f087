namespace Stockbridge.Connectors.Compliance.Tests.Depot;

/// <summary>The depot's one registration.</summary>
public sealed class DepotModule() : ConnectorModule(new DepotConnectorFactory(), new DepotSimulatorDescriptor());
