namespace Stockbridge.Connectors.Parcelninja.Simulator.Wire;

/// <summary>A request the API refuses: answered with <see cref="Status"/>, <c>x-parcelninja-error-message</c> and <c>{message}</c>.</summary>
public sealed class ParcelninjaRequestException(int status, string message) : Exception(message)
{
    /// <summary>The HTTP status to answer.</summary>
    public int Status { get; } = status;
}
