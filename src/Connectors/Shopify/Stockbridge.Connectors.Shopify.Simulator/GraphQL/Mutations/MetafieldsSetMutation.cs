using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary><c>metafieldsSet</c>: at most 25, atomic, compare-and-set via <c>compareDigest</c> (null = must not exist yet).</summary>
public static class MetafieldsSetMutation
{
    public const int MaxPerCall = 25;

    public static GraphObject Resolve(IResolveFieldContext c, ShopState s)
    {
        var inputs = c.GetArgument<List<Dictionary<string, object?>>>("metafields");
        var errors = new List<GraphObject>();
        if (inputs.Count > MaxPerCall)
            errors.Add(Error("LESS_THAN_OR_EQUAL_TO", $"Exceeded the maximum metafields input limit of {MaxPerCall}.", null, "metafields"));
        for (var i = 0; i < inputs.Count && errors.Count == 0; i++)
        {
            var m = inputs[i];
            var existing = Find(s, m);
            if (!OwnerExists(s, Input.Str(m, "ownerId")))
                errors.Add(Error("INVALID_VALUE", "Owner does not exist.", i, "metafields", i, "ownerId"));
            else if (existing is null && string.IsNullOrEmpty(Input.Str(m, "type")))
                errors.Add(Error("BLANK", "Type can't be blank.", i, "metafields", i, "type"));
            else if (Input.Has(m, "compareDigest") && Input.Str(m, "compareDigest") != existing?.CompareDigest)
                errors.Add(Error("STALE_OBJECT", "The resource has been updated since it was loaded.", i, "metafields", i, "compareDigest"));
        }
        if (errors.Count > 0) return new GraphObject { ["metafields"] = null, ["userErrors"] = errors };
        var saved = inputs.Select(m => Upsert(s, m)).ToList();
        s.AdminWrites++;
        return new GraphObject { ["metafields"] = saved.Select(MetafieldViews.View).ToList(), ["userErrors"] = errors };
    }

    /// <summary>Replace semantics for metafields given inline (productSet): the owner's others are deleted.</summary>
    public static void ReplaceOwned(ShopState s, string ownerId, List<IDictionary<string, object?>> inputs)
    {
        var kept = inputs.Select(m => { m["ownerId"] = ownerId; return Upsert(s, m); }).ToHashSet();
        s.Metafields.RemoveAll(m => m.OwnerId == ownerId && !kept.Contains(m));
    }

    public static SimMetafield Upsert(ShopState s, IDictionary<string, object?> m)
    {
        var existing = Find(s, m);
        if (existing is null)
        {
            existing = new SimMetafield
            {
                Id = s.NewId(), OwnerId = Input.Str(m, "ownerId")!, Namespace = Input.Str(m, "namespace") ?? "$app",
                Key = Input.Str(m, "key")!, Type = Input.Str(m, "type") ?? "single_line_text_field", Value = Input.Str(m, "value") ?? "",
                CreatedAt = s.Now, UpdatedAt = s.Now,
            };
            s.Metafields.Add(existing);
            return existing;
        }
        existing.Value = Input.Str(m, "value") ?? existing.Value;
        existing.Type = Input.Str(m, "type") ?? existing.Type;
        existing.UpdatedAt = s.Now;
        return existing;
    }

    private static SimMetafield? Find(ShopState s, IDictionary<string, object?> m) =>
        s.Metafields.FirstOrDefault(x => x.OwnerId == Input.Str(m, "ownerId")
            && x.Namespace == (Input.Str(m, "namespace") ?? "$app") && x.Key == Input.Str(m, "key"));

    private static bool OwnerExists(ShopState s, string? ownerId) =>
        Gid.Parse(ownerId, "Product") is { } p && s.Products.ContainsKey(p)
        || Gid.Parse(ownerId, "ProductVariant") is { } v && s.VariantById(v) is not null
        || Gid.Parse(ownerId, "Order") is { } o && s.Orders.ContainsKey(o)
        || Gid.Parse(ownerId, "Customer") is { } c && s.Customers.ContainsKey(c);

    private static GraphObject Error(string code, string message, int? index, params object[] field)
    {
        var error = UserErrors.Of(code, message, field);
        error["elementIndex"] = index;
        return error;
    }
}
