namespace Stockbridge.Domain.Catalog;

/// <summary>One typed key/value pair; meta lists keep their order.</summary>
public sealed record MetaField(string Key, string Value, string Type = "string");
