namespace Stockbridge.Domain.Orders;

/// <summary>A tax charged on a line or on shipping.</summary>
public sealed record TaxLine(string Title, decimal Rate, decimal Price);
