namespace Stockbridge.Connectors.Acme.Simulator.State;

/// <summary>A customer account in the ERP.</summary>
/// <param name="Code">Its account code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Email">Its email.</param>
public sealed record AcmeCustomer(string Code, string Name, string Email);
