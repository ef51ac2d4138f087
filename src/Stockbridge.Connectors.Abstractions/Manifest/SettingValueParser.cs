using System.Globalization;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Manifest;

/// <summary>
/// Parses one setting's text by its <see cref="SettingType"/> into the type of the options property it is bound to.
/// Errors name the setting and what is wrong; a secret's value is never part of a message.
/// </summary>
internal static class SettingValueParser
{
    public static object Parse(SettingDefinition definition, string raw, Type propertyType, string propertyName)
    {
        var target = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        var text = definition.IsSecret ? raw : raw.Trim();
        return definition.Type switch
        {
            SettingType.Text or SettingType.Secret => Convert(definition, text, target, propertyName),
            SettingType.Url => Url(definition, text, target, propertyName),
            SettingType.Integer => Integer(definition, text, target, propertyName),
            SettingType.Decimal => DecimalNumber(definition, text, target, propertyName),
            SettingType.Boolean => Boolean(definition, text, target, propertyName),
            SettingType.Choice => Choice(definition, text, target, propertyName),
            _ => throw new InvalidOperationException($"Setting '{definition.Key}' has type {definition.Type}, which the binder does not know."),
        };
    }

    private static object Url(SettingDefinition d, string text, Type target, string propertyName)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw Invalid(d, text, "must be an absolute http(s) URL");
        if (target == typeof(Uri)) return url;
        if (target == typeof(string)) return text;
        throw Unfit(d, target, propertyName, "Uri or string");
    }

    private static object Integer(SettingDefinition d, string text, Type target, string propertyName)
    {
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            throw Invalid(d, text, "must be a whole number");
        if (target == typeof(long)) return value;
        if (target == typeof(int))
            return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Invalid(d, text, $"must be a whole number from {int.MinValue} to {int.MaxValue}");
        if (target == typeof(decimal)) return (decimal)value;
        if (target == typeof(string)) return text;
        throw Unfit(d, target, propertyName, "int, long, decimal or string");
    }

    private static object DecimalNumber(SettingDefinition d, string text, Type target, string propertyName)
    {
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            throw Invalid(d, text, "must be a number (digits, optional sign and a '.' for decimals)");
        if (target == typeof(decimal)) return value;
        if (target == typeof(string)) return text;
        throw Unfit(d, target, propertyName, "decimal or string");
    }

    private static object Boolean(SettingDefinition d, string text, Type target, string propertyName)
    {
        if (!bool.TryParse(text, out var value)) throw Invalid(d, text, "must be true or false");
        if (target == typeof(bool)) return value;
        if (target == typeof(string)) return value ? "true" : "false";
        throw Unfit(d, target, propertyName, "bool or string");
    }

    private static object Choice(SettingDefinition d, string text, Type target, string propertyName)
    {
        var choices = d.Choices ?? [];
        var chosen = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
            ?? throw Invalid(d, text, "must be one of " + string.Join(", ", choices));
        // Choices may be numbers (e.g. a field number 1-5) bound to a numeric property.
        return target == typeof(int) || target == typeof(long) || target == typeof(decimal)
            ? Integer(d, chosen, target, propertyName)
            : Convert(d, chosen, target, propertyName);
    }

    /// <summary>Text (or a choice) into the property's type: string as is, an enum by name ignoring case, '_' and '-'.</summary>
    private static object Convert(SettingDefinition d, string text, Type target, string propertyName)
    {
        if (target == typeof(string)) return text;
        if (target.IsEnum)
        {
            var wanted = Simplified(text);
            foreach (var name in Enum.GetNames(target))
            {
                if (string.Equals(Simplified(name), wanted, StringComparison.OrdinalIgnoreCase)) return Enum.Parse(target, name);
            }
            throw Invalid(d, text, "must be one of " + string.Join(", ", Enum.GetNames(target).Select(n => n.ToLowerInvariant())));
        }
        throw Unfit(d, target, propertyName, "string or an enum");
    }

    private static string Simplified(string name) => name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private static PermanentConnectorException Invalid(SettingDefinition d, string text, string problem) =>
        new(d.IsSecret
            ? $"The connection's setting '{d.Key}' ({d.Label}) {problem}; its value is secret and not shown."
            : $"The connection's setting '{d.Key}' ({d.Label}) {problem}, not '{text}'.");

    private static InvalidOperationException Unfit(SettingDefinition d, Type target, string propertyName, string fits) =>
        new($"{propertyName} is {target.Name}, but setting '{d.Key}' ({d.Type}) binds only to {fits}.");
}
