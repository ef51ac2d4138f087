namespace Stockbridge.Connectors.Syspro.Simulator.Database.Records;

/// <summary>An ArCustomer row (char columns trimmed).</summary>
public sealed record CustomerRecord(
    string Customer, string Name, string Email, string PriceCode, decimal CreditLimit, string CustomerOnHold, string Salesperson, decimal OutstandingOrderValue);
