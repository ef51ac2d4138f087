using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>
/// The storage side of bulk operations: <c>POST /_staged-uploads</c> takes the multipart form a staged target
/// describes (its parameters, then the file), and <c>GET /_bulk-results/{id}.jsonl</c> serves a finished run's results.
/// </summary>
public static class BulkFileEndpoints
{
    public static void MapBulkFiles(this IEndpointRouteBuilder app)
    {
        app.MapPost("/_staged-uploads", async (HttpRequest request, SimulatorRuntime r) =>
        {
            if (!request.HasFormContentType) return Results.BadRequest("multipart/form-data expected");
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var key = form["key"].ToString();
            var file = form.Files.FirstOrDefault();
            if (string.IsNullOrEmpty(key) || file is null) return Results.BadRequest("key and file are required");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            await r.State.Gate.WaitAsync(request.HttpContext.RequestAborted);
            try { r.State.StagedFiles[key] = buffer.ToArray(); }
            finally { r.State.Gate.Release(); }
            return Results.Text($"<PostResponse><Key>{key}</Key></PostResponse>", "application/xml", statusCode: 201);
        }).DisableAntiforgery();
        app.MapGet("/_bulk-results/{id:long}.jsonl", async (long id, SimulatorRuntime r) =>
        {
            await r.State.Gate.WaitAsync();
            try { return r.State.BulkResults.TryGetValue(id, out var bytes) ? Results.Bytes(bytes, "application/jsonl") : Results.NotFound(); }
            finally { r.State.Gate.Release(); }
        });
    }
}
