using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Roots;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>
/// Runs bulk mutations: one execution per JSONL line (not charged to the cost bucket), results as JSONL with
/// <c>__lineNumber</c>, then COMPLETED and the bulk_operations/finish webhook.
/// </summary>
public sealed class BulkOperationRunner(SimulatorRuntime runtime) : IBulkRunner
{
    private static readonly GraphQLSerializer Serializer = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public void Start(SimBulkOperation operation, byte[] variablesJsonl, string apiVersion)
    {
        var task = Task.Run(() => RunAsync(operation, variablesJsonl, apiVersion));
        _running[task] = 0;
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    public Task WhenIdleAsync() => Task.WhenAll(_running.Keys);

    private async Task RunAsync(SimBulkOperation operation, byte[] file, string apiVersion)
    {
        var s = runtime.State;
        var results = new StringBuilder();
        var lines = Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await Locked(() => operation.Status = "RUNNING");
        for (var i = 0; i < lines.Length; i++)
        {
            JsonObject line;
            try
            {
                var variables = Serializer.Deserialize<Inputs>(lines[i]);
                await s.Gate.WaitAsync();
                try
                {
                    var result = await new DocumentExecuter().ExecuteAsync(o =>
                    {
                        o.Schema = runtime.Schema;
                        o.Query = operation.Query;
                        o.Variables = variables;
                        o.Root = RootBuilder.Build(s, runtime.Shop, new ApiVersion(apiVersion));
                    });
                    line = JsonNode.Parse(Serializer.Serialize(result))!.AsObject();
                    operation.ObjectCount++;
                    operation.RootObjectCount++;
                }
                finally { s.Gate.Release(); }
            }
            catch (System.Text.Json.JsonException e)
            {
                line = new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = $"Invalid JSONL line: {e.Message}" }) };
            }
            line["__lineNumber"] = i;
            results.Append(RestPayloads.Serialize(line)).Append('\n');
        }
        await Locked(() =>
        {
            s.BulkResults[operation.Id] = Encoding.UTF8.GetBytes(results.ToString());
            operation.Url = new Uri(s.PublicUrl, $"_bulk-results/{operation.Id}.jsonl").ToString();
            operation.Status = "COMPLETED";
            operation.CompletedAt = s.Now;
            s.Publish("bulk_operations/finish", new JsonObject
            {
                ["admin_graphql_api_id"] = Gid.For("BulkOperation", operation.Id), ["completed_at"] = RestPayloads.Time(s.Now),
                ["created_at"] = RestPayloads.Time(operation.CreatedAt), ["error_code"] = null, ["status"] = "completed", ["type"] = "mutation",
            });
            return 0;
        });
    }

    private async Task Locked<T>(Func<T> action)
    {
        await runtime.State.Gate.WaitAsync();
        try { action(); }
        finally { runtime.State.Gate.Release(); }
    }
}
