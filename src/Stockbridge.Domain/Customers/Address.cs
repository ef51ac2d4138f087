namespace Stockbridge.Domain.Customers;

/// <summary>A postal address; <see cref="Type"/> is billing or shipping.</summary>
public sealed record Address
{
    public string Type { get; init; } = "shipping";
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Company { get; init; }
    public string? Address1 { get; init; }
    public string? Address2 { get; init; }
    public string? City { get; init; }
    public string? Province { get; init; }
    public string? Zip { get; init; }
    public string? CountryCode { get; init; }
    public string? Phone { get; init; }
}
