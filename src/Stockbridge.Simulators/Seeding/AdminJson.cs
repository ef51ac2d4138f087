using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Stockbridge.Simulators.Seeding;

/// <summary>
/// The body handling of a simulator's admin endpoints (seed data, shopper and ERP-user actions): reads the JSON body
/// with the app's JSON options and answers a clear 400 <c>{"error": "..."}</c> when it is missing or malformed; the
/// change's own <see cref="ArgumentException"/> is a 400 and <see cref="KeyNotFoundException"/> a 404, in the same shape.
/// </summary>
public static class AdminJson
{
    /// <summary>Reads the body as <typeparamref name="TBody"/> and runs <paramref name="handle"/> on it.</summary>
    public static async Task<IResult> HandleAsync<TBody>(HttpContext http, Func<TBody, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(handle);
        var options = http.RequestServices.GetService<IOptions<JsonOptions>>()?.Value.SerializerOptions ?? JsonSerializerOptions.Web;
        TBody? body;
        try { body = await JsonSerializer.DeserializeAsync<TBody>(http.Request.Body, options, http.RequestAborted); }
        catch (JsonException e) { return Error(StatusCodes.Status400BadRequest, $"The body is not a valid {typeof(TBody).Name}: {e.Message}"); }
        if (body is null) return Error(StatusCodes.Status400BadRequest, $"The body must be a JSON {typeof(TBody).Name}.");
        return await ChangeAsync(() => handle(body));
    }

    /// <summary>Runs a change; its ArgumentException answers 400 and KeyNotFoundException 404, with <c>{"error": message}</c>.</summary>
    public static async Task<IResult> ChangeAsync(Func<Task<IResult>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        try { return await change(); }
        catch (KeyNotFoundException e) { return Error(StatusCodes.Status404NotFound, e.Message); }
        catch (ArgumentException e) { return Error(StatusCodes.Status400BadRequest, e.Message); }
    }

    /// <summary>Runs a change that answers nothing (204), with the errors of <see cref="ChangeAsync(Func{Task{IResult}})"/>.</summary>
    public static Task<IResult> ChangeAsync(Func<Task> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeAsync(async () => { await change(); return Results.NoContent(); });
    }

    /// <summary>An error answer: <c>{"error": message}</c>.</summary>
    public static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}
