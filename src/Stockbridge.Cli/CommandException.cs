namespace Stockbridge.Cli;

/// <summary>A command that cannot go on, with the sentence to print. Exit code 2.</summary>
internal sealed class CommandException(string message) : Exception(message);
