namespace Stockbridge.Connectors.Compliance;

/// <summary>Helpers the compliance tests share.</summary>
internal static class FixtureExtensions
{
    public static T Connect<T>(this IConnectorFixture fixture) where T : class =>
        fixture.Factory.Create(fixture.CreateContext()) as T
        ?? throw new Xunit.Sdk.XunitException($"{fixture.Factory.Manifest.Key} does not implement {typeof(T).Name}.");

    public static string UniqueCode(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}
