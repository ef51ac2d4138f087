using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;

/// <summary>Customers and webhook subscriptions as GraphQL objects.</summary>
public static class CustomerViews
{
    public static GraphObject Customer(SimCustomer c, ShopState s) => new GraphObject
    {
        ["defaultEmailAddress"] = c.Email is null ? null : new GraphObject
        {
            ["emailAddress"] = c.Email,
            ["marketingState"] = "NOT_SUBSCRIBED",
            ["marketingOptInLevel"] = "SINGLE_OPT_IN",
            ["marketingUpdatedAt"] = null,
            ["validFormat"] = c.Email.Contains('@', StringComparison.Ordinal),
        },
        ["id"] = Gid.For("Customer", c.Id),
        ["legacyResourceId"] = c.Id,
        ["email"] = c.Email,
        ["firstName"] = c.FirstName,
        ["lastName"] = c.LastName,
        ["displayName"] = string.Join(' ', new[] { c.FirstName, c.LastName }.Where(x => !string.IsNullOrEmpty(x))),
        ["phone"] = c.Phone,
        ["note"] = c.Note,
        ["state"] = "ENABLED",
        ["tags"] = c.Tags.ToList(),
        ["createdAt"] = c.CreatedAt,
        ["updatedAt"] = c.UpdatedAt,
        ["defaultAddress"] = MoneyViews.Address(c.Addresses.FirstOrDefault()),
        ["addresses"] = c.Addresses.Select(MoneyViews.Address).ToList(),
    }
    .Lazy("numberOfOrders", () => s.Orders.Values.LongCount(o => o.CustomerId == c.Id));

    public static GraphObject Subscription(SimWebhookSubscription w) => new()
    {
        ["id"] = Gid.For("WebhookSubscription", w.Id),
        ["topic"] = w.Topic.Replace('/', '_').ToUpperInvariant(),
        ["uri"] = w.Uri,
        ["callbackUrl"] = w.Uri,
        ["format"] = "JSON",
        ["createdAt"] = w.CreatedAt,
    };
}
