using System.Collections.Immutable;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Domain.Customers;

/// <summary>A customer account as the source knows it.</summary>
public sealed record Customer
{
    public required string SourceCustomerCode { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Email { get; init; }
    public string? Company { get; init; }
    public string? Phone { get; init; }
    public bool Active { get; init; } = true;
    public string? PriceTier { get; init; }
    public decimal? CreditLimit { get; init; }
    public bool OnHold { get; init; }
    public string? SalesRep { get; init; }
    [Unordered] public ImmutableArray<Address> Addresses { get; init; } = [];
    public ImmutableArray<MetaField> Meta { get; init; } = [];
}
