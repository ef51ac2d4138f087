using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Stockbridge.TradeStore.Mail;

/// <summary>Sends the store's e-mails (plain text) through the configured SMTP server with MailKit.</summary>
public sealed class TradeMailer(IOptions<TradeMailOptions> options)
{
    /// <summary>The reason given when no SMTP server is configured.</summary>
    public const string NotConfigured = $"No SMTP server is configured ({TradeMailOptions.Section}:Host), so no e-mail can be sent.";

    /// <summary>Whether an SMTP server is configured.</summary>
    public bool Configured => !string.IsNullOrWhiteSpace(options.Value.Host);

    /// <summary>Sends one message; throws <see cref="InvalidOperationException"/> when no server is configured.</summary>
    public async Task SendAsync(string to, string subject, string text, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!Configured) throw new InvalidOperationException(NotConfigured);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(o.Host!, o.Port, o.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
