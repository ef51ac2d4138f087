using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Mapping.Channels;
using Stockbridge.Mapping.Normalisation;
using Stockbridge.Mapping.Projection;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// What the shop should hold, worked out apart from the hub: every product read straight from the SYSPRO company
/// database by a connector of its own, normalised and projected under the Shopify connection's rules (no orders, so no
/// unraised demand), by SKU.
/// </summary>
internal static class ExpectedCatalogue
{
    public static async Task<IReadOnlyDictionary<string, ExpectedVariant>> ReadAsync(RunningSysproSimulator syspro, ChannelRules rules, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var source = (ISourceConnector)new SysproConnectorFactory().Create(
            new ConnectionContext(BenchIds.Client, "expected", syspro.ConnectionSettings(), http, TimeProvider.System, NullLogger.Instance));
        var expected = new Dictionary<string, ExpectedVariant>(StringComparer.Ordinal);
        await foreach (var product in source.ReadProductsAsync(cancellationToken))
        {
            var projected = ProductProjection.Project(ProductNormaliser.Normalise(product), rules, UnraisedDemand.None);
            if (!projected.IsActive) continue;
            foreach (var variant in projected.Product.Variants)
                expected[variant.Sku] = new ExpectedVariant(Math.Round(variant.Price ?? 0m, 2), Whole(variant.Qty ?? 0m));
        }
        return expected;
    }

    private static int Whole(decimal quantity) => quantity <= 0 ? 0 : (int)Math.Floor(quantity);
}
