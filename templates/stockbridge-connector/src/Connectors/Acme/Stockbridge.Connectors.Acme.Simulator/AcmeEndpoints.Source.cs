using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Acme.Simulator.Wire;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>
/// The ERP's API. PLACEHOLDER wire protocol: replace these paths and shapes with the vendor's published API (and
/// record what you assume where the vendor publishes nothing).
/// </summary>
public static class AcmeEndpoints
{
    /// <summary>Records per page.</summary>
    public const int PageSize = 50;

    /// <summary>The account web orders without a customer of their own are raised against.</summary>
    public const string CashCustomer = "CASH";

    /// <summary>A sample company: 120 stock codes, a cash account and four trade accounts.</summary>
    public static void Seed(AcmeState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var i = 1; i <= 120; i++)
        {
            var code = StockCode(i);
            state.Products[code] = new AcmeProduct { Id = code, Sku = code, Code = code, Title = $"Sample product {i}", Price = 10m + i, Quantity = 50 + i % 7 };
        }
        state.Customers.Add(new AcmeCustomer(CashCustomer, "Cash sales", "cash@acme.example"));
        for (var i = 1; i <= 4; i++) state.Customers.Add(new AcmeCustomer($"TRADE{i:00}", $"Trade customer {i}", $"buyer{i}@trade.example"));
    }

    /// <summary>The n-th seeded stock code.</summary>
    public static string StockCode(int n) => string.Create(CultureInfo.InvariantCulture, $"ACME-{n:0000}");

    /// <summary>Maps the API.</summary>
    public static void Map(IEndpointRouteBuilder app, AcmeState state, string token)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(new AcmeApiFilter(token));
        api.MapGet("/ping", () => Results.Json(new { name = "Acme (simulator)" }));
        api.MapGet("/products", (int? page) => Page(state, s => s.Products.Values.OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => (object)new { code = p.Code, sku = p.Sku, title = p.Title, price = p.Price, quantity = p.Quantity, active = p.Status == "active" }).ToList(), "products", page));
        api.MapGet("/customers", (int? page) => Page(state, s => s.Customers
            .Select(c => (object)new { code = c.Code, name = c.Name, email = c.Email }).ToList(), "customers", page));
        api.MapPost("/sales-orders", (JsonObject body) =>
        {
            var reference = AcmeJson.Text(body, "reference");
            var customer = AcmeJson.Text(body, "customer");
            var freight = AcmeJson.Value<decimal?>(body, "freight") ?? 0m;
            var lines = AcmeJson.Lines(body).Select(l => (l.Sku, l.Quantity, Net: AcmeJson.Number(l.Line, "net_total"))).ToList();
            var order = state.Read(s =>
            {
                if (!s.Customers.Exists(c => c.Code == customer)) throw new AcmeRequestException(422, $"customer '{customer}' does not exist");
                var bad = lines.FindIndex(l => !s.Products.ContainsKey(l.Sku));
                if (bad >= 0) throw new AcmeRequestException(422, $"line {bad + 1}: stock code '{lines[bad].Sku}' does not exist");
                var number = "SO" + s.NextNumber().ToString(CultureInfo.InvariantCulture);
                var so = new AcmeSalesOrder(number, reference, customer, [.. lines.Select(l => new AcmeOrderLine(l.Sku, l.Quantity, Math.Round(l.Net / l.Quantity, 4), l.Net))], freight);
                s.SalesOrders.Add(so);
                return so;
            });
            return Results.Json(new { number = order.Number, reference = order.Reference, value = order.Value }, statusCode: 201);
        });
        api.MapGet("/sales-orders", (string reference) => state.Read(s => Results.Json(new
        {
            sales_orders = s.SalesOrders.Where(o => o.Reference == reference)
                .Select(o => new { number = o.Number, reference = o.Reference, customer = o.Customer, value = o.Value, lines = o.Lines.Count }).ToList(),
        })));
    }

    private static IResult Page(AcmeState state, Func<AcmeState, List<object>> all, string name, int? page)
    {
        var number = Math.Max(1, page ?? 1);
        return state.Read(s =>
        {
            var items = all(s);
            return Results.Json(new Dictionary<string, object?>
            {
                [name] = items.Skip((number - 1) * PageSize).Take(PageSize).ToList(),
                ["next_page"] = number * PageSize < items.Count ? number + 1 : null,
            });
        });
    }
}
