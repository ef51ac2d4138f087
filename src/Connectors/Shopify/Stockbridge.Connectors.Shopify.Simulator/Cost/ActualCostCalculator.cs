using System.Text.Json.Nodes;
using GraphQLParser;
using GraphQLParser.AST;

namespace Stockbridge.Connectors.Shopify.Simulator.Cost;

/// <summary>
/// The cost actually incurred: like the requested cost, but each connection is charged for the nodes it returned
/// rather than for <c>first</c>. The difference is refunded to the bucket, as Shopify does.
/// </summary>
public static class ActualCostCalculator
{
    public static int Calculate(string query, string? operationName, JsonNode? data, int requested)
    {
        GraphQLDocument document;
        try { document = Parser.Parse(query); }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException) { return requested; }
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault(o => operationName is null || o.Name?.StringValue == operationName);
        if (operation is null || operation.Operation == OperationType.Mutation || data is not JsonObject) return requested;
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        return Math.Clamp(new Walker(fragments).Cost(operation.SelectionSet, data), 1, requested);
    }

    private sealed class Walker(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        public int Cost(GraphQLSelectionSet? set, JsonNode? value)
        {
            if (set is null) return 0;
            var total = 0;
            foreach (var selection in set.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => FieldCost(field, (value as JsonObject)?[(field.Alias?.Name ?? field.Name).StringValue]),
                    GraphQLFragmentSpread spread => fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var f) ? Cost(f.SelectionSet, value) : 0,
                    GraphQLInlineFragment inline => Cost(inline.SelectionSet, value),
                    _ => 0,
                };
            }
            return total;
        }

        private int FieldCost(GraphQLField field, JsonNode? value)
        {
            var name = field.Name.StringValue;
            if (field.SelectionSet is null || name.StartsWith("__", StringComparison.Ordinal) || name == "pageInfo") return 0;
            if (field.Arguments?.Items.Any(a => a.Name.StringValue is "first" or "last") == true) return 2 + Items(field.SelectionSet, value).Sum(i => 1 + Cost(i.Set, i.Node));
            var first = value is JsonArray array ? array.FirstOrDefault() : value;
            return name is "edges" or "node" or "nodes" ? Cost(field.SelectionSet, first) : 1 + Cost(field.SelectionSet, first);
        }

        /// <summary>Each returned node with the selection that applies to it (from <c>nodes</c> or <c>edges { node }</c>).</summary>
        private IEnumerable<(GraphQLSelectionSet Set, JsonNode? Node)> Items(GraphQLSelectionSet connection, JsonNode? value)
        {
            var fields = connection.Selections.OfType<GraphQLField>().ToList();
            if (fields.FirstOrDefault(f => f.Name.StringValue == "nodes") is { SelectionSet: { } nodesSet } nodes)
                return ((value as JsonObject)?[(nodes.Alias?.Name ?? nodes.Name).StringValue] as JsonArray ?? []).Select(n => (nodesSet, n));
            var edges = fields.FirstOrDefault(f => f.Name.StringValue == "edges");
            var node = edges?.SelectionSet?.Selections.OfType<GraphQLField>().FirstOrDefault(f => f.Name.StringValue == "node");
            if (edges is null || node?.SelectionSet is null) return [];
            return ((value as JsonObject)?[(edges.Alias?.Name ?? edges.Name).StringValue] as JsonArray ?? [])
                .Select(e => (node.SelectionSet, (e as JsonObject)?[(node.Alias?.Name ?? node.Name).StringValue]));
        }
    }
}
