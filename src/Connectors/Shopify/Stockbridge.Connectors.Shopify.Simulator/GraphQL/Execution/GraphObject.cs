using GraphQL;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;

/// <summary>
/// A GraphQL object as the simulator resolves it: field name to value. A value may be plain data,
/// a <see cref="Func{TResult}"/> (resolved lazily, so relations can point both ways) or a
/// <see cref="Func{T, TResult}"/> of the field context (for fields with arguments).
/// </summary>
public sealed class GraphObject : Dictionary<string, object?>
{
    /// <summary>Creates an empty object.</summary>
    public GraphObject() : base(StringComparer.Ordinal) { }

    /// <summary>Adds a lazily computed field.</summary>
    public GraphObject Lazy(string name, Func<object?> value)
    {
        this[name] = value;
        return this;
    }

    /// <summary>Adds a field computed from its arguments.</summary>
    public GraphObject WithArgs(string name, Func<IResolveFieldContext, object?> value)
    {
        this[name] = value;
        return this;
    }
}
