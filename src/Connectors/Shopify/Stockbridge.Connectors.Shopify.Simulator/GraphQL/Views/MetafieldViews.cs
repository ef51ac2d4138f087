using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;

/// <summary>Metafields as GraphQL objects.</summary>
public static class MetafieldViews
{
    public static GraphObject View(SimMetafield m) => new()
    {
        ["id"] = Gid.For("Metafield", m.Id),
        ["namespace"] = m.Namespace,
        ["key"] = m.Key,
        ["type"] = m.Type,
        ["value"] = m.Value,
        ["compareDigest"] = m.CompareDigest,
        ["ownerType"] = m.OwnerId.Split('/')[^2].ToUpperInvariant(),
        ["createdAt"] = m.CreatedAt,
        ["updatedAt"] = m.UpdatedAt,
    };

    public static List<GraphObject> For(ShopState s, string ownerId, IResolveFieldContext c)
    {
        var ns = c.GetArgument<string?>("namespace");
        return s.Metafields.Where(m => m.OwnerId == ownerId && (ns is null || m.Namespace == ns)).Select(View).ToList();
    }

    public static GraphObject? One(ShopState s, string ownerId, IResolveFieldContext c)
    {
        var ns = c.GetArgument<string?>("namespace") ?? "$app";
        var key = c.GetArgument<string>("key");
        return s.Metafields.Where(m => m.OwnerId == ownerId && m.Namespace == ns && m.Key == key).Select(View).FirstOrDefault();
    }
}
