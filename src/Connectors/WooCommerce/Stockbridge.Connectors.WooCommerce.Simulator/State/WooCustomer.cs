namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>A registered customer.</summary>
public sealed record WooCustomer(int Id, string Email, string FirstName, string LastName, DateTimeOffset DateCreated);
