using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>A WordPress error (<c>WP_Error</c>) as the REST API writes it: <c>{code, message, data:{status}}</c>.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">The error code, e.g. <c>woocommerce_rest_product_invalid_id</c>.</param>
/// <param name="Message">The message.</param>
public sealed record WooError(int Status, string Code, string Message)
{
    /// <summary>The error's JSON.</summary>
    public JsonObject ToJson() => new() { ["code"] = Code, ["message"] = Message, ["data"] = new JsonObject { ["status"] = Status } };

    /// <summary>The error as an HTTP answer.</summary>
    public IResult ToResult() => Results.Json(ToJson(), statusCode: Status);

    /// <summary>An unknown product or variation id.</summary>
    public static WooError InvalidProductId { get; } = new(404, "woocommerce_rest_product_invalid_id", "Invalid ID.");

    /// <summary>An unknown order id.</summary>
    public static WooError InvalidOrderId { get; } = new(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");

    /// <summary>An unknown webhook id.</summary>
    public static WooError InvalidWebhookId { get; } = new(404, "woocommerce_rest_webhook_invalid_id", "Invalid ID.");

    /// <summary>No route for this path and method.</summary>
    public static WooError NoRoute { get; } = new(404, "rest_no_route", "No route was found matching the URL and request method.");

    /// <summary>A duplicate or invalid SKU.</summary>
    public static WooError InvalidSku { get; } = new(400, "product_invalid_sku", "Invalid or duplicated SKU.");

    /// <summary>A bad parameter.</summary>
    public static WooError InvalidParam(string name, string why) => new(400, "rest_invalid_param", $"Invalid parameter(s): {name} ({why})");

    /// <summary>More than the batch limit of items.</summary>
    public static WooError TooManyBatchItems(int limit) =>
        new(413, "woocommerce_rest_request_entity_too_large", $"Unable to accept more than {limit} items for this request.");

    /// <summary>Authentication refused.</summary>
    public static WooError Authentication(string message) => new(401, "woocommerce_rest_authentication_error", message);
}
