using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>
/// <c>bulkOperationRunMutation</c>: runs a mutation once per line of a staged JSONL file, in the background.
/// Before 2026-01 one bulk mutation at a time per shop (OPERATION_IN_PROGRESS); from 2026-01 up to five (LIMIT_REACHED).
/// </summary>
public static class BulkOperationRunMutation
{
    public static GraphObject Resolve(IResolveFieldContext c, ShopState s, ApiVersion version)
    {
        var mutation = c.GetArgument<string>("mutation");
        var path = c.GetArgument<string>("stagedUploadPath");
        var running = s.BulkOperations.Count(o => o.Status is "CREATED" or "RUNNING");
        GraphObject Error(string code, string message) =>
            new() { ["bulkOperation"] = null, ["userErrors"] = new List<GraphObject> { UserErrors.Of(code, message, "mutation") } };

        if (!version.AtLeast("2026-01") && running > 0) return Error("OPERATION_IN_PROGRESS", "A bulk mutation operation for this app and shop is already in progress.");
        if (version.AtLeast("2026-01") && running >= 5) return Error("LIMIT_REACHED", "Five bulk operations are already running for this app and shop.");
        if (!s.StagedFiles.TryGetValue(path, out var file)) return Error("NO_SUCH_FILE", $"The file {path} was not uploaded.");
        if (!IsMutation(mutation)) return Error("INVALID_MUTATION", "The mutation is not a valid GraphQL mutation.");
        var operation = new SimBulkOperation { Id = s.NewId(), Query = mutation, CreatedAt = s.Now, FileSize = file.Length };
        s.BulkOperations.Add(operation);
        (s.Bulk ?? throw new InvalidOperationException("No bulk runner.")).Start(operation, file, version.Name);
        return new GraphObject { ["bulkOperation"] = BulkViews.Operation(operation), ["userErrors"] = new List<GraphObject>() };
    }

    private static bool IsMutation(string text)
    {
        try
        {
            var document = Parser.Parse(text);
            return document.Definitions.OfType<GraphQLOperationDefinition>().SingleOrDefault()?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }
}
