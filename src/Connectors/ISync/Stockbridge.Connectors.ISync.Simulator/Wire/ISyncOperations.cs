using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.ISync.Simulator.Wire;

/// <summary>The names faults target (<c>/admin/faults</c>): one per call of the assumed contract; null for the simulator's own routes.</summary>
public static class ISyncOperations
{
    /// <summary>POST /api/v1/login.</summary>
    public const string Login = "login";
    /// <summary>GET /api/v1/products.</summary>
    public const string Products = "products";
    /// <summary>POST /api/v1/orders.</summary>
    public const string CreateOrder = "orders/create";
    /// <summary>GET /api/v1/orders?poNumber=.</summary>
    public const string FindOrders = "orders/find";
    /// <summary>GET /api/v1/orders/{OrderNumber}.</summary>
    public const string ReadOrder = "orders/read";

    /// <summary>The call's operation name.</summary>
    public static string? Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var path = http.Request.Path;
        if (!path.StartsWithSegments(ISyncPaths.Api, out var rest)) return null;
        var post = HttpMethods.IsPost(http.Request.Method);
        return rest.Value?.TrimEnd('/') switch
        {
            "/login" => Login,
            "/products" => Products,
            "/orders" => post ? CreateOrder : FindOrders,
            { } other when other.StartsWith("/orders/", StringComparison.Ordinal) => ReadOrder,
            _ => "other",
        };
    }
}
