namespace Stockbridge.Connectors.Magento1.Simulator.Hosting;

/// <summary>How to start a simulated Magento 1 store.</summary>
public sealed record Magento1SimulatorOptions
{
    /// <summary>The port on 127.0.0.1 (0: a free one).</summary>
    public int Port { get; init; }
    /// <summary>The SOAP/XML-RPC API user it accepts.</summary>
    public string ApiUser { get; init; } = "stockbridge";
    /// <summary>That user's API key.</summary>
    public string ApiKey { get; init; } = "sim_api_key_0123456789";
    /// <summary>The Client Session Timeout after which a session gets fault 5.</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromHours(1);
    /// <summary>Magento's "WS-I Compliance: Yes": api/v2_soap answers in WS-I's shapes (as /api/wsi_soap always does).</summary>
    public bool WsiCompliance { get; init; }
    /// <summary>The clock (tests pass a fake one).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
