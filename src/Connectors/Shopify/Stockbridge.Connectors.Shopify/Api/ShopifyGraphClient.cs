using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Shopify.Settings;

namespace Stockbridge.Connectors.Shopify.Api;

/// <summary>
/// Sends Admin GraphQL calls and turns every failure into the hub's error classes: 401/402/423 → permanent,
/// THROTTLED/429 → rate-limited with the wait the bucket needs, 5xx/timeouts/malformed answers → transient.
/// Waits (by the connection's clock) before a call the bucket cannot pay for. The bucket is shared by every client of
/// the same shop in this process, so concurrent jobs pace each other. A THROTTLED answer means Shopify did not run the
/// call, so it is sent again after the bucket's wait while the waits add up to no more than
/// <see cref="ShopifyConstants.ThrottleResendBudget"/>: a long multi-page read then pays its way through a busy bucket
/// instead of failing and starting over. Beyond that it throws, and the engine decides. It never retries anything else.
/// When Shopify serves another version than the pinned one (X-Shopify-API-Version), it logs a warning.
/// </summary>
public sealed class ShopifyGraphClient(ConnectionContext context, ShopifySettings settings)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<string, ThrottleState> Buckets = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> ServedVersions = new(StringComparer.Ordinal);

    public ThrottleState Throttle { get; } = Buckets.GetOrAdd(settings.GraphqlUrl.ToString(), _ => new ThrottleState(context.Time));

    /// <summary>Runs the call and returns its <c>data</c> object.</summary>
    public async Task<JsonElement> SendAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return await SendOnceAsync(request, cancellationToken);
            }
            catch (RateLimitedException e) when (e.RetryAfter is { } after && waited + after <= ShopifyConstants.ThrottleResendBudget)
            {
                waited += after;
                await Task.Delay(after, context.Time, cancellationToken);
            }
        }
    }

    private async Task<JsonElement> SendOnceAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        await PaceAsync(request.EstimatedCost, cancellationToken);
        using var message = new HttpRequestMessage(HttpMethod.Post, settings.GraphqlUrl)
        {
            Content = JsonContent.Create(new { query = request.Query, variables = request.Variables }, options: Json),
        };
        message.Headers.Add("X-Shopify-Access-Token", settings.AccessToken);
        HttpResponseMessage response;
        try
        {
            response = await context.Http.SendAsync(message, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"Shopify could not be reached: {e.Message}", e, outcomeUnknown: request.IsMutation);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientConnectorException("Shopify did not answer in time.", e, outcomeUnknown: request.IsMutation);
        }
        finally
        {
            // Answered or not, the call is no longer in flight; the answer's throttleStatus (read next) has counted it.
            Throttle.Settle(request.EstimatedCost);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.RetryAfter?.Delta is null && body.Contains("THROTTLED", StringComparison.Ordinal))
                ShopifyResponseReader.Read(body, request, Throttle, context.Logger); // a GraphQL THROTTLED answer sent as 429: wait what its bucket says
            CheckStatus(response, request);
            NoteServedVersion(response);
            return ShopifyResponseReader.Read(body, request, Throttle, context.Logger);
        }
    }

    // Waits until the bucket can pay, then takes the points in the same step (ThrottleState.TryReserve), so concurrent
    // callers queue. A background call (BackgroundWork) waits until half the bucket would still be left after it. After
    // MaxThrottleWait in all the call takes its points and goes anyway (Shopify then answers THROTTLED or runs it).
    private async Task PaceAsync(double cost, CancellationToken cancellationToken)
    {
        var background = BackgroundWork.IsActive;
        var waited = TimeSpan.Zero;
        TimeSpan wait;
        while ((wait = Throttle.TryReserve(cost, background)) > TimeSpan.Zero)
        {
            if (waited >= ShopifyConstants.MaxThrottleWait)
            {
                Throttle.Reserve(cost);
                return;
            }
            if (wait > ShopifyConstants.MaxThrottleWait - waited) wait = ShopifyConstants.MaxThrottleWait - waited;
            await Task.Delay(wait, context.Time, cancellationToken);
            waited += wait;
        }
    }

    // Shopify serves a retired or unknown version with the oldest supported one and names it in X-Shopify-API-Version:
    // every answer then follows a contract the connection was not pinned to. Warned once per endpoint and served version.
    private void NoteServedVersion(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("X-Shopify-API-Version", out var values) || values.FirstOrDefault() is not { } served) return;
        if (served == settings.ApiVersion) return;
        var endpoint = settings.GraphqlUrl.ToString();
        if (ServedVersions.TryGetValue(endpoint, out var noted) && noted == served) return;
        ServedVersions[endpoint] = served;
        context.Logger.LogWarning(
            "Shopify answered with API version {Served} although the connection pins {Pinned}: a retired or unknown version falls forward to the oldest supported one. Set api_version to a supported version.",
            served, settings.ApiVersion);
    }

    private void CheckStatus(HttpResponseMessage response, GraphRequest request)
    {
        var status = (int)response.StatusCode;
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                throw new PermanentConnectorException("Shopify rejected the access token (401): check access_token, and that the app is still installed on " + settings.ShopDomain + ".", "401");
            case HttpStatusCode.Forbidden:
                throw new PermanentConnectorException("Shopify refused the call (403): the app lacks a required access scope.", "403");
            case HttpStatusCode.PaymentRequired:
                throw new PermanentConnectorException("The shop is frozen (402): its Shopify bill is unpaid.", "402");
            case HttpStatusCode.Locked:
                throw new PermanentConnectorException("The shop is locked (423).", "423");
            case HttpStatusCode.NotFound:
                throw new PermanentConnectorException($"No Admin API at {settings.GraphqlUrl} (404): check shop_domain, admin_api_base_url and api_version.", "404");
            case HttpStatusCode.TooManyRequests:
                throw new RateLimitedException("Shopify answered 429 Too Many Requests.",
                    response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(Math.Max(1, request.EstimatedCost / Math.Max(1, Throttle.RestoreRate))));
        }
        if (status >= 500)
            throw new TransientConnectorException($"Shopify answered {status}.", outcomeUnknown: request.IsMutation);
        if (status is 430 or >= 400)
            throw new PermanentConnectorException($"Shopify answered {status}.", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
