using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Magento1.Simulator.Shoppers;
using Stockbridge.Connectors.Magento1.Simulator.State;
using Stockbridge.Simulators.Seeding;

namespace Stockbridge.Connectors.Magento1.Simulator.Hosting;

/// <summary>
/// The simulator's own controls under <c>/admin</c> (no auth; 127.0.0.1 only), besides <c>faults</c>: <c>orders</c> (a
/// shopper's checkout), <c>sessions/expire</c> (the session timeout passing: the next call gets fault 5), <c>state</c>.
/// </summary>
public static class Magento1AdminEndpoints
{
    /// <summary>Maps the routes on the admin group.</summary>
    public static void Map(RouteGroupBuilder admin, MagentoStore store)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(store);
        admin.MapJsonPost<MagentoShopperOrder>("/orders", (body, _) =>
        {
            try
            {
                var order = store.Checkout(body.Email ?? "", [.. (body.Lines ?? []).Select(l => (l.Sku ?? "", l.Qty))], body.Coupon);
                return Task.FromResult(Results.Json(new JsonObject
                {
                    ["increment_id"] = order.IncrementId,
                    ["grand_total"] = MagentoStore.FormatAmount(order.GrandTotal),
                    ["paid_ex_tax"] = MagentoStore.FormatAmount(order.PaidExTax),
                }, statusCode: StatusCodes.Status201Created));
            }
            catch (ArgumentException e)
            {
                return Task.FromResult(AdminJson.Error(StatusCodes.Status409Conflict, e.Message));
            }
        });
        admin.MapPost("/sessions/expire", () => Results.Json(new JsonObject { ["expired"] = store.ExpireSessions() }));
        admin.MapGet("/state", () => Results.Json(new JsonObject
        {
            ["products"] = store.ReadProducts(p => p.Count),
            ["orders"] = store.ReadOrders(o => o.Count),
        }));
    }
}
