using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.ISync.Simulator.State;

namespace Stockbridge.Connectors.ISync.Simulator.Wire;

/// <summary>The assumed contract's answer shapes (docs/connectors/isync-assumed-contract.md): product rows, orders and errors.</summary>
public static class ISyncWireJson
{
    /// <summary>The format of <c>ModifiedDate</c>: UTC, seven decimals of a second, so a cursor resumes exactly.</summary>
    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>One product row: a SKU with its warehouse's prices and units.</summary>
    public static JsonObject Product(StockItem item, string warehouse)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new JsonObject
        {
            ["JobProductID"] = item.JobProductId,
            ["SKU"] = item.Sku,
            ["JobDescription"] = item.JobDescription,
            ["Warehouse"] = warehouse,
            ["RetailSellingPrice"] = item.RetailSellingPrice,
            ["SellingPrice"] = item.SellingPrice,
            ["AvailableUnits"] = item.AvailableUnits,
            ["WebSale"] = item.WebSale,
            ["Options"] = new JsonArray([.. item.Options.Select(o => (JsonNode)new JsonObject { ["Name"] = o.Name, ["Value"] = o.Value })]),
            ["ModifiedDate"] = Date(item.ModifiedDate),
        };
    }

    /// <summary>A sales order with its lines.</summary>
    public static JsonObject Order(SalesOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new JsonObject
        {
            ["OrderNumber"] = order.OrderNumber,
            ["PONumber"] = order.PoNumber,
            ["CustomerCode"] = order.CustomerCode,
            ["OrderDate"] = order.OrderDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["DeliveryDetail"] = order.DeliveryDetail,
            ["Lines"] = new JsonArray([.. order.Lines.Select(l => (JsonNode)new JsonObject
            {
                ["LineNumber"] = l.LineNumber,
                ["ProductStockID"] = l.ProductStockId,
                ["Description"] = l.Description,
                ["Units"] = l.Units,
                ["SellingPrice"] = l.SellingPrice,
                ["LineTotal"] = l.LineTotal,
                ["IsService"] = l.IsService,
            })]),
            ["Total"] = order.Total,
        };
    }

    /// <summary>An error answer: <c>{"Error": {"Code", "Message"[, "OrderNumber"]}}</c>.</summary>
    public static IResult Error(int status, string code, string message, string? orderNumber = null)
    {
        var error = new JsonObject { ["Code"] = code, ["Message"] = message };
        if (orderNumber is not null) error["OrderNumber"] = orderNumber;
        return Results.Json(new JsonObject { ["Error"] = error }, statusCode: status);
    }

    /// <summary>An error body as text (for fault replies).</summary>
    public static string ErrorText(string code, string message) =>
        new JsonObject { ["Error"] = new JsonObject { ["Code"] = code, ["Message"] = message } }.ToJsonString();

    /// <summary>A date as the contract writes it.</summary>
    public static string Date(DateTimeOffset date) => date.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);
}
