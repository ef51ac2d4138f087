using Stockbridge.Domain.Customers;

namespace Stockbridge.Bench.Peers.Sink;

/// <summary>The peers' 10-row customer table (gen-payloads.js, the Node-RED map function) and its default account.</summary>
internal static class PeerCustomers
{
    public const string DefaultCustomerCode = "WEB0001";

    private static readonly (string Email, string Code)[] Table =
    [
        ("alice@example.com", "C000101"), ("bob@example.com", "C000102"), ("carol@example.com", "C000103"),
        ("dave@example.com", "C000104"), ("erin@example.com", "C000105"), ("frank@example.com", "C000106"),
        ("grace@example.com", "C000107"), ("heidi@example.com", "C000108"), ("ivan@example.com", "C000109"),
        ("judy@example.com", "C000110"),
    ];

    public static int Count => Table.Length;

    /// <summary>The table as source customers; the hub's source pull stores them and order rules match e-mails against them.</summary>
    public static IEnumerable<Customer> All() =>
        Table.Select(row => new Customer { SourceCustomerCode = row.Code, Email = row.Email, FirstName = row.Code });
}
