using System.Globalization;
using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Search;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Roots;

/// <summary>The Query root fields.</summary>
public static class QueryRoot
{
    public static void AddTo(GraphObject root, ShopState s, ShopInfo shop)
    {
        root["shop"] = new GraphObject
        {
            ["id"] = Gid.For("Shop", 1),
            ["name"] = shop.Name,
            ["email"] = $"owner@{shop.Domain}",
            ["myshopifyDomain"] = shop.Domain,
            ["currencyCode"] = shop.Currency,
            ["plan"] = new GraphObject { ["displayName"] = shop.PlanName, ["partnerDevelopment"] = false, ["shopifyPlus"] = shop.PlanName == "Shopify Plus" },
        };
        root.WithArgs("product", c => Find(s.Products, c, "Product") is { } p ? CatalogViews.Product(p, s) : null);
        root.WithArgs("products", c => Sorted(c, Filter(c, s.Products.Values, (p, f) => ProductValues(p, f)), p => p.Id, p => p.UpdatedAt, p => p.CreatedAt, p => p.Title)
            .Select(p => CatalogViews.Product(p, s)).ToList());
        root.WithArgs("productVariant", c => Gid.Parse(c.GetArgument<string>("id"), "ProductVariant") is { } id && s.VariantById(id) is { } v ? CatalogViews.Variant(v, s) : null);
        root.WithArgs("productVariants", c => Sorted(c, Filter(c, s.AllVariants, (v, f) => VariantValues(v, s, f)), v => v.Id, v => v.UpdatedAt, v => v.CreatedAt, v => v.Sku ?? "")
            .Select(v => CatalogViews.Variant(v, s)).ToList());
        root.WithArgs("inventoryItem", c => Gid.Parse(c.GetArgument<string>("id"), "InventoryItem") is { } id && s.VariantByInventoryItem(id) is { } v ? CatalogViews.InventoryItem(v, s) : null);
        root.WithArgs("location", c => (c.GetArgument<string?>("id") is { } gid ? s.LocationById(Gid.Parse(gid, "Location") ?? 0) : s.Locations.FirstOrDefault()) is { } l ? CatalogViews.Location(l) : null);
        root.WithArgs("locations", c => s.Locations.Where(l => l.IsActive || c.GetArgument<bool>("includeInactive"))
            .Where(l => Matches(c, f => f is "name" or null ? [l.Name] : [])).Select(CatalogViews.Location).ToList());
        root.WithArgs("order", c => Find(s.Orders, c, "Order") is { } o ? OrderViews.Order(o, s) : null);
        root.WithArgs("orders", c => Sorted(c, Filter(c, s.Orders.Values, (o, f) => OrderValues(o, f)), o => o.Id, o => o.UpdatedAt, o => o.CreatedAt, o => o.Name)
            .Select(o => OrderViews.Order(o, s)).ToList());
        root.WithArgs("customer", c => Find(s.Customers, c, "Customer") is { } cu ? CustomerViews.Customer(cu, s) : null);
        root.WithArgs("customers", c => Sorted(c, Filter(c, s.Customers.Values, (cu, f) => CustomerValues(cu, f)), x => x.Id, x => x.UpdatedAt, x => x.CreatedAt, x => x.Email ?? "")
            .Select(cu => CustomerViews.Customer(cu, s)).ToList());
        root.WithArgs("webhookSubscriptions", _ => s.Subscriptions.Select(CustomerViews.Subscription).ToList());
        root.WithArgs("currentBulkOperation", c => s.BulkOperations.LastOrDefault(o => o.Type == (c.GetArgument<string?>("type") ?? "QUERY")) is { } op
            ? BulkViews.Operation(op) : null);
    }

    private static T? Find<T>(Dictionary<long, T> items, IResolveFieldContext c, string type) where T : class =>
        Gid.Parse(c.GetArgument<string>("id"), type) is { } id && items.TryGetValue(id, out var item) ? item : null;

    private static bool Matches(IResolveFieldContext c, Func<string?, IEnumerable<string?>> valuesOf) =>
        SearchQuery.Parse(c.GetArgument<string?>("query")).Matches(valuesOf);

    // The search query is parsed once per field, not once per item (a 10,000-order shop answered each page slowly).
    private static IEnumerable<T> Filter<T>(IResolveFieldContext c, IEnumerable<T> items, Func<T, string?, IEnumerable<string?>> valuesOf)
    {
        var query = SearchQuery.Parse(c.GetArgument<string?>("query"));
        return items.Where(item => query.Matches(field => valuesOf(item, field)));
    }

    private static IEnumerable<T> Sorted<T>(IResolveFieldContext c, IEnumerable<T> items, Func<T, long> id,
        Func<T, DateTimeOffset> updated, Func<T, DateTimeOffset> created, Func<T, string> title)
    {
        var key = c.GetArgument<string?>("sortKey") ?? "ID";
        var sorted = key switch
        {
            "UPDATED_AT" => items.OrderBy(updated).ThenBy(id),
            "CREATED_AT" or "PROCESSED_AT" => items.OrderBy(created).ThenBy(id),
            "TITLE" or "SKU" => items.OrderBy(title, StringComparer.Ordinal).ThenBy(id),
            _ => items.OrderBy(id),
        };
        return c.GetArgument<bool>("reverse") ? sorted.Reverse() : sorted;
    }

    private static string Iso(DateTimeOffset d) => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static IEnumerable<string?> ProductValues(SimProduct p, string? field) => field switch
    {
        "sku" => p.Variants.Select(v => v.Sku),
        "id" => [p.Id.ToString(CultureInfo.InvariantCulture)],
        "title" => [p.Title],
        "handle" => [p.Handle],
        "status" => [p.Status],
        "vendor" => [p.Vendor],
        "product_type" => [p.ProductType],
        "tag" => [.. p.Tags],
        "updated_at" => [Iso(p.UpdatedAt)],
        "created_at" => [Iso(p.CreatedAt)],
        null => [p.Title, .. p.Variants.Select(v => v.Sku)],
        _ => [],
    };

    private static IEnumerable<string?> VariantValues(SimVariant v, ShopState s, string? field) => field switch
    {
        "sku" => [v.Sku],
        "barcode" => [v.Barcode],
        "id" => [v.Id.ToString(CultureInfo.InvariantCulture)],
        "product_id" => [v.ProductId.ToString(CultureInfo.InvariantCulture)],
        "title" => [v.Title],
        "product_status" => [s.Products[v.ProductId].Status],
        "updated_at" => [Iso(v.UpdatedAt)],
        null => [v.Sku, v.Title, v.Barcode],
        _ => [],
    };

    private static IEnumerable<string?> OrderValues(SimOrder o, string? field) => field switch
    {
        "name" => [o.Name, o.Number.ToString(CultureInfo.InvariantCulture)],
        "id" => [o.Id.ToString(CultureInfo.InvariantCulture)],
        "email" => [o.Email],
        "tag" => [.. o.Tags],
        "financial_status" => [o.FinancialStatus],
        "updated_at" => [Iso(o.UpdatedAt)],
        "created_at" => [Iso(o.CreatedAt)],
        "sku" => o.LineItems.Select(l => l.Sku),
        null => [o.Name, o.Email],
        _ => [],
    };

    private static IEnumerable<string?> CustomerValues(SimCustomer c, string? field) => field switch
    {
        "email" => [c.Email],
        "id" => [c.Id.ToString(CultureInfo.InvariantCulture)],
        "first_name" => [c.FirstName],
        "last_name" => [c.LastName],
        "tag" => [.. c.Tags],
        "updated_at" => [Iso(c.UpdatedAt)],
        "created_at" => [Iso(c.CreatedAt)],
        null => [c.Email, c.FirstName, c.LastName],
        _ => [],
    };
}
