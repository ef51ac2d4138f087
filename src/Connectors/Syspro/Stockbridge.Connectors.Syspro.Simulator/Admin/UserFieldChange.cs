namespace Stockbridge.Connectors.Syspro.Simulator.Admin;

/// <summary>Body of PUT /admin/stock-codes/{code}/user-fields/{n}.</summary>
public sealed record UserFieldChange(string Value);
