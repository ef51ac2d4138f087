using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento1;

/// <summary>A connection's settings, bound from its manifest keys (a missing or malformed one is a permanent error naming its key).</summary>
public sealed record Magento1Settings
{
    /// <summary>The manifest key of the store's base URL.</summary>
    public const string StoreUrlKey = "store_url";

    /// <summary>The manifest key of the SOAP API user.</summary>
    public const string ApiUserKey = "api_user";

    /// <summary>The manifest key of the API user's key.</summary>
    public const string ApiKeyKey = "api_key";

    /// <summary>The manifest key of the attribute set new products are created in.</summary>
    public const string AttributeSetKey = "attribute_set_id";

    /// <summary>The manifest key of the website new products are assigned to.</summary>
    public const string WebsiteKey = "website_id";

    /// <summary>The manifest key of how far back each order poll reaches before the time asked for.</summary>
    public const string OrderOverlapKey = "order_poll_overlap_minutes";

    /// <summary>The store's base URL; the SOAP v2 endpoint is <c>api/v2_soap</c> under it.</summary>
    [Setting(StoreUrlKey)]
    public required Uri StoreUrl { get; init; }

    /// <summary>The SOAP API user (System &gt; Web Services &gt; SOAP/XML-RPC Users).</summary>
    [Setting(ApiUserKey)]
    public required string ApiUser { get; init; }

    /// <summary>The API key (a secret: never log it).</summary>
    [Setting(ApiKeyKey)]
    public required string ApiKey { get; init; }

    /// <summary>The attribute set id new products are created in (Default is 4 on a fresh install).</summary>
    [Setting(AttributeSetKey)]
    public int AttributeSetId { get; init; } = 4;

    /// <summary>The website id new products are assigned to.</summary>
    [Setting(WebsiteKey)]
    public int WebsiteId { get; init; } = 1;

    /// <summary>Minutes each order poll reaches back before the time asked for (clock skew, slow commits).</summary>
    [Setting(OrderOverlapKey)]
    public int OrderPollOverlapMinutes { get; init; } = 5;

    /// <summary>The SOAP v2 endpoint.</summary>
    public Uri SoapEndpoint => new(StoreUrl.AbsoluteUri.EndsWith('/') ? StoreUrl : new Uri(StoreUrl.AbsoluteUri + "/"), "api/v2_soap");

    /// <summary>Binds the connection's settings.</summary>
    public static Magento1Settings From(ConnectionContext context) => ConnectorSettingsBinder.Bind<Magento1Settings>(context, Magento1Manifest.Manifest);
}
