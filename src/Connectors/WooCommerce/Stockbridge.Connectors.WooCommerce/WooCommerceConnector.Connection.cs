using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.WooCommerce.Api;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>Test connection: one read of the products list with the keys, and whether a webhook secret is set.</summary>
public sealed partial class WooCommerceConnector
{
    /// <inheritdoc />
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        var checks = new List<ConnectionCheck>();
        try
        {
            var page = await Client.GetPageAsync("products", [], 1, cancellationToken);
            checks.Add(new ConnectionCheck("rest api", true,
                $"Connected to {Settings.RestBase} ({(Settings.UsesBasicAuth ? "HTTP Basic over https" : "OAuth 1.0a over http")}); "
                + $"{page.Items.GetArrayLength()} product(s) on the first page."));
        }
        catch (ConnectorException e)
        {
            checks.Add(new ConnectionCheck("rest api", false, e.Message));
        }
        checks.Add(string.IsNullOrEmpty(Settings.WebhookSecret)
            ? new ConnectionCheck("webhooks", false, "No webhook secret set: webhooks cannot be verified.")
            : new ConnectionCheck("webhooks", true, "Webhook secret set."));
        return new ConnectionTestResult(checks);
    }
}
