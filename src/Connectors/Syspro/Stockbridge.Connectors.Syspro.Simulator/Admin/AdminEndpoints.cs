using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Enet;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Seeding;

namespace Stockbridge.Connectors.Syspro.Simulator.Admin;

/// <summary>
/// Simulator controls under /admin (JSON; not part of SYSPRO): fault injection, wire quirks, session eviction,
/// changes an ERP user would make, and a sales-order list. Documented in docs/connectors/syspro-simulator.md.
/// </summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapSimulatorAdmin("/admin");
        admin.MapFaults(app.ServiceProvider.GetRequiredService<FaultInjector>());
        admin.MapPost("/quirks", (QuirksChange c, EnetQuirks q) =>
        {
            q.LowerCaseElements = c.LowerCaseElements ?? q.LowerCaseElements;
            q.JsonQuotedBody = c.JsonQuotedBody ?? q.JsonQuotedBody;
            q.SortoiStatusOnlyReply = c.SortoiStatusOnlyReply ?? q.SortoiStatusOnlyReply;
            return Results.Ok(q);
        });
        admin.MapGet("/sessions", (SessionRegistry s) => Results.Ok(new
        {
            open = s.Open, seatsPerOperator = s.SeatsPerOperator, logons = s.Logons, endedByLogon = s.EndedByLogon, refusedCalls = s.RefusedCalls,
        }));
        admin.MapPost("/sessions/evict", (string? @operator, SessionRegistry s) => Results.Ok(new { evicted = s.Evict(@operator) }));

        admin.MapPost("/stock-codes", (NewStockCode item, CompanyDatabase db, CancellationToken ct) => Change(() => db.AddStockCodeAsync(item, ct)));
        admin.MapPut("/stock-codes/{code}/prices/{priceCode}", (string code, string priceCode, PriceChange c, CompanyDatabase db, CancellationToken ct) =>
            Change(() => db.ChangePriceAsync(code, priceCode, c.SellingPrice, ct)));
        admin.MapPut("/stock-codes/{code}/warehouses/{warehouse}", (string code, string warehouse, StockChange c, CompanyDatabase db, CancellationToken ct) =>
            Change(() => db.ChangeStockAsync(code, warehouse, c.QtyOnHand, ct)));
        admin.MapPut("/stock-codes/{code}/user-fields/{n:int}", (string code, int n, UserFieldChange c, CompanyDatabase db, CancellationToken ct) =>
            Change(() => db.SetUserFieldAsync(code, n, c.Value, ct)));
        admin.MapPost("/stock-codes/{code}/deactivate", (string code, CompanyDatabase db, CancellationToken ct) =>
            Change(() => db.SetUserFieldAsync(code, 1, "N", ct)));
        admin.MapPut("/customers/{code}/on-hold/{onHold:bool}", (string code, bool onHold, CompanyDatabase db, CancellationToken ct) =>
            Change(() => db.SetCustomerOnHoldAsync(code, onHold, ct)));
        admin.MapGet("/sales-orders", async (CompanyDatabase db, CancellationToken ct) => Results.Ok(await db.ListSalesOrdersAsync(ct)));
        admin.MapPut("/sales-orders/{salesOrder}/status/{status}", (string salesOrder, string status, CompanyDatabase db, CancellationToken ct) =>
            Change(() => db.SetSalesOrderStatusAsync(salesOrder, status, ct)));
        admin.MapPut("/sales-orders/{salesOrder}/lines/{line:int}/price", (string salesOrder, int line, OrderLinePriceChange c, CompanyDatabase db, CancellationToken ct) =>
            Change(() => db.ChangeOrderLinePriceAsync(salesOrder, line, c.Price, ct)));
        return app;
    }

    private static Task<IResult> Change(Func<Task> change) => AdminJson.ChangeAsync(change);
}
