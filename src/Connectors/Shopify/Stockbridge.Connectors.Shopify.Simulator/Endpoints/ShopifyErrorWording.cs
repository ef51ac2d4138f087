using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// Rewords GraphQL.NET's parse and validation errors as Shopify's GraphQL server (graphql-ruby) words them:
/// <c>Parse error on ")" (RPAREN) at [1, 28]</c> or <c>Unexpected end of document</c> with no data and no extensions;
/// <c>Field 'nope' doesn't exist on type 'Shop'</c> (<c>undefinedField</c>, with typeName and fieldName) and
/// <c>Field 'products' doesn't accept argument 'frist'</c> (<c>argumentNotAccepted</c>). Other errors are left as they are.
/// </summary>
public static partial class ShopifyErrorWording
{
    private static readonly Dictionary<char, string> Punctuators = new()
    {
        ['{'] = "LCURLY", ['}'] = "RCURLY", ['('] = "LPAREN", [')'] = "RPAREN", ['['] = "LBRACKET", [']'] = "RBRACKET",
        [':'] = "COLON", ['='] = "EQUALS", ['!'] = "BANG", ['$'] = "VAR_SIGN", ['@'] = "DIR_SIGN", ['|'] = "PIPE", ['&'] = "AMP",
    };

    /// <summary>Rewords <paramref name="body"/>'s errors in place; true when the document did not parse (nothing ran).</summary>
    public static bool Reword(JsonObject body, string query)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body["errors"] is not JsonArray errors) return false;
        var syntax = false;
        foreach (var error in errors.OfType<JsonObject>())
        {
            var code = error["extensions"]?["code"]?.GetValue<string>();
            var message = error["message"]?.GetValue<string>() ?? "";
            if (code == "SYNTAX_ERROR")
            {
                syntax = true;
                Parse(error, query);
            }
            else if (code == "FIELDS_ON_CORRECT_TYPE" && UnknownField().Match(message) is { Success: true } f)
                Validation(error, $"Field '{f.Groups["field"].Value}' doesn't exist on type '{f.Groups["type"].Value}'",
                    new JsonObject { ["code"] = "undefinedField", ["typeName"] = f.Groups["type"].Value, ["fieldName"] = f.Groups["field"].Value });
            else if (code == "KNOWN_ARGUMENT_NAMES" && UnknownArgument().Match(message) is { Success: true } a)
                Validation(error, $"Field '{a.Groups["field"].Value}' doesn't accept argument '{a.Groups["argument"].Value}'",
                    new JsonObject { ["code"] = "argumentNotAccepted", ["name"] = a.Groups["field"].Value, ["typeName"] = "Field", ["argumentName"] = a.Groups["argument"].Value });
        }
        if (syntax)
        {
            body.Remove("data");
            body.Remove("extensions");
        }
        return syntax;
    }

    private static void Parse(JsonObject error, string query)
    {
        error.Remove("extensions");
        var location = error["locations"]?[0];
        var line = location?["line"]?.GetValue<int>() ?? 0;
        var column = location?["column"]?.GetValue<int>() ?? 0;
        var token = TokenAt(query, line, column);
        if (token is null)
        {
            error["message"] = "Unexpected end of document";
            error["locations"] = new JsonArray();
            return;
        }
        error["message"] = $"Parse error on \"{token.Value.Text}\" ({token.Value.Kind}) at [{line}, {column}]";
    }

    private static void Validation(JsonObject error, string message, JsonObject extensions)
    {
        error["message"] = message;
        error["extensions"] = extensions;
    }

    // The token starting at a 1-based line and column, with graphql-ruby's name for its kind; null at the end of the text.
    private static (string Text, string Kind)? TokenAt(string query, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset >= 0; l++) offset = query.IndexOf('\n', offset) is var n and >= 0 ? n + 1 : -1;
        offset = offset < 0 ? query.Length : offset + column - 1;
        while (offset < query.Length && char.IsWhiteSpace(query[offset])) offset++;
        if (offset >= query.Length) return null;
        var c = query[offset];
        if (Punctuators.TryGetValue(c, out var punctuator)) return (c.ToString(), punctuator);
        if (query.AsSpan(offset).StartsWith("...")) return ("...", "ELLIPSIS");
        var word = Word().Match(query, offset);
        if (word.Success && word.Index == offset)
            return (word.Value, char.IsDigit(c) || c == '-' ? (word.Value.Contains('.', StringComparison.Ordinal) ? "FLOAT" : "INT") : "IDENTIFIER");
        if (c == '"') return (query[offset..Math.Min(query.Length, query.IndexOf('"', offset + 1) + 1 is > 0 and var end ? end : query.Length)], "STRING");
        return (c.ToString(), "UNKNOWN_CHAR");
    }

    [GeneratedRegex(@"^Cannot query field '(?<field>[^']+)' on type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownField();

    [GeneratedRegex(@"^Unknown argument '(?<argument>[^']+)' on field '(?<field>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownArgument();

    [GeneratedRegex(@"-?[A-Za-z0-9_.]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
