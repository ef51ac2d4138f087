namespace Stockbridge.Simulators.Tests.Support;

/// <summary>Body of the tiny simulator's <c>POST /admin/seed</c>.</summary>
public sealed record SeedItems(int Count);
