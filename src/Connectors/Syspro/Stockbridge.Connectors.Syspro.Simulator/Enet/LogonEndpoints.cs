using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>Logon, Logoff, GetVersion and GetLogonProfile.</summary>
internal static class LogonEndpoints
{
    /// <summary>What GetVersion answers.</summary>
    public const string EnetVersion = "8.0.0.212";

    public static async Task LogonAsync(HttpContext http, EnetCredentials credentials, SessionRegistry sessions, FaultInjector faults, EnetQuirks quirks)
    {
        if (await FaultGate.BeforeAsync(http, faults.Match(FaultTarget.Logon), sessions, null)) return;
        var q = http.Request.Query;
        string? error = null;
        if (!string.Equals(q["Operator"], credentials.Operator, StringComparison.OrdinalIgnoreCase))
            error = $"ERROR: Operator '{q["Operator"]}' not found";
        else if (!string.Equals(q["OperatorPassword"], credentials.OperatorPassword, StringComparison.Ordinal))
            error = "ERROR: Invalid operator password";
        else if (!string.Equals(q["CompanyId"], credentials.CompanyId, StringComparison.OrdinalIgnoreCase))
            error = $"ERROR: Company '{q["CompanyId"]}' is not a valid company";
        await EnetReply.TextAsync(http, error ?? sessions.Logon(credentials.Operator) + "  ", quirks);
    }

    public static async Task LogoffAsync(HttpContext http, SessionRegistry sessions, EnetQuirks quirks)
    {
        var userId = http.Request.Query["UserId"].ToString();
        await EnetReply.TextAsync(http, sessions.Logoff(userId) ? "0" : FaultGate.NotLoggedOn(userId), quirks);
    }

    public static Task GetVersionAsync(HttpContext http, EnetQuirks quirks) => EnetReply.TextAsync(http, EnetVersion, quirks);

    public static async Task GetLogonProfileAsync(HttpContext http, SessionRegistry sessions, EnetCredentials credentials, EnetQuirks quirks)
    {
        var userId = http.Request.Query["UserId"].ToString();
        if (sessions.Use(userId) is not { } op)
        {
            await EnetReply.TextAsync(http, FaultGate.NotLoggedOn(userId), quirks);
            return;
        }
        await EnetReply.XmlAsync(http, new XElement("LogonProfile",
            new XElement("CompanyName", "The Stockbridge Outdoors Company (simulated)"), new XElement("CompanyId", credentials.CompanyId),
            new XElement("OperatorCode", op), new XElement("DefaultWarehouse", "JHB"), new XElement("DefaultCustomer", "CASH"),
            new XElement("LocalCurrencyCode", "ZAR"), new XElement("SysproVersion", EnetReply.Version), new XElement("EnetVersion", EnetVersion),
            new XElement("DateFormat", "CCYY-MM-DD"), new XElement("DecimalFormat", ".")), quirks);
    }
}
