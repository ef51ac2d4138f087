using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;

/// <summary>
/// Shopify's string-encoded scalars (Money, Decimal, DateTime, URL, UnsignedInt64): JSON strings on the
/// wire, accepted as strings or numbers on input.
/// </summary>
public sealed class TextScalarGraphType : ScalarGraphType
{
    /// <summary>Creates the scalar with Shopify's name for it.</summary>
    public TextScalarGraphType(string name) => Name = name;

    /// <inheritdoc />
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => (string)s.Value,
        GraphQLIntValue i => (string)i.Value,
        GraphQLFloatValue f => (string)f.Value,
        _ => ThrowLiteralConversionError(value),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => ThrowValueConversionError(value),
    };

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
