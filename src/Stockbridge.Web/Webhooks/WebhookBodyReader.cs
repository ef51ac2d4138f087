using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Web.Webhooks;

/// <summary>Reads a request body once, as raw bytes, stopping as soon as it passes the limit.</summary>
internal static class WebhookBodyReader
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes));
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes) return null;
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return body.ToArray();
    }
}
