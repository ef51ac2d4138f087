using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>Replaces a product's variants from productSet input: matched by id, then SKU, else created; the rest deleted.</summary>
public static class ProductSetVariants
{
    public static void Replace(ShopState s, SimProduct p, List<IDictionary<string, object?>> inputs, bool deriveOptions)
    {
        var kept = new List<SimVariant>();
        foreach (var (input, index) in inputs.Select((v, i) => (v, i)))
        {
            var existing = Match(p, input, kept);
            var variant = existing ?? new SimVariant
            {
                Id = s.NewId(), ProductId = p.Id, InventoryItemId = s.NewId(), CreatedAt = s.Now, UpdatedAt = s.Now,
            };
            Apply(variant, input, index + 1, s.Now);
            SetQuantities(s, variant, input, isNew: existing is null);
            kept.Add(variant);
        }
        foreach (var removed in p.Variants.Except(kept))
        {
            foreach (var key in s.Levels.Keys.Where(k => k.Item == removed.InventoryItemId).ToList()) s.Levels.Remove(key);
        }
        p.Variants = kept;
        if (deriveOptions) p.Options = DeriveOptions(s, kept);
    }

    private static SimVariant? Match(SimProduct p, IDictionary<string, object?> input, List<SimVariant> taken)
    {
        var free = p.Variants.Except(taken).ToList();
        if (Gid.Parse(Input.Str(input, "id"), "ProductVariant") is { } id) return free.FirstOrDefault(v => v.Id == id);
        var sku = Input.Str(input, "sku") ?? (Input.Obj(input, "inventoryItem") is { } item ? Input.Str(item, "sku") : null);
        return sku is null ? null : free.FirstOrDefault(v => v.Sku == sku);
    }

    private static void Apply(SimVariant v, IDictionary<string, object?> input, int position, DateTimeOffset now)
    {
        v.OptionValues = Input.Objects(input, "optionValues")
            .Select(o => new KeyValuePair<string, string>(Input.Str(o, "optionName") ?? "Title", Input.Str(o, "name")!)).ToList();
        if (Input.Has(input, "sku")) v.Sku = Input.Str(input, "sku");
        if (Input.Obj(input, "inventoryItem") is { } item)
        {
            if (Input.Has(item, "sku")) v.Sku = Input.Str(item, "sku");
            if (Input.Bool(item, "tracked") is { } tracked) v.Tracked = tracked;
        }
        if (Input.Has(input, "barcode")) v.Barcode = Input.Str(input, "barcode");
        if (Input.Dec(input, "price") is { } price) v.Price = price;
        if (Input.Has(input, "compareAtPrice")) v.CompareAtPrice = Input.Dec(input, "compareAtPrice");
        if (Input.Str(input, "inventoryPolicy") is { } policy) v.InventoryPolicy = policy;
        if (Input.Bool(input, "taxable") is { } taxable) v.Taxable = taxable;
        v.Position = Input.Int(input, "position") ?? position;
        v.UpdatedAt = now;
    }

    private static void SetQuantities(ShopState s, SimVariant v, IDictionary<string, object?> input, bool isNew)
    {
        foreach (var q in Input.Objects(input, "inventoryQuantities"))
        {
            var location = Gid.Parse(Input.Str(q, "locationId"), "Location")!.Value;
            // Shopify: on an existing variant, quantities only apply where it is already stocked.
            if (isNew || s.Levels.ContainsKey((v.InventoryItemId, location)))
                s.Levels[(v.InventoryItemId, location)] = Input.Int(q, "quantity") ?? 0;
        }
    }

    private static List<SimOption> DeriveOptions(ShopState s, List<SimVariant> variants) =>
        variants.SelectMany(v => v.OptionValues.Select((o, i) => (o.Key, o.Value, i)))
            .GroupBy(x => x.Key)
            .OrderBy(g => g.Min(x => x.i))
            .Select(g => new SimOption(s.NewId(), g.Key, g.Select(x => x.Value).Distinct().ToList()))
            .ToList();
}
