using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>Reads the simulator's state under its lock, cancelled with the test.</summary>
public static class ShopStateReads
{
    public static Task<T> StateAsync<T>(this ShopifySimulatorHost shop, Func<ShopState, T> read) =>
        shop.ReadAsync(read, TestContext.Current.CancellationToken);
}
