using Microsoft.AspNetCore.Http;
using Stockbridge.Storage.Inbox;

namespace Stockbridge.Web.Webhooks;

/// <summary>The intake's answers; errors are RFC 9457 problem details and never say more than the sender needs.</summary>
internal static class WebhookResults
{
    public static IResult Stored(InboxAppendResult stored) =>
        Results.Json(new { inbox_id = stored.InboxId, duplicate = stored.Duplicate }, statusCode: StatusCodes.Status200OK);

    public static IResult TooLarge(int maxBytes) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Webhook body too large",
        detail: $"The body is larger than the {maxBytes} bytes this endpoint accepts; nothing was stored.");

    // 404, not 405, also for a connection whose connector takes no webhooks: for that connection the webhook resource
    // does not exist (405 would claim it exists and owe an Allow header), and an unauthenticated caller learns nothing
    // about which connection ids exist or what they are.
    public static IResult NoSuchEndpoint() => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No webhook endpoint",
        detail: "No enabled connection that takes webhooks has this id.");

    public static IResult BadSignature() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Webhook signature invalid",
        detail: "The signature is missing or does not match the body; nothing was stored.");

    // Only reached once the signature matched, so the (authentic) sender may learn which header its delivery lacks.
    public static IResult MissingHeader(string header) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Webhook header missing",
        detail: $"The signature matches but the {header} header is missing; nothing was stored.");

    public static IResult Unavailable() => Results.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Webhook not stored",
        detail: "The delivery could not be stored durably; retry later.");
}
