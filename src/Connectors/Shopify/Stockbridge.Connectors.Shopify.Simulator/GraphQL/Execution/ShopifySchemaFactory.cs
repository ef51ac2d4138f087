using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;

/// <summary>Builds the simulator's schema from the embedded SDL; every field resolves from a <see cref="GraphObject"/>.</summary>
public static class ShopifySchemaFactory
{
    private static readonly string[] TextScalars = ["Money", "Decimal", "DateTime", "URL", "UnsignedInt64"];

    /// <summary>The schema's SDL text.</summary>
    public static string Sdl { get; } = ReadSdl();

    /// <summary>Creates a ready schema.</summary>
    public static ISchema Create()
    {
        var schema = Schema.For(Sdl, builder =>
        {
            foreach (var (type, field) in ObjectFields())
                builder.Types.For(type).FieldFor(field).Resolver = GraphObjectFieldResolver.Instance;
            foreach (var type in AbstractMembers())
                builder.Types.For(type).IsTypeOfFunc = source => IsOfType(source, type);
        });
        foreach (var name in TextScalars) schema.RegisterType(new TextScalarGraphType(name));
        schema.Initialize();
        return schema;
    }

    private static IEnumerable<(string Type, string Field)> ObjectFields()
    {
        var document = Parser.Parse(Sdl);
        foreach (var type in document.Definitions.OfType<GraphQLObjectTypeDefinition>())
        {
            foreach (var field in type.Fields?.Items ?? [])
                yield return (type.Name.StringValue, field.Name.StringValue);
        }
    }

    // The object types that implement an interface or belong to a union: their objects say which type they are in
    // "__typename" (an object without it is of the field's own type, e.g. a MoneyV2 outside a union).
    private static IEnumerable<string> AbstractMembers()
    {
        var document = Parser.Parse(Sdl);
        var implementers = document.Definitions.OfType<GraphQLObjectTypeDefinition>()
            .Where(t => t.Interfaces?.Items.Count > 0).Select(t => t.Name.StringValue);
        var unionMembers = document.Definitions.OfType<GraphQLUnionTypeDefinition>()
            .SelectMany(u => u.Types?.Items ?? []).Select(t => t.Name.StringValue);
        return implementers.Concat(unionMembers).Distinct(StringComparer.Ordinal);
    }

    private static bool IsOfType(object source, string type) =>
        source is GraphObject g && (!g.TryGetValue("__typename", out var name) || name as string == type);

    private static string ReadSdl()
    {
        using var stream = typeof(ShopifySchemaFactory).Assembly.GetManifestResourceStream("Shopify.schema.graphql")
            ?? throw new InvalidOperationException("The embedded Shopify schema is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
