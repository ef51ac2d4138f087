namespace Stockbridge.Connectors.Acme.Simulator.Wire;

/// <summary>A request the simulated API refuses, with its status and the error it answers.</summary>
public sealed class AcmeRequestException(int status, string error) : Exception(error)
{
    /// <summary>The HTTP status (400, 404, 422).</summary>
    public int Status { get; } = status;
}
