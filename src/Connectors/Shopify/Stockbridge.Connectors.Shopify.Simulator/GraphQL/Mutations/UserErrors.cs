using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>Builds <c>userErrors</c> entries: field path, message, code.</summary>
public static class UserErrors
{
    public static GraphObject Of(string code, string message, params object[] field) => new()
    {
        ["field"] = field.Select(f => f.ToString()!).ToList(),
        ["message"] = message,
        ["code"] = code,
    };

    public static GraphObject Payload(string entity, object? value, List<GraphObject> errors) => new()
    {
        [entity] = errors.Count == 0 ? value : null,
        ["userErrors"] = errors,
    };
}
