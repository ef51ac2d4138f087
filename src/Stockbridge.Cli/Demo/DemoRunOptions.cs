namespace Stockbridge.Cli.Demo;

/// <summary>The demo command's options.</summary>
internal sealed record DemoRunOptions(int? DurationSeconds, int Port, int StockCodes, TimeSpan OrderEvery);
