namespace Stockbridge.Domain;

/// <summary>
/// Marks a list whose element order carries no meaning (tags, variants, addresses).
/// The canonical form sorts such lists so that their order never changes a content hash.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class UnorderedAttribute : Attribute;
