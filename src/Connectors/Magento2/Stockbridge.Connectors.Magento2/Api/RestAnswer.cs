using System.Net;

namespace Stockbridge.Connectors.Magento2.Api;

/// <summary>One HTTP answer as read: its status, its body (bounded), the Retry-After and the admin token the call carried.</summary>
internal sealed record RestAnswer(HttpStatusCode Status, string Body, TimeSpan? RetryAfter, string? UsedToken);
