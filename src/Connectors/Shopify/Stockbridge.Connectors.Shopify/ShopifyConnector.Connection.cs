using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Shopify.Api;

namespace Stockbridge.Connectors.Shopify;

/// <summary>Test connection, and the shop's locations.</summary>
public sealed partial class ShopifyConnector
{
    private const string ShopQuery = "query StockbridgeCheck { shop { name myshopifyDomain } locations(first: 50) { nodes { id name isActive } } }";

    /// <inheritdoc />
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        var checks = new List<ConnectionCheck>();
        try
        {
            var data = await QueryAsync(ShopQuery, null, 53, cancellationToken);
            var shop = data.Prop("shop");
            checks.Add(new ConnectionCheck("admin api", true, $"Connected to {shop?.Str("name")} ({shop?.Str("myshopifyDomain")}) on API {Settings.ApiVersion}."));
            var locations = data.Nodes("locations").Select(l => l.Str("id")).ToHashSet();
            var missing = Settings.LocationMap.Where(m => !locations.Contains(m.Value)).Select(m => $"{m.Key}={m.Value}").ToList();
            checks.Add(missing.Count == 0
                ? new ConnectionCheck("locations", true, $"{locations.Count} location(s); {Settings.LocationMap.Count} mapped.")
                : new ConnectionCheck("locations", false, $"Mapped locations not found in the shop: {string.Join(", ", missing)}."));
        }
        catch (ConnectorException e)
        {
            checks.Add(new ConnectionCheck("admin api", false, e.Message));
        }
        checks.Add(string.IsNullOrEmpty(context.Optional(Stockbridge.Connectors.Shopify.Settings.ShopifySettingKeys.WebhookSecret))
            ? new ConnectionCheck("webhooks", false, "No webhook secret set: webhooks cannot be verified.")
            : new ConnectionCheck("webhooks", true, "Webhook secret set."));
        return new ConnectionTestResult(checks);
    }

    /// <summary>The location stock goes to when no mapping names one: the first mapped, else the shop's first active location.</summary>
    private async Task<string> DefaultLocationAsync(CancellationToken ct)
    {
        if (Settings.LocationMap.Count > 0) return Settings.LocationMap[0].Value;
        var shop = Settings.GraphqlUrl.ToString();
        if (DefaultLocations.TryGetValue(shop, out var known) && context.Time.GetElapsedTime(known.ReadAt) < Stockbridge.Connectors.Shopify.Settings.ShopifyConstants.DefaultLocationTtl)
            return known.Id;
        var data = await QueryAsync("query { locations(first: 1) { nodes { id } } }", null, 3, ct);
        var id = data.Nodes("locations").Select(l => l.Str("id")).FirstOrDefault()
            ?? throw new PermanentConnectorException("The shop has no active location to hold stock.");
        DefaultLocations[shop] = (id, context.Time.GetTimestamp());
        return id;
    }

    /// <summary>A StockPush location (GID, number, mapped warehouse code or null) as a location GID.</summary>
    private async Task<string> ResolveLocationAsync(string? location, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(location)) return await DefaultLocationAsync(ct);
        var mapped = Settings.LocationMap.FirstOrDefault(m => string.Equals(m.Key, location, StringComparison.OrdinalIgnoreCase));
        if (mapped.Value is not null) return mapped.Value;
        if (location.StartsWith("gid://", StringComparison.Ordinal) || location.All(char.IsAsciiDigit))
            return Stockbridge.Connectors.Shopify.Settings.LocationMapParser.ToGid(location);
        throw new PermanentConnectorException($"Warehouse '{location}' is not in the location mapping.");
    }
}
