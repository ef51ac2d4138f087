using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;

/// <summary>Bulk operations as GraphQL objects.</summary>
public static class BulkViews
{
    public static GraphObject Operation(SimBulkOperation o) => new()
    {
        ["id"] = Gid.For("BulkOperation", o.Id),
        ["status"] = o.Status,
        ["type"] = o.Type,
        ["errorCode"] = o.ErrorCode,
        ["objectCount"] = o.ObjectCount,
        ["rootObjectCount"] = o.RootObjectCount,
        ["fileSize"] = o.FileSize,
        ["url"] = o.Url,
        ["partialDataUrl"] = o.PartialDataUrl,
        ["query"] = o.Query,
        ["createdAt"] = o.CreatedAt,
        ["completedAt"] = o.CompletedAt,
    };
}
