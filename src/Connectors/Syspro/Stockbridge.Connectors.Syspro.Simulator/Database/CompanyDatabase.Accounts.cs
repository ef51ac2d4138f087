namespace Stockbridge.Connectors.Syspro.Simulator.Database;

public sealed partial class CompanyDatabase
{
    /// <summary>E-mails of trade accounts (not the cash account, not on hold), the largest credit limits first.</summary>
    public async Task<IReadOnlyList<string>> ListAccountEmailsAsync(string cashAccount, int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT Email FROM ArCustomer
            WHERE Customer <> $cash AND CustomerOnHold = 'N' AND Email <> ''
            ORDER BY CreditLimit DESC, Customer LIMIT $count
            """, ("$cash", cashAccount), ("$count", count));
        var emails = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) emails.Add(reader.GetString(0).Trim());
        return emails;
    }
}
