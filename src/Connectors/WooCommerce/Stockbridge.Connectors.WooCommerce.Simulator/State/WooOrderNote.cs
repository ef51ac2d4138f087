namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>A note on an order (<c>orders/{id}/notes</c>).</summary>
public sealed record WooOrderNote(int Id, string Note, bool CustomerNote, DateTimeOffset DateCreated);
