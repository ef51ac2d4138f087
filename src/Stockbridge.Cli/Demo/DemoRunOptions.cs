namespace Stockbridge.Cli.Demo;

/// <summary>The demo command's options.</summary>
internal sealed record DemoRunOptions(string Source, string Channel, int? DurationSeconds, int Port, int StockCodes, TimeSpan OrderEvery, string? Fulfillment = null);
