using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>
/// <c>inventorySetQuantities</c>: absolute set, all-or-nothing, with the version's compare-and-swap
/// (<c>compareQuantity</c>; from 2026-01 <c>changeFromQuantity</c>, which overrides it when sent; from 2026-04
/// <c>changeFromQuantity</c> only) and the idempotency-key store.
/// </summary>
public static class InventorySetQuantitiesMutation
{
    public static readonly HashSet<string> Reasons =
    [
        "correction", "cycle_count_available", "damaged", "movement_created", "movement_updated", "movement_received",
        "movement_canceled", "other", "promotion", "quality_control", "received", "reservation_created",
        "reservation_deleted", "reservation_updated", "restock", "safety_stock", "shrinkage",
    ];

    public static object? Resolve(IResolveFieldContext c, ShopState s, ApiVersion version)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("input");
        var key = Idempotency.KeyOf(c);
        if (key is null && version.RequiresChangeFromQuantity)
            throw new ExecutionError("The @idempotent directive with a key is required for inventorySetQuantities from API version 2026-04.") { Code = "IDEMPOTENCY_KEY_REQUIRED" };
        var parameters = Input.Hash(input);
        if (key is not null && s.IdempotencyKeys.TryGetValue(key, out var previous))
        {
            return previous.ParameterHash == parameters ? previous.Result
                : UserErrors.Payload("inventoryAdjustmentGroup", null,
                    [UserErrors.Of("IDEMPOTENCY_KEY_PARAMETER_MISMATCH", "The idempotency key was already used with different parameters.", "input")]);
        }
        var result = Apply(input, s, version);
        if (key is not null) s.IdempotencyKeys[key] = new IdempotentResult(parameters, result);
        return result;
    }

    private static GraphObject Apply(Dictionary<string, object?> input, ShopState s, ApiVersion version)
    {
        var errors = new List<GraphObject>();
        var name = Input.Str(input, "name") ?? "";
        if (name is not ("available" or "on_hand"))
            errors.Add(UserErrors.Of("INVALID_NAME", "The quantity name must be available or on_hand.", "input", "name"));
        if (!Reasons.Contains(Input.Str(input, "reason") ?? ""))
            errors.Add(UserErrors.Of("INVALID_REASON", "The specified reason is invalid.", "input", "reason"));
        var changes = new List<(SimVariant Variant, SimLocation Location, int Quantity, int Before)>();
        var quantities = Input.Objects(input, "quantities");
        if (quantities.Count > 250)
            errors.Add(UserErrors.Of("INVALID_QUANTITY", "At most 250 quantities may be set per call.", "input", "quantities"));
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            var variant = Gid.Parse(Input.Str(q, "inventoryItemId"), "InventoryItem") is { } item ? s.VariantByInventoryItem(item) : null;
            var location = Gid.Parse(Input.Str(q, "locationId"), "Location") is { } loc ? s.LocationById(loc) : null;
            if (variant is null) { errors.Add(UserErrors.Of("INVALID_INVENTORY_ITEM", "The specified inventory item could not be found.", "input", "quantities", i, "inventoryItemId")); continue; }
            if (location is null) { errors.Add(UserErrors.Of("INVALID_LOCATION", "The specified location could not be found.", "input", "quantities", i, "locationId")); continue; }
            var current = s.Available(variant.InventoryItemId, location.Id) ?? 0;
            if (CompareError(q, input, current, version, i) is { } error) { errors.Add(error); continue; }
            changes.Add((variant, location, Input.Int(q, "quantity") ?? 0, current));
        }
        if (errors.Count > 0) return UserErrors.Payload("inventoryAdjustmentGroup", null, errors);

        foreach (var (variant, location, quantity, _) in changes)
        {
            s.Levels[(variant.InventoryItemId, location.Id)] = quantity;
            s.Publish("inventory_levels/update", RestPayloads.InventoryLevel(variant, location, quantity, s.Now));
        }
        s.AdminWrites++;
        // Setting "available" moves "on_hand" by the same delta (nothing is committed or reserved in the simulator), and
        // Shopify lists both; setting "on_hand" moves "available" likewise.
        var all = changes.SelectMany(ch => new[] { name, name == "available" ? "on_hand" : "available" }.Select(n => new GraphObject
        {
            ["name"] = n,
            ["delta"] = ch.Quantity - ch.Before,
            ["quantityAfterChange"] = ch.Quantity,
            ["ledgerDocumentUri"] = null,
            ["item"] = CatalogViews.InventoryItem(ch.Variant, s),
            ["location"] = CatalogViews.Location(ch.Location),
        })).ToList();
        return UserErrors.Payload("inventoryAdjustmentGroup", new GraphObject
        {
            ["id"] = Gid.For("InventoryAdjustmentGroup", s.NewId()),
            ["reason"] = Input.Str(input, "reason"),
            ["referenceDocumentUri"] = Input.Str(input, "referenceDocumentUri"),
            ["createdAt"] = s.Now,
        }.WithArgs("changes", c => Filter(all, c)), []);
    }

    // InventoryAdjustmentGroup.changes(inventoryItemIds:, locationIds:, quantityNames:): each argument given narrows the list.
    private static List<GraphObject> Filter(List<GraphObject> changes, IResolveFieldContext c)
    {
        var items = c.GetArgument<List<string>?>("inventoryItemIds");
        var locations = c.GetArgument<List<string>?>("locationIds");
        var names = c.GetArgument<List<string>?>("quantityNames");
        return changes.Where(ch =>
            (items is null || items.Contains((string)((GraphObject)ch["item"]!)["id"]!)) &&
            (locations is null || locations.Contains((string)((GraphObject)ch["location"]!)["id"]!)) &&
            (names is null || names.Contains((string)ch["name"]!))).ToList();
    }

    private static GraphObject? CompareError(IDictionary<string, object?> q, IDictionary<string, object?> input, int current, ApiVersion version, int i)
    {
        if (version.RequiresChangeFromQuantity && !Input.Has(q, "changeFromQuantity"))
            return UserErrors.Of("CHANGE_FROM_QUANTITY_REQUIRED", "changeFromQuantity is required (send null to skip the check).", "input", "quantities", i, "changeFromQuantity");
        if (version.AcceptsChangeFromQuantity && Input.Has(q, "changeFromQuantity"))
        {
            var expected = Input.Int(q, "changeFromQuantity");
            return expected is not null && expected != current
                ? UserErrors.Of("CHANGE_FROM_QUANTITY_STALE", $"The changeFromQuantity ({expected}) does not match the current quantity ({current}).", "input", "quantities", i, "changeFromQuantity")
                : null;
        }
        if (Input.Bool(input, "ignoreCompareQuantity") == true) return null;
        if (Input.Int(q, "compareQuantity") is not { } compare)
            return UserErrors.Of("COMPARE_QUANTITY_REQUIRED", "compareQuantity is required unless ignoreCompareQuantity is true.", "input", "quantities", i, "compareQuantity");
        return compare != current
            ? UserErrors.Of("COMPARE_QUANTITY_STALE", $"The compareQuantity ({compare}) does not match the current quantity ({current}).", "input", "quantities", i, "compareQuantity")
            : null;
    }
}
