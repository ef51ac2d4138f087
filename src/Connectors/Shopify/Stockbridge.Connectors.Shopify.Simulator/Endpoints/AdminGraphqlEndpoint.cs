using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using GraphQL.SystemTextJson;
using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Roots;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// <c>POST /admin/api/{version}/graphql.json</c>: the version served (<see cref="ServedApiVersion"/>, named in
/// <c>X-Shopify-API-Version</c>), token check, injected faults, calculated cost against the shop's leaky bucket,
/// execution, and <c>extensions.cost</c> on every answer. Fault rules for these calls target <see cref="FaultTarget"/>
/// (or <c>*</c>); each kind is checked at its step: latency before the token check, a server error (503 unless the rule
/// says) or a dropped connection after it, a throttle storm (THROTTLED with HTTP 200, or 429 when the rule's status
/// is 429) before the bucket, a timeout after commit or a truncated body after execution.
/// </summary>
public static class AdminGraphqlEndpoint
{
    private static readonly GraphQLSerializer Serializer = new();

    /// <summary>The fault target naming Admin GraphQL calls.</summary>
    public const string FaultTarget = "graphql";

    public static async Task<IResult> HandleAsync(HttpContext http, string requestedVersion, SimulatorRuntime sim)
    {
        if (ServedApiVersion.Resolve(requestedVersion, sim.Options.SupportedApiVersions) is not { } version)
            return Results.Json(new { errors = "Not Found" }, statusCode: 404);
        http.Response.Headers[ServedApiVersion.Header] = version;
        var faults = sim.Faults;
        if (faults.Match(FaultTarget, FaultKind.Latency) is { } latency)
            await Task.Delay(TimeSpan.FromMilliseconds(latency.LatencyMs), sim.Time, http.RequestAborted);
        if (http.Request.Headers["X-Shopify-Access-Token"] != sim.Options.AccessToken)
            return Results.Json(new { errors = "[API] Invalid API key or access token (unrecognized login or wrong password)" }, statusCode: 401);
        if (faults.Match(FaultTarget, FaultKind.ServerError) is { } serverError)
            return serverError.Body is { } errorBody
                ? Results.Text(errorBody, "application/json", statusCode: serverError.Status ?? 503)
                : Results.Json(new { errors = "Internal Server Error" }, statusCode: serverError.Status ?? 503);
        if (faults.Match(FaultTarget, FaultKind.DropConnection) is not null)
        {
            http.Abort();
            return Results.Empty;
        }
        var request = await ReadRequestAsync(http);
        if (request?.Query is null)
            return Results.Json(new { errors = new { query = "Required parameter missing or invalid" } }, statusCode: 400);

        var cost = QueryCostCalculator.Calculate(request.Query, request.OperationName, request.Variables);
        if (cost > QueryCostCalculator.MaxQueryCost)
            return CostResponses.MaxCostExceeded(cost, sim.Bucket);
        if (faults.Match(FaultTarget, FaultKind.Throttle) is { } storm)
            return CostResponses.Throttled(cost, 0, sim.Bucket, storm.Status == StatusCodes.Status429TooManyRequests);
        var (taken, _) = sim.Bucket.TryTake(cost);
        if (!taken) return CostResponses.Throttled(cost, sim.Bucket.Available, sim.Bucket, with429: false);

        var body = await ExecuteAsync(request, version, sim, http.RequestAborted);
        if (ShopifyErrorWording.Reword(body, request.Query))
        {
            sim.Bucket.Refund(cost); // a document that does not parse runs nothing and costs nothing
            return Results.Text(RestPayloads.Serialize(body), "application/json");
        }
        var actual = ActualCostCalculator.Calculate(request.Query, request.OperationName, body["data"], cost);
        sim.Bucket.Refund(cost - actual);
        body["extensions"] = CostResponses.Extensions(cost, actual, sim.Bucket.Available, sim.Bucket);
        var text = RestPayloads.Serialize(body); // unescaped quotes and apostrophes, as Shopify writes them
        if (await FaultResponses.AfterCommitAsync(http, faults.Match(FaultTarget, FaultKind.TimeoutAfterCommit), sim.Time)) return Results.Empty;
        if (faults.Match(FaultTarget, FaultKind.MalformedResponse) is not null)
            return Results.Text(MalformedPayload.Truncate(text, 20), "application/json");
        return Results.Text(text, "application/json");
    }

    private static async Task<JsonObject> ExecuteAsync(GraphQLRequest request, string version, SimulatorRuntime sim, CancellationToken ct)
    {
        await sim.State.Gate.WaitAsync(ct);
        try
        {
            var result = await new DocumentExecuter().ExecuteAsync(o =>
            {
                o.Schema = sim.Schema;
                o.Query = request.Query;
                o.Variables = request.Variables;
                o.OperationName = request.OperationName;
                o.Root = RootBuilder.Build(sim.State, sim.Shop, new ApiVersion(version));
                o.CancellationToken = ct;
            });
            return JsonNode.Parse(Serializer.Serialize(result))!.AsObject();
        }
        finally
        {
            sim.State.Gate.Release();
        }
    }

    private static async Task<GraphQLRequest?> ReadRequestAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        if (http.Request.ContentType?.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase) == true)
            return new GraphQLRequest { Query = text };
        try { return Serializer.Deserialize<GraphQLRequest>(text); }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
