using GraphQL;
using GraphQLParser.AST;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>Reads the <c>@idempotent(key:)</c> directive placed on a mutation field.</summary>
public static class Idempotency
{
    public static string? KeyOf(IResolveFieldContext c)
    {
        var directive = c.FieldAst.Directives?.Items.FirstOrDefault(d => d.Name.StringValue == "idempotent");
        var argument = directive?.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "key")?.Value;
        return argument switch
        {
            GraphQLStringValue s => (string)s.Value,
            GraphQLVariable v => c.Variables.ValueFor(v.Name.StringValue, out var value) ? value.Value?.ToString() : null,
            _ => null,
        };
    }
}
