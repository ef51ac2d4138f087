using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Acme.Simulator.Wire;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>
/// The channel's API. PLACEHOLDER wire protocol: replace these paths and shapes with the vendor's published API (and
/// record what you assume where the vendor publishes nothing).
/// </summary>
public static class AcmeEndpoints
{
    /// <summary>Orders per page of <c>GET /api/orders</c>.</summary>
    public const int PageSize = 50;

    /// <summary>A new channel holds nothing: the hub pushes its products.</summary>
    public static void Seed(AcmeState state) => ArgumentNullException.ThrowIfNull(state);

    /// <summary>Maps the API.</summary>
    public static void Map(IEndpointRouteBuilder app, AcmeState state, string token)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(new AcmeApiFilter(token));
        api.MapGet("/ping", () => Results.Json(new { name = "Acme (simulator)" }));
        api.MapPut("/products/{sku}", (string sku, JsonObject body) =>
        {
            var title = AcmeJson.Text(body, "title");
            var price = AcmeJson.Number(body, "price");
            var quantity = AcmeJson.Number(body, "quantity");
            var status = AcmeJson.Value<string>(body, "status") ?? "active";
            var product = state.Read(s =>
            {
                if (!s.Products.TryGetValue(sku, out var p)) s.Products[sku] = p = new AcmeProduct { Id = "p" + s.NextNumber().ToString(CultureInfo.InvariantCulture), Sku = sku };
                (p.Title, p.Price, p.Quantity, p.Status) = (title, price, quantity, status);
                return p;
            });
            return Results.Json(new { id = product.Id, sku = product.Sku });
        });
        api.MapPut("/products/{sku}/quantity", (string sku, JsonObject body) =>
        {
            var quantity = AcmeJson.Number(body, "quantity");
            var found = state.Read(s => s.Products.TryGetValue(sku, out var p) && (p.Quantity = quantity) >= 0);
            return found ? Results.Json(new { sku, quantity }) : Results.Json(new { error = $"no product with SKU '{sku}'" }, statusCode: 404);
        });
        api.MapGet("/orders", (string? updated_since, int? page) =>
        {
            var since = updated_since is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(updated_since, CultureInfo.InvariantCulture);
            var number = Math.Max(1, page ?? 1);
            return state.Read(s =>
            {
                var matching = s.Orders.Where(o => o.UpdatedAt >= since).ToList();
                var orders = matching.Skip((number - 1) * PageSize).Take(PageSize).Select(Wire).ToList();
                return Results.Json(new { orders, next_page = number * PageSize < matching.Count ? number + 1 : (int?)null });
            });
        });
        api.MapPost("/orders/{code}/notes", (string code, JsonObject body) =>
        {
            var note = AcmeJson.Text(body, "note");
            var found = state.Read(s =>
            {
                var order = s.Orders.Find(o => o.Code == code);
                order?.Notes.Add(note);
                if (order is not null) order.UpdatedAt = s.Time.GetUtcNow();
                return order is not null;
            });
            return found ? Results.Json(new { code, note }) : Results.Json(new { error = $"no order '{code}'" }, statusCode: 404);
        });
    }

    /// <summary>A shopper's order: stock is taken, a discount code takes 10 % off every line. Refused if a SKU is unknown or short.</summary>
    public static AcmeOrder Place(AcmeState state, string email, IReadOnlyList<(string Sku, decimal Quantity)> lines, string? discountCode)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(lines);
        return state.Read(s =>
        {
            foreach (var (sku, quantity) in lines)
            {
                if (!s.Products.TryGetValue(sku, out var p) || p.Status != "active") throw new AcmeRequestException(422, $"SKU '{sku}' is not for sale");
                if (p.Quantity < quantity) throw new AcmeRequestException(422, $"SKU '{sku}': only {p.Quantity} in stock");
            }
            var orderLines = lines.Select(l =>
            {
                var product = s.Products[l.Sku];
                product.Quantity -= l.Quantity;
                var gross = product.Price * l.Quantity;
                var net = discountCode is null ? gross : Math.Round(gross * 0.9m, 2, MidpointRounding.AwayFromZero);
                return new AcmeOrderLine(l.Sku, l.Quantity, product.Price, net);
            }).ToList();
            var number = s.NextNumber();
            var now = s.Time.GetUtcNow();
            var order = new AcmeOrder
            {
                Id = "o" + number.ToString(CultureInfo.InvariantCulture),
                Code = "A" + number.ToString(CultureInfo.InvariantCulture),
                Email = email,
                CreatedAt = now,
                UpdatedAt = now,
                Lines = orderLines,
            };
            s.Orders.Add(order);
            return order;
        });
    }

    private static object Wire(AcmeOrder o) => new
    {
        id = o.Id,
        code = o.Code,
        email = o.Email,
        created_at = o.CreatedAt,
        updated_at = o.UpdatedAt,
        currency = "ZAR",
        shipping = o.Shipping,
        lines = o.Lines.Select(l => new { sku = l.Sku, quantity = l.Quantity, unit_price = l.UnitPrice, net_total = l.NetTotal }),
        notes = o.Notes,
    };
}
