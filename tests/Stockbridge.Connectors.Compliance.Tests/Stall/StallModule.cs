namespace Stockbridge.Connectors.Compliance.Tests.Stall;

/// <summary>The stall's one registration.</summary>
public sealed class StallModule() : ConnectorModule(new StallConnectorFactory(), new StallSimulatorDescriptor());
