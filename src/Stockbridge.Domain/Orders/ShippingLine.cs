namespace Stockbridge.Domain.Orders;

/// <summary>A shipping charge; the order rules map <see cref="Code"/> to an ERP service stock code.</summary>
public sealed record ShippingLine(string Code, string Title, decimal Price);
