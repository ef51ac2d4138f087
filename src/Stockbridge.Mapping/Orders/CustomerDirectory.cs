namespace Stockbridge.Mapping.Orders;

/// <summary>The hub's customer accounts, looked up by code and by email (case-insensitive).</summary>
public sealed class CustomerDirectory
{
    private readonly Dictionary<string, CustomerAccount> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CustomerAccount> byEmail = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the directory; the first account with an email wins that email.</summary>
    public CustomerDirectory(IEnumerable<CustomerAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        foreach (var account in accounts)
        {
            byCode.TryAdd(account.Code, account);
            if (!string.IsNullOrWhiteSpace(account.Email)) byEmail.TryAdd(account.Email.Trim(), account);
        }
    }

    /// <summary>An empty directory.</summary>
    public static CustomerDirectory Empty { get; } = new([]);

    /// <summary>The account with this code, or null.</summary>
    public CustomerAccount? ByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The account with this email, or null.</summary>
    public CustomerAccount? ByEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : byEmail.GetValueOrDefault(email.Trim());
}
