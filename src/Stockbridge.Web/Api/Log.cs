using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Stockbridge.Web.Api;

internal static partial class Log
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Error, Message = "API request {Path} failed with {ErrorType}")]
    public static partial void Failed(ILogger logger, PathString path, string errorType);
}
