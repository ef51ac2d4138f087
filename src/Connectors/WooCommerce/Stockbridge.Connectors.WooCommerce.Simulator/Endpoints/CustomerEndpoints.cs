using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Endpoints;

/// <summary><c>customers</c> (list, with <c>email</c> filter).</summary>
public static class CustomerEndpoints
{
    /// <summary>Maps the routes on the <c>wc/v3</c> group.</summary>
    public static void Map(IEndpointRouteBuilder api, WooCommerceShop shop) =>
        api.MapGet("/customers", (HttpContext http) =>
        {
            var email = WooQuery.Value(http.Request, "email");
            var ascending = !string.Equals(WooQuery.Value(http.Request, "order"), "desc", StringComparison.OrdinalIgnoreCase);
            var items = shop.Read(s =>
            {
                var query = s.Customers.Values.Where(c => email.Length == 0 || string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase));
                query = ascending ? query.OrderBy(c => c.Id) : query.OrderByDescending(c => c.Id);
                return (IReadOnlyList<JsonObject>)[.. query.Select(WooPayloads.Customer)];
            });
            return WooPaging.Page(http, items);
        });
}
