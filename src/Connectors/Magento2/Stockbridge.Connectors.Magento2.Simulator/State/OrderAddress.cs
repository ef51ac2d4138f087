namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>A billing or shipping address of an order.</summary>
public sealed record OrderAddress(string AddressType, string Firstname, string Lastname, IReadOnlyList<string> Street, string City, string Region, string Postcode, string CountryId, string Telephone, string Email);
