namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>The one operator the simulator knows, and its company.</summary>
public sealed record EnetCredentials(string Operator, string OperatorPassword, string CompanyId);
