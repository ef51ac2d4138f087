namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>Runs a bulk mutation in the background (one mutation call per JSONL line of variables).</summary>
public interface IBulkRunner
{
    /// <summary>Starts the run; returns at once. The caller holds the state's gate.</summary>
    void Start(SimBulkOperation operation, byte[] variablesJsonl, string apiVersion);
}
