namespace Stockbridge.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Out, string Error);
