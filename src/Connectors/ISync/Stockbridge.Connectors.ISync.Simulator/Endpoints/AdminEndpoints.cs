using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.ISync.Simulator.State;
using Stockbridge.Connectors.ISync.Simulator.Wire;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Seeding;

namespace Stockbridge.Connectors.ISync.Simulator.Endpoints;

/// <summary>
/// The simulator's own controls under <c>/admin</c> (not part of iSync): faults, an iSync user changing items, the merchant
/// changing the password (login failure), every session expiring (token expiry mid-sync), an order keyed in by hand with any
/// PONumber (the duplicate-PONumber fault), and the orders iSync holds.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Maps the admin group.</summary>
    public static void Map(IEndpointRouteBuilder app, ISyncCompany company, FaultInjector faults)
    {
        ArgumentNullException.ThrowIfNull(company);
        var admin = app.MapSimulatorAdmin("/admin");
        admin.MapFaults(faults);
        admin.MapJsonPost<ItemChange>("/items/{sku}", (change, http) => AdminJson.ChangeAsync(() =>
        {
            company.ChangeItem((string)http.Request.RouteValues["sku"]!, item => Apply(item, change));
            return Task.CompletedTask;
        }));
        admin.MapJsonPost<PasswordChange>("/password", (change, _) => AdminJson.ChangeAsync(() =>
        {
            if (string.IsNullOrEmpty(change.Password)) throw new ArgumentException("Password is required.");
            company.ChangePassword(change.Password);
            return Task.CompletedTask;
        }));
        admin.MapPost("/sessions/expire", () => Results.Json(new { expired = company.ExpireAll() }));
        admin.MapPost("/orders", (JsonNode? body) =>
        {
            try
            {
                var order = company.KeyInOrder(ISyncRequestReader.Order(body, DateOnly.FromDateTime(company.Time.GetUtcNow().UtcDateTime)));
                return Results.Json(ISyncWireJson.Order(order), statusCode: 201);
            }
            catch (ISyncRequestException e) { return ISyncWireJson.Error(e.Status, e.Code, e.Message); }
        });
        admin.MapGet("/orders", (string poNumber) =>
            Results.Json(new JsonObject { ["Orders"] = new JsonArray([.. company.FindOrders(poNumber).Select(o => (JsonNode)ISyncWireJson.Order(o))]) }));
    }

    private static void Apply(StockItem item, ItemChange change)
    {
        if (change.SellingPrice is { } price) item.SellingPrice = price;
        if (change.RetailSellingPrice is { } retail) item.RetailSellingPrice = retail;
        if (change.AvailableUnits is { } units) item.AvailableUnits = units;
        if (change.WebSale is { } webSale) item.WebSale = webSale;
        if (change.JobDescription is { } title) item.JobDescription = title;
    }
}
