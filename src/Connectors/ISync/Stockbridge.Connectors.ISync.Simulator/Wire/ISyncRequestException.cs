namespace Stockbridge.Connectors.ISync.Simulator.Wire;

/// <summary>A request the simulated API refuses: its HTTP status and the contract's error code and message.</summary>
public sealed class ISyncRequestException(int status, string code, string message) : Exception(message)
{
    /// <summary>The HTTP status (400, 401, 404, 409, 422).</summary>
    public int Status { get; } = status;
    /// <summary>The error code, e.g. <c>DuplicatePONumber</c>.</summary>
    public string Code { get; } = code;
    /// <summary>The existing order's number, for <c>DuplicatePONumber</c>.</summary>
    public string? OrderNumber { get; init; }
}
