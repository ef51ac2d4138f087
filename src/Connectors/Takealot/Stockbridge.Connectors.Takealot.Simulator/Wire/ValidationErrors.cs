using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>
/// Takealot's offer validation codes (E1–E33 are documented; the messages here follow the published code table's meaning,
/// their exact wording is not published) as <c>{code, message}</c> items of <c>validation_errors</c>.
/// </summary>
public static class ValidationErrors
{
    /// <summary>The offer named does not exist.</summary>
    public static JsonObject OfferNotFound(string identifier) => Error("E1", $"No offer was found for '{identifier}'.");
    /// <summary>E2: the barcode is not in Takealot's catalogue.</summary>
    public static JsonObject BarcodeNotInCatalogue(string barcode) => Error("E2", $"The barcode '{barcode}' does not exist in Takealot's catalogue.");
    /// <summary>E6: an offer with the SKU exists (create).</summary>
    public static JsonObject SkuExists(string sku) => Error("E6", $"An offer with the SKU '{sku}' already exists.");
    /// <summary>E10: another offer has the SKU (update).</summary>
    public static JsonObject SkuTaken(string sku) => Error("E10", $"The SKU '{sku}' is already used by another of your offers.");
    /// <summary>E15: stock must be a whole number ≥ 0.</summary>
    public static JsonObject StockNotWhole() => Error("E15", "Stock on hand must be a whole number greater than or equal to 0.");
    /// <summary>E16 [guess]: the merchant warehouse is not the seller's.</summary>
    public static JsonObject UnknownWarehouse(JsonNode? id) => Error("E16", $"Merchant warehouse '{id?.ToJsonString()}' does not exist on your account.");
    /// <summary>E19: the selling price must be a positive whole number.</summary>
    public static JsonObject PriceNotWhole() => Error("E19", "Selling price must be a positive whole number.");
    /// <summary>E20: the RRP must be a whole number ≥ 0.</summary>
    public static JsonObject RrpNotWhole() => Error("E20", "RRP must be a positive whole number (0 removes it).");
    /// <summary>E23: the RRP is below the selling price.</summary>
    public static JsonObject RrpBelowPrice(int rrp, int price) => Error("E23", $"RRP (R{rrp}) must be greater than or equal to the selling price (R{price}).");
    /// <summary>E27: the SKU is 256 characters or more.</summary>
    public static JsonObject SkuTooLong() => Error("E27", "SKU must be less than 256 characters.");
    /// <summary>E30 [guess]: Takealot disabled the offer; the seller cannot edit it.</summary>
    public static JsonObject DisabledByTakealot() => Error("E30", "This offer has been disabled by Takealot and cannot be edited.");
    /// <summary>E31 [guess]: leadtime days must be -1 or a whole number ≥ 0.</summary>
    public static JsonObject LeadtimeDaysInvalid() => Error("E31", "Leadtime days must be a whole number of 0 or more, or -1 to remove them.");
    /// <summary>E32 [guess]: status_action is Disable or Re-enable.</summary>
    public static JsonObject StatusActionInvalid() => Error("E32", "status_action must be 'Disable' or 'Re-enable'.");

    private static JsonObject Error(string code, string message) => new() { ["code"] = code, ["message"] = message };
}
