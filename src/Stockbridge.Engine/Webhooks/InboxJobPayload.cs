using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Engine.Webhooks;

/// <summary>Reads the inbox id from a <c>webhook.process</c> job's payload (the store writes it; a bare number or an object).</summary>
public static class InboxJobPayload
{
    /// <summary>The inbox id; a permanent error when the payload holds none.</summary>
    public static long InboxId(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Number && root.TryGetInt64(out var bare)) return bare;
            if (root.ValueKind == JsonValueKind.String && long.TryParse(root.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var text)) return text;
            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (string[])["inbox_id", "inboxId", "id"])
                {
                    if (root.TryGetProperty(name, out var id) && id.TryGetInt64(out var value)) return value;
                }
            }
        }
        catch (JsonException)
        {
            // fall through to the permanent error below
        }
        throw new PermanentConnectorException($"The webhook.process payload names no inbox entry: {Shorten(payload)}");
    }

    private static string Shorten(string payload) => payload.Length <= 100 ? payload : payload[..100] + "…";
}
