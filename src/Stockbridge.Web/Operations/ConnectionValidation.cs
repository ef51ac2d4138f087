namespace Stockbridge.Web.Operations;

/// <summary>The outcome of checking submitted connection values against the connector's manifest.</summary>
/// <param name="Settings">Non-secret settings to store.</param>
/// <param name="Secrets">Secret settings to store (kept from the existing connection when left blank).</param>
/// <param name="Errors">Problems by setting key; empty when valid.</param>
public sealed record ConnectionValidation(
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Secrets,
    IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Whether the values are valid.</summary>
    public bool Valid => Errors.Count == 0;
}
