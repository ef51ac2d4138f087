using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary><c>stagedUploadsCreate</c>: a POST target (url + form parameters, one named <c>key</c>) per requested file.</summary>
public static class StagedUploadsCreateMutation
{
    public static GraphObject Resolve(IResolveFieldContext c, ShopState s)
    {
        var inputs = c.GetArgument<List<Dictionary<string, object?>>>("input");
        var targets = inputs.Select(i =>
        {
            var key = $"tmp/{s.NewId()}/bulk/{Guid.NewGuid():N}/{Input.Str(i, "filename") ?? "upload.jsonl"}";
            return new GraphObject
            {
                ["url"] = new Uri(s.PublicUrl, "_staged-uploads").ToString(),
                ["resourceUrl"] = new Uri(s.PublicUrl, "_staged-uploads/" + key).ToString(),
                ["parameters"] = new List<GraphObject>
                {
                    new() { ["name"] = "key", ["value"] = key },
                    new() { ["name"] = "Content-Type", ["value"] = Input.Str(i, "mimeType") ?? "text/jsonl" },
                    new() { ["name"] = "success_action_status", ["value"] = "201" },
                    new() { ["name"] = "acl", ["value"] = "private" },
                },
            };
        }).ToList();
        return new GraphObject { ["stagedTargets"] = targets, ["userErrors"] = new List<GraphObject>() };
    }
}
