using System.Globalization;
using System.Reflection;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Wsi;

/// <summary>
/// Copies between the SOAP v2 wire types and their WS-I twins (same property names; arrays and nested types copied
/// element by element, numbers and text converted). A property the target lacks, or of a shape it cannot take, is left out.
/// </summary>
public static class WsiShapes
{
    /// <summary>A <typeparamref name="T"/> carrying what <paramref name="source"/> holds, or null for null.</summary>
    public static T? Copy<T>(object? source) where T : class => (T?)Copy(source, typeof(T));

    private static object? Copy(object? source, Type target)
    {
        if (source is null) return null;
        var type = source.GetType();
        if (target.IsAssignableFrom(type)) return source;
        var scalar = Nullable.GetUnderlyingType(target) ?? target;
        if (scalar == typeof(string)) return source is bool flag ? (flag ? "1" : "0") : Convert.ToString(source, CultureInfo.InvariantCulture);
        if (scalar.IsPrimitive) return Scalar(source, scalar);
        if (source is Array items) return target.IsArray ? Items(items, target.GetElementType()!) : null;
        if (!target.IsClass || target.IsArray || type.IsPrimitive || source is string) return null;
        var copy = Activator.CreateInstance(target)!;
        foreach (var property in target.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || type.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance) is not { } from) continue;
            if (Copy(from.GetValue(source), property.PropertyType) is { } value) property.SetValue(copy, value);
        }
        return copy;
    }

    private static Array Items(Array items, Type element)
    {
        var copy = Array.CreateInstance(element, items.Length);
        for (var i = 0; i < items.Length; i++) copy.SetValue(Copy(items.GetValue(i), element), i);
        return copy;
    }

    // Text or another number as the target number type; text that is not one is left out (Magento would cast it to 0).
    private static object? Scalar(object source, Type scalar)
    {
        try
        {
            return Convert.ChangeType(source, scalar, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }
}
