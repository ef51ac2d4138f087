using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Auth;
using Stockbridge.Connectors.WooCommerce.Simulator.Shoppers;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Connectors.WooCommerce.Simulator.Webhooks;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

/// <summary>The simulated store's parts: its data, credentials check, webhooks and faults.</summary>
public sealed class WooCommerceShop : IAsyncDisposable
{
    /// <summary>The topics a webhook may subscribe to.</summary>
    public static readonly IReadOnlySet<string> Topics = new HashSet<string>(StringComparer.Ordinal)
    {
        "order.created", "order.updated", "order.deleted", "order.restored",
        "product.created", "product.updated", "product.deleted", "product.restored",
        "customer.created", "customer.updated", "customer.deleted",
        "coupon.created", "coupon.updated", "coupon.deleted", "coupon.restored",
    };

    /// <summary>Creates the store's parts.</summary>
    public WooCommerceShop(WooCommerceSimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Store = new WooStore(options.Time);
        Faults = new FaultInjector(options.FaultSeed, options.Time);
        Authenticator = new WooAuthenticator(options.ConsumerKey, options.ConsumerSecret, options.Time);
        Webhooks = new WooWebhookSender(Store, Faults, options.WebhookRetryDelays);
        foreach (var (email, first, last) in SeedCustomers)
        {
            var id = Store.NextPostId();
            Store.Customers[id] = new WooCustomer(id, email, first, last, Store.Now());
        }
    }

    /// <summary>The registered customers a new store has (shoppers' orders are guest orders).</summary>
    public static IReadOnlyList<(string Email, string FirstName, string LastName)> SeedCustomers { get; } =
        [("ada@example.com", "Ada", "Lovelace"), ("grace@example.com", "Grace", "Hopper")];

    /// <summary>How it was started.</summary>
    public WooCommerceSimulatorOptions Options { get; }

    /// <summary>Its data.</summary>
    public WooStore Store { get; }

    /// <summary>Faults on demand (also at <c>/_sim/faults</c>); REST calls are targeted as <c>METHOD path</c> below <c>wc/v3</c>, e.g. <c>GET orders</c>.</summary>
    public FaultInjector Faults { get; }

    /// <summary>The REST credentials check.</summary>
    public WooAuthenticator Authenticator { get; }

    /// <summary>The webhook sender.</summary>
    public WooWebhookSender Webhooks { get; }

    private long _restRequests;

    /// <summary>REST requests answered under <c>/wp-json/wc/v3</c> since the store started (refused ones included).</summary>
    public long RestRequests => Interlocked.Read(ref _restRequests);

    /// <summary>Counts one REST request.</summary>
    public void CountRestRequest() => Interlocked.Increment(ref _restRequests);

    /// <summary>Reads the store under its gate.</summary>
    public T Read<T>(Func<WooStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (Store.Gate) return read(Store);
    }

    /// <summary>Changes the store under its gate (a <see cref="WooRequestException"/> thrown before any change leaves it as it was).</summary>
    public T Change<T>(Func<WooStore, T> change) => Read(change);

    /// <summary>A shopper's checkout; fires <c>order.created</c>.</summary>
    public WooOrder PlaceOrder(WooShopperOrder request)
    {
        WooOrder order;
        JsonObject payload;
        lock (Store.Gate)
        {
            order = WooCheckout.Place(Store, request);
            payload = WooPayloads.Order(order);
        }
        Webhooks.Publish("order.created", payload);
        return order;
    }

    /// <summary>Creates a webhook and sends its creation ping when it is active.</summary>
    public WooWebhook CreateWebhook(string topic, string deliveryUrl, string secret, string status = "active", string name = "")
    {
        WooWebhook webhook;
        lock (Store.Gate)
        {
            webhook = new WooWebhook
            {
                Id = Store.NextPostId(), Topic = topic, DeliveryUrl = deliveryUrl, Secret = secret, Status = status,
                Name = name.Length > 0 ? name : $"Webhook created on {WooMoney.Date(Store.Now())}", DateCreated = Store.Now(),
            };
            Store.Webhooks[webhook.Id] = webhook;
        }
        if (status == "active") _ = Webhooks.PingAsync(webhook);
        return webhook;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Webhooks.DisposeAsync();
}
