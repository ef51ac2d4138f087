using System.Text.Json;
using Stockbridge.Storage.Records;

namespace Stockbridge.Web.Api.Records;

/// <summary>A hub record: its key, hash, version, origin and canonical data.</summary>
public sealed record RecordView(string Key, string Hash, long Version, DateTimeOffset UpdatedAt, string? Origin, JsonElement Data)
{
    /// <summary>The view of a stored record.</summary>
    public static RecordView From(HubRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var document = JsonDocument.Parse(record.Json);
        return new RecordView(record.Key, record.Hash, record.Version, record.UpdatedAt, record.Origin, document.RootElement.Clone());
    }
}
