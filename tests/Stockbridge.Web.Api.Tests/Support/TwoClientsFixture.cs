using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Support;

/// <summary>A running hub with two clients, acme (7 products) and globex (3 products), each fully seeded.</summary>
public sealed class TwoClientsFixture : IAsyncLifetime
{
    public WebTestHost Host { get; private set; } = null!;
    public SeedData Acme { get; private set; } = null!;
    public SeedData Globex { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Host = await WebTestHost.StartAsync();
        Acme = await SeedData.SeedAsync(Host.Store, "acme", 7);
        Globex = await SeedData.SeedAsync(Host.Store, "globex", 3);
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
