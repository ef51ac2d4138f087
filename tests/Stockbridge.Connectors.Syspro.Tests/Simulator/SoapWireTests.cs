using System.Net;
using System.Text;
using System.Xml.Linq;
using Stockbridge.Connectors.Syspro.Tests.Support;

namespace Stockbridge.Connectors.Syspro.Tests.Simulator;

/// <summary>The simulator's SOAP (BasicHttp) binding, spoken by hand: envelope, SOAPAction, base64 result, faults.</summary>
public sealed class SoapWireTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    private static readonly HttpClient Http = new();
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Service = "http://SYSPROWcfService";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TransactionPost_UnknownSession_ResultCarriesTheSameErrorAsRest()
    {
        var refused = fixture.Simulator.Sessions.RefusedCalls;
        using var response = await PostAsync("TransactionPost", ("UserId", "NOT-A-SESSION"), ("BusinessObject", "SORTOI"), ("XmlParameters", ""),
            ("XmlIn", "<SalesOrders><Orders><OrderHeader><CustomerPoNumber>#SOAP1</CustomerPoNumber></OrderHeader></Orders></SalesOrders>"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct))
            .Root!.Element(Soap + "Body")!.Element(Service + "TransactionPostResponse")!.Element(Service + "TransactionPostResult")!.Value;
        Encoding.Latin1.GetString(Convert.FromBase64String(result)).ShouldStartWith("ERROR: Invalid UserId 'NOT-A-SESSION'");
        fixture.Simulator.Sessions.RefusedCalls.ShouldBe(refused + 1);
    }

    [Fact]
    public async Task UnknownOperation_SoapFault500()
    {
        using var response = await PostAsync("QueryQuery", ("UserId", "x"));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("does not serve the operation 'QueryQuery'");
    }

    [Fact]
    public async Task SoapActionNotTheOperation_SoapFault500()
    {
        using var response = await PostAsync("GetVersion", soapAction: "TransactionPost");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("does not match");
    }

    [Fact]
    public async Task NotTextXml_Answers415()
    {
        using var response = await Http.PostAsync(fixture.Simulator.EnetSoapUrl, new StringContent("{}", Encoding.UTF8, "application/json"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<HttpResponseMessage> PostAsync(string operation, params (string Name, string Value)[] parts) => await PostAsync(operation, operation, parts);

    private async Task<HttpResponseMessage> PostAsync(string operation, string soapAction, params (string Name, string Value)[] parts)
    {
        var envelope = new XElement(Soap + "Envelope", new XElement(Soap + "Body", new XElement(Service + operation, parts.Select(p => new XElement(Service + p.Name, p.Value)))));
        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.Simulator.EnetSoapUrl)
        {
            Content = new StringContent(envelope.ToString(), Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{soapAction}\"");
        return await Http.SendAsync(request, Ct);
    }
}
