namespace Stockbridge.Connectors.Manifest;

/// <summary>How a setting is entered and validated.</summary>
public enum SettingType
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>An absolute http(s) URL.</summary>
    Url,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A decimal number.</summary>
    Decimal,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>One of <see cref="SettingDefinition.Choices"/>.</summary>
    Choice,
    /// <summary>A password, token or key: encrypted at rest, masked in every page and never logged.</summary>
    Secret,
}
