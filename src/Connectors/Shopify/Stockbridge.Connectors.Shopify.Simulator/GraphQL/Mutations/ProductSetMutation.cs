using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>
/// <c>productSet</c>: upsert by identifier (id, handle or customId) with replace semantics — variants,
/// options and metafields omitted from the input are deleted; omitted scalars are left alone. All-or-nothing.
/// </summary>
public static class ProductSetMutation
{
    public static GraphObject Resolve(IResolveFieldContext c, ShopState s)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("input");
        var identifier = c.GetArgument<Dictionary<string, object?>?>("identifier");
        var errors = new List<GraphObject>();
        var product = FindTarget(s, input, identifier, errors);
        if (product is null && errors.Count == 0 && string.IsNullOrWhiteSpace(Input.Str(input, "title")))
            errors.Add(UserErrors.Of("BLANK", "Title can't be blank", "input", "title"));
        var variants = Input.Has(input, "variants") ? Input.Objects(input, "variants") : null;
        if (variants is not null) ProductSetValidation.CheckVariants(s, product, variants, errors);
        if (errors.Count > 0) return Payload(null, errors, c, s);

        var created = product is null;
        product ??= NewProduct(s, input, identifier);
        Apply(s, product, input, variants);
        s.AdminWrites++;
        s.Publish(created ? "products/create" : "products/update", RestPayloads.Product(product, s));
        return Payload(product, errors, c, s);
    }

    private static GraphObject Payload(SimProduct? product, List<GraphObject> errors, IResolveFieldContext c, ShopState s)
    {
        var view = product is null ? null : CatalogViews.Product(product, s);
        var synchronous = c.GetArgument<bool?>("synchronous") ?? true;
        return new GraphObject
        {
            ["product"] = synchronous ? view : null,
            ["productSetOperation"] = synchronous || product is null ? null : new GraphObject
            {
                ["id"] = Gid.For("ProductSetOperation", s.NewId()),
                ["status"] = "COMPLETE",
                ["product"] = view,
            },
            ["userErrors"] = errors,
        };
    }

    private static SimProduct? FindTarget(ShopState s, Dictionary<string, object?> input, Dictionary<string, object?>? identifier, List<GraphObject> errors)
    {
        var id = Input.Str(identifier ?? input, "id");
        if (id is not null)
        {
            var found = Gid.Parse(id, "Product") is { } n && s.Products.TryGetValue(n, out var p) ? p : null;
            if (found is null) errors.Add(UserErrors.Of("PRODUCT_DOES_NOT_EXIST", "Product does not exist", identifier is null ? "input" : "identifier", "id"));
            return found;
        }
        if (identifier is not null && Input.Str(identifier, "handle") is { } handle)
            return s.Products.Values.FirstOrDefault(p => p.Handle == handle);
        if (identifier?.GetValueOrDefault("customId") is IDictionary<string, object?> custom)
        {
            var owner = s.Metafields.FirstOrDefault(m => m.Namespace == (Input.Str(custom, "namespace") ?? "custom")
                && m.Key == Input.Str(custom, "key") && m.Value == Input.Str(custom, "value"))?.OwnerId;
            return owner is null ? null : s.Products.GetValueOrDefault(Gid.Parse(owner, "Product") ?? 0);
        }
        return null;
    }

    private static SimProduct NewProduct(ShopState s, Dictionary<string, object?> input, Dictionary<string, object?>? identifier)
    {
        var title = Input.Str(input, "title")!;
        var handle = Input.Str(input, "handle") ?? (identifier is null ? null : Input.Str(identifier, "handle")) ?? Handles.From(title, s);
        var product = new SimProduct { Id = s.NewId(), Title = title, Handle = handle, CreatedAt = s.Now, UpdatedAt = s.Now };
        s.Products[product.Id] = product;
        return product;
    }

    private static void Apply(ShopState s, SimProduct p, Dictionary<string, object?> input, List<IDictionary<string, object?>>? variants)
    {
        if (Input.Str(input, "title") is { } title) p.Title = title;
        if (Input.Str(input, "handle") is { } handle) p.Handle = handle;
        if (Input.Has(input, "descriptionHtml")) p.DescriptionHtml = Input.Str(input, "descriptionHtml") ?? "";
        if (Input.Has(input, "vendor")) p.Vendor = Input.Str(input, "vendor") ?? "";
        if (Input.Has(input, "productType")) p.ProductType = Input.Str(input, "productType") ?? "";
        if (Input.Str(input, "status") is { } status) p.Status = status;
        if (Input.Strings(input, "tags") is { } tags) p.Tags = tags;
        if (Input.Has(input, "productOptions"))
        {
            p.Options = Input.Objects(input, "productOptions").Select(o => new SimOption(s.NewId(), Input.Str(o, "name")!,
                Input.Objects(o, "values").Select(v => Input.Str(v, "name")!).ToList())).ToList();
        }
        if (variants is not null) ProductSetVariants.Replace(s, p, variants, deriveOptions: !Input.Has(input, "productOptions"));
        if (Input.Has(input, "metafields")) MetafieldsSetMutation.ReplaceOwned(s, Gid.For("Product", p.Id), Input.Objects(input, "metafields"));
        p.UpdatedAt = s.Now;
    }
}
