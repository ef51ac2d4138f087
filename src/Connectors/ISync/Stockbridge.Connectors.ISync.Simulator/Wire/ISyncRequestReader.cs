using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.ISync.Simulator.State;

namespace Stockbridge.Connectors.ISync.Simulator.Wire;

/// <summary>Reads request bodies of the assumed contract, refusing a missing or mistyped field with 400 InvalidRequest naming it.</summary>
public static class ISyncRequestReader
{
    /// <summary>The most lines an order may have (assumed).</summary>
    public const int MaxLines = 500;

    /// <summary>The longest DeliveryDetail kept (assumed).</summary>
    public const int DeliveryDetailLength = 500;

    /// <summary>The login body: <c>Username</c> and <c>Password</c>.</summary>
    public static (string Username, string Password) Login(JsonNode? body) => (Text(body, "Username"), Text(body, "Password"));

    /// <summary>The order body: PONumber, CustomerCode, OrderDate, DeliveryDetail and Lines of ProductStockID, Units, SellingPrice.</summary>
    public static OrderRequest Order(JsonNode? body, DateOnly today)
    {
        var lines = (body as JsonObject)?["Lines"] as JsonArray;
        if (lines is null || lines.Count == 0) throw Invalid("Lines must hold at least one line.");
        if (lines.Count > MaxLines) throw Invalid($"Lines holds {lines.Count} lines; at most {MaxLines} are allowed.");
        var delivery = Optional<string>(body, "DeliveryDetail") ?? "";
        if (delivery.Length > DeliveryDetailLength) throw Invalid($"DeliveryDetail is longer than {DeliveryDetailLength} characters.");
        var date = Optional<string>(body, "OrderDate") is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : throw Invalid("OrderDate must be yyyy-MM-dd.")
            : today;
        return new OrderRequest(Text(body, "PONumber"), Text(body, "CustomerCode"), date, delivery,
            [.. lines.Select((line, i) => (Text(line, "ProductStockID", i), Number(line, "Units", i), Number(line, "SellingPrice", i)))]);
    }

    private static string Text(JsonNode? node, string name, int? line = null) =>
        Optional<string>(node, name, line) is { Length: > 0 } text ? text : throw Invalid($"{Where(name, line)} is required.");

    private static decimal Number(JsonNode? node, string name, int line) =>
        Optional<decimal?>(node, name, line) ?? throw Invalid($"{Where(name, line)} is required.");

    private static T? Optional<T>(JsonNode? node, string name, int? line = null)
    {
        try { return node is JsonObject o && o[name] is { } value ? value.GetValue<T>() : default; }
        catch (Exception e) when (e is FormatException or InvalidOperationException or JsonException)
        {
            throw Invalid($"{Where(name, line)} has the wrong type.");
        }
    }

    private static string Where(string name, int? line) => line is { } i ? $"Lines[{i}].{name}" : name;

    private static ISyncRequestException Invalid(string message) => new(400, "InvalidRequest", message);
}
