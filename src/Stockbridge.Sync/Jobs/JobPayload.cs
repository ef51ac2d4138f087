using System.Text.Json;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Serialization;

namespace Stockbridge.Sync.Jobs;

/// <summary>Job payloads and results as snake_case JSON; an unreadable payload fails the job for good.</summary>
public static class JobPayload
{
    /// <summary>The JSON of a payload or result.</summary>
    public static string Write<T>(T value) => WireJson.Serialize(value);

    /// <summary>Reads a payload; a permanent error when it is not valid.</summary>
    public static T Read<T>(string payload)
    {
        try
        {
            return WireJson.Deserialize<T>(payload);
        }
        catch (JsonException ex)
        {
            throw new PermanentConnectorException($"The job payload is not a valid {typeof(T).Name}: {ex.Message}");
        }
    }
}
