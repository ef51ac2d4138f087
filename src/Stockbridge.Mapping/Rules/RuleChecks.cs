namespace Stockbridge.Mapping.Rules;

/// <summary>Small checks shared by the rules records.</summary>
internal static class RuleChecks
{
    public static void NotNegative(decimal value, string field)
    {
        if (value < 0) throw new RulesException($"Rules field '$.{field}' must be 0 or more, got {value}.", $"$.{field}");
    }

    public static void Positive(int? value, string field)
    {
        if (value is <= 0) throw new RulesException($"Rules field '$.{field}' must be more than 0, got {value}.", $"$.{field}");
    }

    public static void NoBlanks(IEnumerable<string>? values, string field)
    {
        if (values is not null && values.Any(string.IsNullOrWhiteSpace))
            throw new RulesException($"Rules field '$.{field}' must not hold blank entries.", $"$.{field}");
    }
}
