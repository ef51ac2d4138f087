using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Takealot.Simulator.State;

/// <summary>A batch of offer writes: pending when taken, then completed (status 2: Success, 3: Failure) with a result per item.</summary>
public sealed class TakealotBatch
{
    /// <summary>Pending.</summary>
    public const int Pending = 1;
    /// <summary>Completed, every item written.</summary>
    public const int Success = 2;
    /// <summary>Completed with at least one item refused.</summary>
    public const int Failure = 3;

    /// <summary>Its id.</summary>
    public required int BatchId { get; init; }
    /// <summary>The items as sent.</summary>
    public required IReadOnlyList<JsonObject> Items { get; init; }
    /// <summary>Its status id.</summary>
    public int StatusId { get; set; } = Pending;
    /// <summary>One result per item once completed: <c>{offer, validation_errors}</c>.</summary>
    public JsonArray Results { get; set; } = [];
    /// <summary>When it completes (the simulator's processing delay).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The status words.</summary>
    public string Description => StatusId switch { Pending => "Pending", Success => "Success", _ => "Failure" };
}
