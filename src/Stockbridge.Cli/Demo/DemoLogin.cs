namespace Stockbridge.Cli.Demo;

/// <summary>The demo's console login. It exists only in the demo's throw-away store, on 127.0.0.1.</summary>
internal static class DemoLogin
{
    public const string Email = "admin@demo.local";
    public const string Password = "stockbridge-demo";
}
