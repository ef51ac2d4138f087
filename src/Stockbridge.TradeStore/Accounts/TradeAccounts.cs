using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage.Records;
using Stockbridge.TradeStore.Mail;
using Stockbridge.Web.Security;

namespace Stockbridge.TradeStore.Accounts;

/// <summary>
/// Trade customers' logins to a store: invitation (by the merchant, for an ERP customer with an e-mail), accepting it or a
/// reset link by setting a password, asking for a reset, and checking a password. Links carry a one-time token.
/// </summary>
public sealed class TradeAccounts
{
    private readonly StoreRecords records;
    private readonly TradeMailer mailer;
    private readonly TimeProvider time;

    internal TradeAccounts(StoreRecords records, TradeMailer mailer, TimeProvider time) => (this.records, this.mailer, this.time) = (records, mailer, time);

    /// <summary>The account of a customer in a store, or null.</summary>
    public Task<TradeAccount?> GetAsync(string clientId, string storeId, string customerCode, CancellationToken ct) =>
        records.GetAsync<TradeAccount>(clientId, TradeEntities.Account, TradeEntities.Key(storeId, customerCode), ct);

    /// <summary>Every account of a store.</summary>
    public async Task<IReadOnlyList<TradeAccount>> ListAsync(string clientId, string storeId, CancellationToken ct) =>
        [.. (await records.ListAsync(clientId, TradeEntities.Account, TradeEntities.Key(storeId, ""), ct)).Select(r => WireJson.Deserialize<TradeAccount>(r.Json))];

    /// <summary>The store's account with this e-mail (case-insensitive), or null.</summary>
    public async Task<TradeAccount?> FindByEmailAsync(string clientId, string storeId, string email, CancellationToken ct) =>
        (await ListAsync(clientId, storeId, ct)).FirstOrDefault(a => string.Equals(a.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Invites the ERP customer: a new one-time token, mailed as a link under <paramref name="storeUrl"/>. Refused (with the
    /// reason) for a customer without an e-mail, or when no SMTP server is configured.
    /// </summary>
    public async Task InviteAsync(string clientId, string storeId, Customer customer, Uri storeUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(storeUrl);
        if (string.IsNullOrWhiteSpace(customer.Email)) throw new InvalidOperationException($"Customer {customer.SourceCustomerCode} has no e-mail address in the ERP.");
        if (!mailer.Configured) throw new InvalidOperationException(TradeMailer.NotConfigured);
        var taken = await FindByEmailAsync(clientId, storeId, customer.Email, ct);
        if (taken is not null && taken.CustomerCode != customer.SourceCustomerCode)
            throw new InvalidOperationException($"{customer.Email} already signs in for customer {taken.CustomerCode}.");
        var token = OneTimeTokens.New();
        var now = time.GetUtcNow();
        var account = (await GetAsync(clientId, storeId, customer.SourceCustomerCode, ct) ?? new TradeAccount { CustomerCode = customer.SourceCustomerCode, Email = customer.Email })
            with { Email = customer.Email.Trim(), TokenHash = OneTimeTokens.Hash(token), TokenExpires = now + OneTimeTokens.Lifetime, InvitedAt = now };
        await records.SaveAsync(clientId, TradeEntities.Account, TradeEntities.Key(storeId, account.CustomerCode), storeId, account, "invited to the trade store", ct);
        var link = new Uri(storeUrl, $"password?code={Uri.EscapeDataString(account.CustomerCode)}&token={token}");
        await mailer.SendAsync(account.Email, "Your trade store account",
            $"You have been invited to order online on account {account.CustomerCode}.\n\nSet your password here (the link works for 3 days):\n{link}\n", ct);
    }

    /// <summary>Mails a reset link when the e-mail has an account (and says nothing either way, so no one learns which exist).</summary>
    public async Task RequestResetAsync(string clientId, string storeId, string email, Uri storeUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storeUrl);
        if (email.Length is 0 or > 320 || await FindByEmailAsync(clientId, storeId, email, ct) is not { } account) return;
        var token = OneTimeTokens.New();
        var saved = account with { TokenHash = OneTimeTokens.Hash(token), TokenExpires = time.GetUtcNow() + OneTimeTokens.Lifetime };
        await records.SaveAsync(clientId, TradeEntities.Account, TradeEntities.Key(storeId, account.CustomerCode), storeId, saved, "password reset requested", ct);
        var link = new Uri(storeUrl, $"password?code={Uri.EscapeDataString(account.CustomerCode)}&token={token}");
        await mailer.SendAsync(account.Email, "Reset your trade store password", $"Set a new password here (the link works for 3 days):\n{link}\n\nIf you did not ask, ignore this e-mail.\n", ct);
    }

    /// <summary>Sets the password when the token is the account's live one (then the token is spent); false otherwise.</summary>
    public async Task<bool> SetPasswordAsync(string clientId, string storeId, string customerCode, string token, string password, CancellationToken ct)
    {
        var account = await GetAsync(clientId, storeId, customerCode, ct);
        if (account is null || account.TokenExpires is not { } expires || expires <= time.GetUtcNow() || !OneTimeTokens.Matches(account.TokenHash, token)) return false;
        var saved = account with { PasswordHash = PasswordHashing.Hash(password), TokenHash = null, TokenExpires = null, PasswordSetAt = time.GetUtcNow() };
        await records.SaveAsync(clientId, TradeEntities.Account, TradeEntities.Key(storeId, customerCode), storeId, saved, "password set", ct);
        return true;
    }

    /// <summary>Sets a password directly (the demo's sample login); the merchant's way is an invitation.</summary>
    public async Task SetPasswordDirectlyAsync(string clientId, string storeId, string customerCode, string email, string password, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var account = new TradeAccount { CustomerCode = customerCode, Email = email, PasswordHash = PasswordHashing.Hash(password), InvitedAt = now, PasswordSetAt = now };
        await records.SaveAsync(clientId, TradeEntities.Account, TradeEntities.Key(storeId, customerCode), storeId, account, "password set by the operator", ct);
    }

    /// <summary>The account whose e-mail and password match, or null (the same work whether the e-mail exists or not).</summary>
    public async Task<TradeAccount?> VerifyAsync(string clientId, string storeId, string email, string password, CancellationToken ct)
    {
        var account = email.Length is > 0 and < 320 ? await FindByEmailAsync(clientId, storeId, email, ct) : null;
        return PasswordHashing.VerifyOrDummy(account?.PasswordHash, password) ? account : null;
    }
}
