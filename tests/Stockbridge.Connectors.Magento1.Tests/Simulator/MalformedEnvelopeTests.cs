using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Stockbridge.Connectors.Magento1.Tests.Simulator;

/// <summary>Whatever is posted to the SOAP endpoints (v2 and WS-I), the answer is a SOAP fault envelope (text/xml), never an HTML error page.</summary>
public sealed class MalformedEnvelopeTests
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    [Theory]
    [InlineData("this is not xml at all")]
    [InlineData("<notsoap><x/></notsoap>")]
    [InlineData("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header/></s:Envelope>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x \"xx\">]><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>&x;</s:Body></s:Envelope>")]
    [InlineData("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><login xmlns=\"urn:Magento\"><username>a</username>")]
    public async Task A_malformed_envelope_gets_a_client_fault(string body)
    {
        await using var store = await TestStore.StartAsync();

        var (status, type, fault) = await PostAsync(store.SoapUrl, body, "login");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.StartsWith("text/xml", type, StringComparison.Ordinal);
        Assert.Equal("Client", Local(fault.Element("faultcode")!.Value));
        Assert.StartsWith("Bad Request", fault.Element("faultstring")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_of_the_wrong_types_gets_an_encoding_fault()
    {
        await using var store = await TestStore.StartAsync();
        const string body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><salesOrderShipmentCreate xmlns=\"urn:Magento\">" +
            "<sessionId>x</sessionId><orderIncrementId>1</orderIncrementId><email>not a number</email><includeComment>0</includeComment></salesOrderShipmentCreate></s:Body></s:Envelope>";

        var (status, type, fault) = await PostAsync(store.SoapUrl, body, "salesOrderShipmentCreate");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.StartsWith("text/xml", type, StringComparison.Ordinal);
        Assert.Equal("Client", Local(fault.Element("faultcode")!.Value));
        Assert.StartsWith("SOAP-ERROR: Encoding: ", fault.Element("faultstring")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_with_an_unknown_session_gets_fault_5()
    {
        await using var store = await TestStore.StartAsync();
        const string body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><salesOrderInfo xmlns=\"urn:Magento\">" +
            "<sessionId>stale</sessionId><orderIncrementId>100000001</orderIncrementId></salesOrderInfo></s:Body></s:Envelope>";

        var (status, _, fault) = await PostAsync(store.SoapUrl, body, "salesOrderInfo");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("5", fault.Element("faultcode")!.Value);
        Assert.Equal("Session expired. Try to relogin.", fault.Element("faultstring")!.Value);
    }

    [Fact]
    public async Task The_ws_i_endpoint_answers_a_malformed_envelope_and_a_wrongly_typed_body_with_client_faults()
    {
        await using var store = await TestStore.StartAsync();
        const string typed = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><m:salesOrderShipmentCreateRequestParam xmlns:m=\"urn:Magento\">" +
            "<sessionId>x</sessionId><orderIncrementId>1</orderIncrementId><itemsQty/><email>not a number</email><includeComment>0</includeComment>" +
            "</m:salesOrderShipmentCreateRequestParam></s:Body></s:Envelope>";

        var (status, type, fault) = await PostAsync(store.WsiSoapUrl, "<notsoap><x/></notsoap>", "");
        var (typedStatus, _, typedFault) = await PostAsync(store.WsiSoapUrl, typed, "");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.StartsWith("text/xml", type, StringComparison.Ordinal);
        Assert.Equal("Client", Local(fault.Element("faultcode")!.Value));
        Assert.StartsWith("Bad Request", fault.Element("faultstring")!.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, typedStatus);
        Assert.Equal("Client", Local(typedFault.Element("faultcode")!.Value));
        Assert.StartsWith("SOAP-ERROR: Encoding: ", typedFault.Element("faultstring")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_wsdl_is_served_at_wsdl_1()
    {
        await using var store = await TestStore.StartAsync();
        using var http = new HttpClient();

        var wsdl = XDocument.Parse(await http.GetStringAsync(store.SoapUrl + "?wsdl=1", TestContext.Current.CancellationToken));

        XNamespace w = "http://schemas.xmlsoap.org/wsdl/";
        var operations = wsdl.Descendants(w + "portType").Single().Elements(w + "operation").Select(o => o.Attribute("name")!.Value).ToList();
        Assert.Equal("Mage_Api_Model_Server_V2_HandlerPortType", wsdl.Descendants(w + "portType").Single().Attribute("name")!.Value);
        foreach (var name in new[] { "login", "endSession", "catalogProductList", "catalogProductInfo", "catalogProductCreate", "catalogProductUpdate",
            "catalogInventoryStockItemList", "catalogInventoryStockItemUpdate", "salesOrderList", "salesOrderInfo", "salesOrderAddComment",
            "salesOrderShipmentCreate", "salesOrderShipmentAddTrack" })
            Assert.Contains(name, operations);
    }

    private static async Task<(HttpStatusCode Status, string Type, XElement Fault)> PostAsync(Uri url, string body, string operation)
    {
        using var http = new HttpClient();
        using var content = new StringContent(body, Encoding.UTF8, "text/xml");
        // WS-I's soapAction is empty (operation ""); v2 names the operation.
        content.Headers.Add("SOAPAction", operation.Length == 0 ? "\"\"" : $"\"urn:Magento/Mage_Api_Model_Server_V2_HandlerPortType/{operation}\"");
        using var response = await http.PostAsync(url, content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var fault = XDocument.Parse(text).Descendants(Soap + "Fault").SingleOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode}: no SOAP fault in {text}");
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", fault);
    }

    private static string Local(string code) => code[(code.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
