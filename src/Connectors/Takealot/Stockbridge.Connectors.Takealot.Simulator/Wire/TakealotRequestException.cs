namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>A request the simulated API refuses, with its status and Takealot's <c>{message}</c>.</summary>
public sealed class TakealotRequestException(int status, string message) : Exception(message)
{
    /// <summary>The HTTP status (400, 403, 404).</summary>
    public int Status { get; } = status;
}
