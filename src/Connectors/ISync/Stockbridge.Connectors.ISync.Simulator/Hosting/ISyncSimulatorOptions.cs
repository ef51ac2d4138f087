namespace Stockbridge.Connectors.ISync.Simulator.Hosting;

/// <summary>How to start an iSync simulator.</summary>
public sealed record ISyncSimulatorOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }
    /// <summary>The username (or e-mail) the company accepts.</summary>
    public string Username { get; init; } = "webshop@outdoor.example";
    /// <summary>The password it accepts.</summary>
    public string Password { get; init; } = "isync-sim-password";
    /// <summary>How many products (JobProductIDs) to seed.</summary>
    public int Products { get; init; } = 60;
    /// <summary>How long a session token is good for.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(30);
    /// <summary>The warehouse whose prices and units the product listing carries.</summary>
    public string Warehouse { get; init; } = "Master";
    /// <summary>API calls allowed per minute before 429 (assumed).</summary>
    public int RequestsPerMinute { get; init; } = 1200;
    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
