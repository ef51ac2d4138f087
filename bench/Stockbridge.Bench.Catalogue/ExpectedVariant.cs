namespace Stockbridge.Bench.Catalogue;

/// <summary>What the shop should show for one SKU: the projected price and the projected quantity in whole units.</summary>
internal sealed record ExpectedVariant(decimal Price, int Quantity);
