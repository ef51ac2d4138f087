using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using GraphQL.SystemTextJson;
using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Roots;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// <c>POST /admin/api/{version}/graphql.json</c>: the version served (<see cref="ServedApiVersion"/>, named in
/// <c>X-Shopify-API-Version</c>), token check, injected faults, calculated cost against the shop's leaky bucket,
/// execution, and <c>extensions.cost</c> on every answer.
/// </summary>
public static class AdminGraphqlEndpoint
{
    private static readonly GraphQLSerializer Serializer = new();

    public static async Task<IResult> HandleAsync(HttpContext http, string requestedVersion, SimulatorRuntime sim)
    {
        if (ServedApiVersion.Resolve(requestedVersion, sim.Options.SupportedApiVersions) is not { } version)
            return Results.Json(new { errors = "Not Found" }, statusCode: 404);
        http.Response.Headers[ServedApiVersion.Header] = version;
        var faults = sim.Faults;
        if (faults.Latency > TimeSpan.Zero) await Task.Delay(faults.Latency, sim.Time, http.RequestAborted);
        if (http.Request.Headers["X-Shopify-Access-Token"] != sim.Options.AccessToken)
            return Results.Json(new { errors = "[API] Invalid API key or access token (unrecognized login or wrong password)" }, statusCode: 401);
        if (TakeServerError(sim)) return Results.Json(new { errors = "Internal Server Error" }, statusCode: 503);
        var request = await ReadRequestAsync(http);
        if (request?.Query is null)
            return Results.Json(new { errors = new { query = "Required parameter missing or invalid" } }, statusCode: 400);

        var cost = QueryCostCalculator.Calculate(request.Query, request.OperationName, request.Variables);
        if (cost > QueryCostCalculator.MaxQueryCost)
            return CostResponses.MaxCostExceeded(cost, sim.Bucket);
        if (faults.ThrottleUntil is { } until && sim.Time.GetUtcNow() < until)
            return CostResponses.Throttled(cost, 0, sim.Bucket, faults.ThrottleWith429);
        var (taken, _) = sim.Bucket.TryTake(cost);
        if (!taken) return CostResponses.Throttled(cost, sim.Bucket.Available, sim.Bucket, faults.ThrottleWith429);

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
        if (TakeMalformed(sim)) return Results.Text(text[..20], "application/json");
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

    private static bool TakeServerError(SimulatorRuntime sim)
    {
        lock (sim.Faults)
        {
            if (sim.Faults.ServerErrors > 0) { sim.Faults.ServerErrors--; return true; }
        }
        lock (sim.Random) return sim.Faults.ServerErrorRate > 0 && sim.Random.NextDouble() < sim.Faults.ServerErrorRate;
    }

    private static bool TakeMalformed(SimulatorRuntime sim)
    {
        lock (sim.Faults)
        {
            if (sim.Faults.MalformedResponses <= 0) return false;
            sim.Faults.MalformedResponses--;
            return true;
        }
    }
}
