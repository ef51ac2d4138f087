using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;
using Stockbridge.Connectors.Syspro.Simulator.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>Transaction/Post: SORTOI (sales order import); any other business object is unlicensed here.</summary>
internal static class PostEndpoint
{
    public static async Task HandleAsync(HttpContext http, SessionRegistry sessions, FaultInjector faults, EnetQuirks quirks,
        CompanyDatabase company, TimeProvider time)
    {
        var q = http.Request.Query;
        var userId = q["UserId"].ToString();
        var businessObject = q["BusinessObject"].ToString().Trim().ToUpperInvariant();
        if (businessObject != "SORTOI")
        {
            await EnetReply.TextAsync(http, $"ERROR: e.net exception 100000 - business object '{businessObject}' is not licensed for this operator", quirks);
            return;
        }

        XElement parametersXml, document;
        try
        {
            parametersXml = string.IsNullOrWhiteSpace(q["XmlParameters"]) ? new XElement("SalesOrders") : XmlNames.Parse(q["XmlParameters"].ToString());
            document = XmlNames.Parse(q["XmlIn"].ToString());
        }
        catch (XmlException e)
        {
            await EnetReply.TextAsync(http, $"ERROR: XmlIn is not valid XML: {e.Message}", quirks);
            return;
        }
        var orders = SortoiOrder.ParseAll(document);
        var fault = faults.Match(FaultTarget.Sortoi, orders.Select(o => o.CustomerPoNumber).ToList());
        if (await FaultGate.BeforeAsync(http, fault, sessions, userId)) return;
        if (sessions.OperatorOf(userId) is null)
        {
            await EnetReply.TextAsync(http, FaultGate.NotLoggedOn(userId), quirks);
            return;
        }

        var today = time.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The work is committed whatever happens to the caller's connection from here on.
        var reply = await SortoiProcessor.PostAsync(company, SortoiParameters.Parse(parametersXml), orders, today, quirks.SortoiStatusOnlyReply, CancellationToken.None);
        if (await FaultGate.AfterCommitAsync(http, fault)) return;
        await EnetReply.XmlAsync(http, reply, quirks);
    }
}
