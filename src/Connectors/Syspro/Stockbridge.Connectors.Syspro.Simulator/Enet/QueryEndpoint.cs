using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Enet.Queries;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>Query/Query: INVQRY, ARSQRY, SORQRY and COMFND over the company database.</summary>
internal static class QueryEndpoint
{
    public static async Task HandleAsync(HttpContext http, SessionRegistry sessions, FaultInjector faults, EnetQuirks quirks, CompanyDatabase company)
    {
        var q = http.Request.Query;
        var userId = q["UserId"].ToString();
        var fault = faults.Match(FaultTarget.Query);
        if (await FaultGate.BeforeAsync(http, fault, sessions, userId)) return;
        if (sessions.Use(userId) is null)
        {
            await EnetReply.TextAsync(http, FaultGate.NotLoggedOn(userId), quirks);
            return;
        }

        XElement request;
        try { request = XmlNames.Parse(q["XmlIn"].ToString()); }
        catch (XmlException e)
        {
            await EnetReply.TextAsync(http, $"ERROR: XmlIn is not valid XML: {e.Message}", quirks);
            return;
        }

        var businessObject = q["BusinessObject"].ToString().Trim().ToUpperInvariant();
        XElement? reply = businessObject switch
        {
            "INVQRY" => await InventoryQuery.RunAsync(company, request, http.RequestAborted),
            "ARSQRY" => await CustomerQuery.RunAsync(company, request, http.RequestAborted),
            "SORQRY" => await SalesOrderQuery.RunAsync(company, request, http.RequestAborted),
            "COMFND" => await GenericFindQuery.RunAsync(company, request, http.RequestAborted),
            _ => null,
        };
        if (reply is null)
        {
            await EnetReply.TextAsync(http, $"ERROR: e.net exception 100000 - business object '{businessObject}' is not licensed for this operator", quirks);
            return;
        }
        if (await FaultGate.AfterCommitAsync(http, fault)) return;
        await EnetReply.XmlAsync(http, reply, quirks);
    }
}
