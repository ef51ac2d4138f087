using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;

/// <summary>
/// The one resolver every field uses: reads the field from the parent <see cref="GraphObject"/>, runs lazy
/// values, and pages lists returned for fields whose type is a <c>…Connection</c>.
/// </summary>
public sealed class GraphObjectFieldResolver : IFieldResolver
{
    /// <summary>The shared instance.</summary>
    public static GraphObjectFieldResolver Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (context.Source is not GraphObject source || !source.TryGetValue(context.FieldDefinition.Name, out var value))
            return ValueTask.FromResult<object?>(null);
        value = value switch
        {
            Func<IResolveFieldContext, object?> withArgs => withArgs(context),
            Func<object?> lazy => lazy(),
            _ => value,
        };
        if (value is IEnumerable<GraphObject> items && IsConnection(context.FieldDefinition.ResolvedType))
            value = Connection.Page(items, context);
        return ValueTask.FromResult(value);
    }

    private static bool IsConnection(IGraphType? type) =>
        type?.GetNamedType().Name.EndsWith("Connection", StringComparison.Ordinal) == true;
}
