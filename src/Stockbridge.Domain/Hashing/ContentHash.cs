using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Stockbridge.Domain.Hashing;

/// <summary>
/// SHA-256 of a record's canonical form, as lowercase hex. A change of hash is a change of record;
/// nothing else triggers work downstream.
/// </summary>
public static class ContentHash
{
    /// <summary>The hash of a typed record.</summary>
    public static string Of<T>(T record) => Hex(CanonicalJson.Of(record));

    /// <summary>The hash of a JSON tree.</summary>
    public static string Of(JsonNode? node) => Hex(CanonicalJson.Of(node));

    private static string Hex(byte[] canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical));
}
