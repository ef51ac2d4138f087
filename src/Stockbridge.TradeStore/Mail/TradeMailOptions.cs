namespace Stockbridge.TradeStore.Mail;

/// <summary>The SMTP server invitations and password resets are sent through (config section <c>Stockbridge:TradeStore:Smtp</c>).</summary>
public sealed class TradeMailOptions
{
    public const string Section = "Stockbridge:TradeStore:Smtp";

    /// <summary>The SMTP host; without one, invitations are refused with that reason.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>Whether to require STARTTLS.</summary>
    public bool StartTls { get; set; }
    public string From { get; set; } = "trade-store@stockbridge.local";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
