namespace Stockbridge.Connectors.Source;

/// <summary>A record read incrementally, with the cursor to resume after it.</summary>
/// <typeparam name="T">The canonical record type.</typeparam>
/// <param name="Record">The record as it is now.</param>
/// <param name="Cursor">An opaque cursor; pass it back to read what changed after this record.</param>
public sealed record Changed<T>(T Record, string Cursor);
