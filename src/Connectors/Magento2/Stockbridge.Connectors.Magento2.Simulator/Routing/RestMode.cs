namespace Stockbridge.Connectors.Magento2.Simulator.Routing;

/// <summary>How a call reached the web API: <c>V1</c>, <c>async/V1</c> or <c>async/bulk/V1</c>.</summary>
public enum RestMode
{
    /// <summary><c>/rest/{store}/V1/…</c>: run now, answer the result.</summary>
    Synchronous,
    /// <summary><c>/rest/{store}/async/V1/…</c>: one operation queued, answer a bulk uuid.</summary>
    Asynchronous,
    /// <summary><c>/rest/{store}/async/bulk/V1/…</c>: a JSON array of bodies queued as one bulk.</summary>
    Bulk,
}
