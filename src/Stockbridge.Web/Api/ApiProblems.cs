using Microsoft.AspNetCore.Http;

namespace Stockbridge.Web.Api;

/// <summary>The API's error answers, all RFC 9457 problem details. Another client's ids are "not found", never "forbidden".</summary>
internal static class ApiProblems
{
    public static IResult NotFound(string what, string id) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"No {what.ToLowerInvariant()} '{id}' exists for this client.");

    public static IResult Invalid(IReadOnlyDictionary<string, string[]> errors) => Results.ValidationProblem(
        new Dictionary<string, string[]>(errors), title: "The request is not valid");

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Conflict(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
