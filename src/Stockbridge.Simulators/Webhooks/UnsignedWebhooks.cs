namespace Stockbridge.Simulators.Webhooks;

/// <summary>For systems that do not sign their webhooks: no signature header is sent.</summary>
public sealed class UnsignedWebhooks : IWebhookSigner
{
    /// <summary>The one instance.</summary>
    public static UnsignedWebhooks Instance { get; } = new();

    /// <inheritdoc />
    public string? Sign(ReadOnlySpan<byte> body) => null;
}
