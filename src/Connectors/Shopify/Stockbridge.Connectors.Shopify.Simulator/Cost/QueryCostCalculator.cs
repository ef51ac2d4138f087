using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace Stockbridge.Connectors.Shopify.Simulator.Cost;

/// <summary>
/// Shopify's calculated query cost, from the parsed document: scalars 0, objects 1, connections
/// 2 + first × (1 + cost of each node), mutation fields 10 (their returned selection is not charged).
/// </summary>
public static class QueryCostCalculator
{
    /// <summary>The most a single query may cost, on any plan.</summary>
    public const int MaxQueryCost = 1000;
    public const int MutationCost = 10;
    private static readonly HashSet<string> Transparent = ["edges", "node", "nodes"];

    /// <summary>The requested cost; 1 for a document that does not parse (execution reports the syntax error).</summary>
    public static int Calculate(string query, string? operationName, Inputs? variables)
    {
        GraphQLDocument document;
        try { document = Parser.Parse(query); }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException) { return 1; }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operations.FirstOrDefault(o => operationName is null || o.Name?.StringValue == operationName);
        if (operation is null) return 1;
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        var walker = new Walker(fragments, variables);
        return operation.Operation == OperationType.Mutation
            ? operation.SelectionSet.Selections.OfType<GraphQLField>().Count(f => !f.Name.StringValue.StartsWith("__", StringComparison.Ordinal)) * MutationCost
            : Math.Max(1, walker.Cost(operation.SelectionSet));
    }

    private sealed class Walker(Dictionary<string, GraphQLFragmentDefinition> fragments, Inputs? variables)
    {
        public int Cost(GraphQLSelectionSet? set)
        {
            if (set is null) return 0;
            var total = 0;
            foreach (var selection in set.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => FieldCost(field),
                    GraphQLFragmentSpread spread => fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var f) ? Cost(f.SelectionSet) : 0,
                    GraphQLInlineFragment inline => Cost(inline.SelectionSet),
                    _ => 0,
                };
            }
            return total;
        }

        private int FieldCost(GraphQLField field)
        {
            var name = field.Name.StringValue;
            if (field.SelectionSet is null || name.StartsWith("__", StringComparison.Ordinal) || name == "pageInfo") return 0;
            if (PageSize(field) is { } size) return 2 + size * (1 + Cost(field.SelectionSet));
            return Transparent.Contains(name) ? Cost(field.SelectionSet) : 1 + Cost(field.SelectionSet);
        }

        private int? PageSize(GraphQLField field)
        {
            var argument = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue is "first" or "last");
            return argument?.Value switch
            {
                GraphQLIntValue i => int.Parse((string)i.Value, System.Globalization.CultureInfo.InvariantCulture),
                GraphQLVariable v when variables is not null && variables.TryGetValue(v.Name.StringValue, out var value) && value is not null
                    => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
        }
    }
}
