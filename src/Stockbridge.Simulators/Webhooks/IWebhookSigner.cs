namespace Stockbridge.Simulators.Webhooks;

/// <summary>Signs a webhook body as the simulated system does; the dispatcher sends the signature in the system's header.</summary>
public interface IWebhookSigner
{
    /// <summary>The signature of the exact bytes sent, or null when the system does not sign.</summary>
    string? Sign(ReadOnlySpan<byte> body);
}
