namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>The ArCustomer columns the seeder sets. CreditLimit 0 means no credit check, as on the cash account.</summary>
internal sealed record CustomerRow(
    string Customer, string Name, string Email, string PriceCode, decimal CreditLimit, string CustomerOnHold, string Salesperson, long TimeStamp);
