using Microsoft.AspNetCore.Http;
using Stockbridge.Storage.Inbox;

namespace Stockbridge.Web.Webhooks;

/// <summary>The intake's answers; errors are RFC 9457 problem details and never say more than the sender needs.</summary>
internal static class WebhookResults
{
    public static IResult Stored(InboxAppendResult stored) =>
        Results.Json(new { inbox_id = stored.InboxId, duplicate = stored.Duplicate }, statusCode: StatusCodes.Status200OK);

    public static IResult AcknowledgedNotStored() =>
        Results.Json(new { stored = false }, statusCode: StatusCodes.Status200OK);

    public static IResult TooLarge(int maxBytes) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Webhook body too large",
        detail: $"The body is larger than the {maxBytes} bytes this endpoint accepts; nothing was stored.");

    // One answer for an unknown, disabled or webhook-less connection id and for a wrong or missing signature: an
    // unauthenticated caller learns nothing about which connection ids exist (the intake also does the same work for both).
    public static IResult NotAccepted() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Webhook not accepted",
        detail: "No enabled connection with this id takes this delivery: the id is not one, or the signature is missing or does not match the body. Nothing was stored.");

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
