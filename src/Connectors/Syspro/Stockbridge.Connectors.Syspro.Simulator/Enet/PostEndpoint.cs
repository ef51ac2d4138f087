using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>
/// Transaction/Post: SORTOI (sales order import); any other business object is unlicensed here. The REST binding
/// carries the parameters in the query string (so a long document meets the URL limit); the SOAP binding
/// (<see cref="SoapEndpoint"/>) carries them in the body and runs the same <see cref="PostAsync"/>.
/// </summary>
internal static class PostEndpoint
{
    public static async Task HandleAsync(HttpContext http, SessionRegistry sessions, FaultInjector faults, EnetQuirks quirks,
        CompanyDatabase company, TimeProvider time)
    {
        var q = http.Request.Query;
        var request = new PostRequest(q["UserId"].ToString(), q["BusinessObject"].ToString(), q["XmlParameters"].ToString(), q["XmlIn"].ToString());
        if (await PostAsync(http, request, sessions, faults, quirks, company, time) is { } reply) await EnetReply.WriteAsync(http, reply);
    }

    /// <summary>Runs the post; the reply's bytes, or null when an injected fault already finished the call.</summary>
    public static async Task<byte[]?> PostAsync(HttpContext http, PostRequest request, SessionRegistry sessions, FaultInjector faults,
        EnetQuirks quirks, CompanyDatabase company, TimeProvider time)
    {
        var businessObject = request.BusinessObject.Trim().ToUpperInvariant();
        if (businessObject != "SORTOI")
            return EnetReply.TextBytes($"ERROR: e.net exception 100000 - business object '{businessObject}' is not licensed for this operator", quirks);

        XElement parametersXml, document;
        try
        {
            parametersXml = string.IsNullOrWhiteSpace(request.XmlParameters) ? new XElement("SalesOrders") : XmlNames.Parse(request.XmlParameters);
            document = XmlNames.Parse(request.XmlIn);
        }
        catch (XmlException e)
        {
            return EnetReply.TextBytes($"ERROR: XmlIn is not valid XML: {e.Message}", quirks);
        }
        var orders = SortoiOrder.ParseAll(document);
        var fault = faults.Match(FaultTarget.Sortoi, orders.Select(o => o.CustomerPoNumber).ToList());
        if (await FaultGate.BeforeAsync(http, fault, sessions, request.UserId)) return null;
        if (sessions.Use(request.UserId) is null) return EnetReply.TextBytes(FaultGate.NotLoggedOn(request.UserId), quirks);

        var today = time.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The work is committed whatever happens to the caller's connection from here on.
        var reply = await SortoiProcessor.PostAsync(company, SortoiParameters.Parse(parametersXml), orders, today, quirks.SortoiStatusOnlyReply, CancellationToken.None);
        if (await FaultGate.AfterCommitAsync(http, fault)) return null;
        return EnetReply.XmlBytes(reply, quirks);
    }
}
