using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage.Inbox;

namespace Stockbridge.Web.Webhooks;

/// <summary>
/// <c>POST /webhooks/{connectionId}</c>: size limit, routing, signature check, then a durable inbox write before the 200.
/// Nothing is parsed or processed here; the stored delivery's <c>webhook.process</c> job does that on a worker.
/// </summary>
internal sealed partial class WebhookIntake(
    WebhookTargetCache targets,
    InboxWriter inbox,
    RejectedWebhookLog rejections,
    JobWakeSignal wake,
    IOptions<WebhookIntakeOptions> options,
    TimeProvider time,
    ILogger<WebhookIntake> logger)
{
    private const int MaxConnectionIdLength = 128;
    private static readonly byte[] UnknownIdKey = RandomNumberGenerator.GetBytes(32);

    public async Task<IResult> ReceiveAsync(string connectionId, HttpRequest request, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxBodyBytes;
        if (request.ContentLength > maxBytes) return WebhookResults.TooLarge(maxBytes);
        var target = connectionId.Length <= MaxConnectionIdLength ? await targets.FindAsync(connectionId, cancellationToken) : null;

        var body = await WebhookBodyReader.ReadAsync(request, maxBytes, cancellationToken);
        if (body is null) return WebhookResults.TooLarge(maxBytes);
        if (target is null)
        {
            // The work of a signature check, so an unknown id answers no sooner than a known one with a wrong signature.
            _ = HMACSHA256.HashData(UnknownIdKey, body);
            return WebhookResults.NotAccepted();
        }
        var headers = WebhookHeaders.All(request.Headers);
        var verification = Verify(target, body, headers);
        if (!verification.Valid)
        {
            rejections.Log(connectionId, verification.Reason ?? "no reason given");
            return verification.MissingHeader is { } header ? WebhookResults.MissingHeader(header) : WebhookResults.NotAccepted();
        }
        if (verification.StoreNothing) return WebhookResults.AcknowledgedNotStored();

        var connection = target.Connection;
        var deliveryId = string.IsNullOrEmpty(verification.DeliveryId) ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body)) : verification.DeliveryId;
        var delivery = new InboxDelivery(connection.ClientId, connection.Id, deliveryId, verification.Topic, body,
            StoredHeaders.ToJson(WebhookHeaders.ToStore(headers)), time.GetUtcNow());
        InboxAppendResult stored;
        try
        {
            stored = await inbox.AppendAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(ex, connectionId);
            return WebhookResults.Unavailable();
        }
        if (!stored.Duplicate) wake.Wake();
        return WebhookResults.Stored(stored);
    }

    private WebhookVerification Verify(WebhookTarget target, byte[] body, Dictionary<string, string> headers)
    {
        try
        {
            return target.Verifier.Verify(new WebhookRequest(body, headers));
        }
        catch (Exception ex)
        {
            // The contract says Verify never throws; a connector that does is treated as rejecting (nothing stored).
            LogVerifierFailed(ex, target.Connection.Id);
            return WebhookVerification.Reject("the connector's verifier failed");
        }
    }

    [LoggerMessage(LogLevel.Error, "The webhook verifier of connection {ConnectionId} threw; the delivery was rejected")]
    private partial void LogVerifierFailed(Exception error, string connectionId);

    [LoggerMessage(LogLevel.Error, "Webhook to connection {ConnectionId} could not be stored; answered 503 so the sender retries")]
    private partial void LogStoreFailed(Exception error, string connectionId);
}
