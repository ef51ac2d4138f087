namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>A delivery quote the warehouse gave.</summary>
/// <param name="QuoteId">Its id (what an outbound's <c>deliveryOption.deliveryQuoteId</c> names).</param>
/// <param name="Cost">Its cost in rand, incl. VAT.</param>
/// <param name="Service">The courier service's description.</param>
/// <param name="PostalCode">The postal code it is for.</param>
/// <param name="ExpiresAt">When it stops being valid.</param>
public sealed record DeliveryQuote(int QuoteId, decimal Cost, string Service, string PostalCode, DateTimeOffset ExpiresAt);
