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

    private static string ReadSdl()
    {
        using var stream = typeof(ShopifySchemaFactory).Assembly.GetManifestResourceStream("Shopify.schema.graphql")
            ?? throw new InvalidOperationException("The embedded Shopify schema is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
